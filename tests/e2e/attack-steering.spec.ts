// Attack family: steering the person's own click. Each test gets a real, trusted click (or
// key) from the person onto "Post as" that they did not mean: the dialog made invisible
// under a decoy, its labels swapped, focus moved onto "Post as" while they typed, a decoy
// asking for a double-click where "Post as" is about to appear. Each must release nothing and
// leave the dialog usable: the person can still post, or cancel, on purpose.
import { expect, test } from './fixtures';
import {
  corporateDialog,
  DIALOG_HOST,
  dialogOpacity,
  middle,
  postAsBox,
  removeDecoy,
  showDecoy,
} from './attack-helpers';
import { CORPORATE, expectSentExactly, guardDialog, postAsButton, sentPosts } from './x-helpers';
import { clickWhenArmed } from './release';

test('steering: the dialog made invisible (opacity 0 on the host and in the shadow root) under a decoy', async ({
  context,
  xPage,
}) => {
  const { composer, page, text } = await corporateDialog(context, xPage);
  const box = await postAsBox(page);
  await page.evaluate((selector) => {
    const host = document.querySelector<HTMLElement>(selector)!;
    host.style.setProperty('opacity', '0', 'important');
    const root = host.shadowRoot!;
    root.querySelector<HTMLElement>('[role="alertdialog"]')!.style.opacity = '0';
    const style = document.createElement('style');
    style.textContent = '* { opacity: 0 !important; } ::backdrop { background: none !important; }';
    root.append(style);
  }, DIALOG_HOST);
  await showDecoy(page, box);
  await page.waitForTimeout(600); // long past the input-protection delay: only visibility counts
  const { x, y } = middle(box);
  await page.mouse.click(x, y);
  await page.waitForTimeout(300);
  expect(await sentPosts(page)).toEqual([]);
  await expect(guardDialog(page)).toBeVisible();

  // Usable: shown again as it should be; once the decoy is gone the person can post.
  await expect.poll(() => dialogOpacity(page)).toBe(1);
  await removeDecoy(page);
  await clickWhenArmed(postAsButton(page));
  await expectSentExactly(composer, [expect.objectContaining(composer.record([text], CORPORATE))]);
});

test('steering: the labels of Cancel and "Post as" swapped through the open shadow root', async ({
  context,
  xPage,
}) => {
  const { composer, page, text } = await corporateDialog(context, xPage);
  // A determined page swaps them, and swaps them again each time the dialog is rendered afresh.
  await page.evaluate((selector) => {
    const root = document.querySelector(selector)!.shadowRoot!;
    const swap = () => {
      const buttons = [...root.querySelectorAll('button')];
      const cancel = buttons.find((b) => b.textContent === 'Cancel' && !b.dataset.swapped);
      const post = buttons.find((b) => b.textContent?.startsWith('Post as') && !b.dataset.swapped);
      if (!cancel || !post) return;
      [cancel.textContent, post.textContent] = [post.textContent, cancel.textContent];
      [cancel.className, post.className] = [post.className, cancel.className];
      cancel.dataset.swapped = post.dataset.swapped = 'yes';
    };
    const observer = new MutationObserver(swap);
    observer.observe(root, { childList: true, subtree: true });
    (window as unknown as { stopSwapping(): void }).stopSwapping = () => observer.disconnect();
    swap();
  }, DIALOG_HOST);
  // The person means to cancel, and clicks the button that reads Cancel.
  const readsCancel = guardDialog(page).getByRole('button', { name: 'Cancel' });
  await expect(readsCancel).toHaveAttribute('data-swapped', 'yes'); // "Post as", relabelled
  // The dialog renders itself afresh on each swap (and the page swaps again): the button
  // can be replaced under the pointer, so the person clicks again until a click lands.
  await expect(() => readsCancel.click({ force: true, timeout: 1_000 })).toPass();
  await page.waitForTimeout(300);
  expect(await sentPosts(page)).toEqual([]);
  await expect(guardDialog(page)).toBeVisible();

  // Once the page stops, the dialog shows its true labels again: Cancel cancels.
  await page.evaluate(() => (window as unknown as { stopSwapping(): void }).stopSwapping());
  const cancel = guardDialog(page).getByRole('button', { name: 'Cancel' });
  await expect(cancel).not.toHaveClass(/release/);
  await expect(postAsButton(page)).toHaveClass(/release/);
  await expect(postAsButton(page)).toBeEnabled();
  await cancel.click();
  await expect(guardDialog(page)).toHaveCount(0);
  expect(await sentPosts(page)).toEqual([]);
  await expect(composer.editor()).toHaveText(text);
});

test('steering: focus moved to "Post as" by a page script while the person typed', async ({
  context,
  xPage,
}) => {
  const { composer, page, text } = await corporateDialog(context, xPage);
  await page.evaluate((selector) => {
    const root = document.querySelector(selector)!.shadowRoot!;
    root.querySelector<HTMLElement>('button.release')!.focus();
  }, DIALOG_HOST);
  await expect(postAsButton(page)).toBeFocused();
  // The person, still typing, hits Space and Enter.
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(300);
  expect(await sentPosts(page)).toEqual([]);
  await expect(guardDialog(page)).toBeVisible();

  // The person's own way there still works: Tab round to "Post as", then Enter.
  await page.keyboard.press('Shift+Tab');
  await expect(guardDialog(page).getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(postAsButton(page)).toBeFocused();
  await page.keyboard.press('Enter');
  await expectSentExactly(composer, [expect.objectContaining(composer.record([text], CORPORATE))]);
});

test('steering: a decoy asks for a double-click where "Post as" is about to appear', async ({
  context,
  xPage,
}) => {
  const { composer, page, text } = await corporateDialog(context, xPage);
  // The page has learnt where "Post as" appears (here: from this first dialog).
  const box = await postAsBox(page);
  await page.keyboard.press('Escape');
  await expect(guardDialog(page)).toHaveCount(0);

  await page.evaluate((box) => {
    const decoy = document.createElement('button');
    decoy.textContent = 'Double-click to see more';
    decoy.style.cssText = `position:fixed; left:${box.x}px; top:${box.y}px; width:${box.width}px;
      height:${box.height}px; z-index:2147483647;`;
    decoy.addEventListener('click', () => {
      decoy.remove();
      // Held by the guard (a script's send), which opens the dialog under the cursor.
      document.querySelector<HTMLElement>('[data-testid="tweetButtonInline"]')!.click();
    });
    document.body.append(decoy);
  }, box);
  const { x, y } = middle(box);
  await page.mouse.dblclick(x, y);
  await page.waitForTimeout(300);
  expect(await sentPosts(page)).toEqual([]);
  await expect(guardDialog(page)).toBeVisible();

  // The release button said so while it could not act, and acts once armed.
  await clickWhenArmed(postAsButton(page));
  await expectSentExactly(composer, [expect.objectContaining(composer.record([text], CORPORATE))]);
});
