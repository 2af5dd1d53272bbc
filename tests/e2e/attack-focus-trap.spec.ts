// Attack family: the page fights the dialog for the keyboard. The focus trap used to give up
// after ten returns a second, so what the person then typed (the handle, for an override)
// landed in the post behind the dialog. The modal dialog makes the page inert, and the trap
// never gives up.
import { expect, test } from './fixtures';
import { corporateDialog } from './attack-helpers';
import { guardDialog, sentPosts } from './x-helpers';

test('focus trap gives up: a page pulling focus to the editor a hundred times a second never gets the keys', async ({
  context,
  xPage,
}) => {
  const { composer, page, text } = await corporateDialog(context, xPage);
  await page.evaluate(() => {
    const editor = document.querySelector<HTMLElement>('.public-DraftEditor-content')!;
    // The site's own "focus trap", and a timer for good measure.
    document.addEventListener('focusin', (event) => {
      if (event.target !== editor) setTimeout(() => editor.focus());
    });
    setInterval(() => editor.focus(), 10);
  });
  await page.waitForTimeout(1500); // well past the old ten returns a second
  await page.keyboard.type('KingsfordGov'); // e.g. the handle, for an override
  await page.waitForTimeout(200);
  await expect(composer.editor()).toHaveText(text);
  await expect(guardDialog(page)).toBeVisible();
  expect(await sentPosts(page)).toEqual([]);

  // The keyboard still drives the dialog: Escape cancels.
  await page.keyboard.press('Escape');
  await expect(guardDialog(page)).toHaveCount(0);
  await expect(composer.editor()).toHaveText(text);
});
