// Attack family: the page takes the guard's dialog out of the document. Every later send
// used to be held silently until a reload (the guard still thought a dialog was open). Now
// the dialog notices, shows itself again; and when the page will not let it stay, it ends as
// cancelled: nothing sent, the text kept, and the next send asks again.
import { expect, test } from './fixtures';
import { corporateDialog, DIALOG_HOST } from './attack-helpers';
import { CORPORATE, expectSentExactly, guardDialog, postAsButton, sentPosts } from './x-helpers';
import { clickWhenArmed } from './release';

test('stuck after the host is removed: the dialog comes back, and the person can still decide', async ({
  context,
  xPage,
}) => {
  const { composer, page, text } = await corporateDialog(context, xPage);
  await page.evaluate((selector) => document.querySelector(selector)?.remove(), DIALOG_HOST);
  await expect(guardDialog(page)).toBeVisible();
  expect(await sentPosts(page)).toEqual([]);

  // Shown again means armed again only after the input-protection delay; then it works.
  await clickWhenArmed(postAsButton(page));
  await expectSentExactly(composer, [expect.objectContaining(composer.record([text], CORPORATE))]);
});

test('stuck after the host is removed: removed every time it comes back, it ends as cancelled and the next send asks again', async ({
  context,
  xPage,
}) => {
  const { composer, page, text } = await corporateDialog(context, xPage);
  await page.evaluate((selector) => {
    const remove = () => document.querySelectorAll(selector).forEach((el) => el.remove());
    const observer = new MutationObserver(remove);
    observer.observe(document.documentElement, { childList: true });
    (window as unknown as { stopRemoving(): void }).stopRemoving = () => observer.disconnect();
    remove();
  }, DIALOG_HOST);
  await expect(guardDialog(page)).toHaveCount(0);
  expect(await sentPosts(page)).toEqual([]);
  await expect(composer.editor()).toHaveText(text);

  await page.evaluate(() => (window as unknown as { stopRemoving(): void }).stopRemoving());
  await composer.send('button');
  await expect(guardDialog(page)).toBeVisible(); // not held silently: asked again
  await guardDialog(page).getByRole('button', { name: 'Cancel' }).click();
  await expect(guardDialog(page)).toHaveCount(0);
  expect(await sentPosts(page)).toEqual([]);
  await expect(composer.editor()).toHaveText(text);
});
