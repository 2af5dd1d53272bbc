// Postguard on Bluesky beyond the send grid (docs/sites/bluesky.md): a personal post goes out
// untouched however it is published; a banned word is blocked on Ctrl+Enter even with the
// mention list open, and Ctrl + numpad Enter (a line break in the app) is no send; the two
// publishes that follow a judged one — "Post anyway" in "Skip empty posts?" and the publish
// the app makes once a video has uploaded — send what was judged, once, and nothing when it
// was blocked; an account switched in another tab while the composer is open holds the send,
// saying the account just changed; and none of the login tokens the app keeps beside the
// account ever reaches Postguard's storage.
import type { Page } from '@playwright/test';
import {
  bskyPage,
  bskySent,
  composer,
  CORPORATE,
  PERSONAL,
  switchAccount,
  typePost,
} from './bluesky-helpers';
import { useKingsford } from './rules';
import { extensionWorker } from './extension-storage';
import { expect, test } from './fixtures';
import { clickWhenArmed } from './release';

declare const chrome: { storage: { local: { get(keys: null): Promise<object> } } };

const guardDialog = (page: Page) => page.getByRole('alertdialog');
const postAsCouncil = (page: Page) =>
  guardDialog(page).getByRole('button', { name: `Post as @${CORPORATE}` });
const indicator = (page: Page) => page.getByRole('status').filter({ hasText: 'Posting as' });

test.beforeEach(async ({ context }) => {
  await useKingsford(context, { auditContent: 'full' });
});

test('a personal post goes out at once, by the button and by Ctrl+Enter; the indicator names the account', async ({
  context,
}) => {
  const page = await bskyPage(context, { active: PERSONAL, compose: 'open' });
  await expect(indicator(page)).toContainText(`@${PERSONAL} · personal`);
  await typePost(page, 'Off to the coast this weekend');
  await composer(page).publish.click();
  await expect.poll(() => bskySent(page)).toHaveLength(1);

  await bskyPage(context, { active: PERSONAL, compose: 'reply' }, page);
  await typePost(page, 'Lovely photo!');
  await page.keyboard.press('Control+Enter');
  await expect.poll(() => bskySent(page)).toMatchObject([{ account: PERSONAL, via: 'keyboard' }]);
  await expect(guardDialog(page)).toHaveCount(0);
});

test('a banned word is blocked on Ctrl+Enter with the mention list open; Ctrl + numpad Enter is no send', async ({
  context,
}) => {
  const page = await bskyPage(context, { active: CORPORATE, compose: 'reply' });
  // The reply header names someone else; the indicator still names the council.
  await expect(indicator(page)).toContainText(`@${CORPORATE} · corporate`);
  await typePost(page, 'That was the bomb');
  await page.keyboard.press('Control+NumpadEnter');
  await expect(guardDialog(page)).toHaveCount(0);
  await page.keyboard.type(' @al');
  await expect(page.locator('.items').getByRole('button').first()).toBeVisible();
  await page.keyboard.press('Control+Enter');
  await expect(guardDialog(page)).toContainText('bomb');
  await expect(guardDialog(page).getByRole('button', { name: /^Post as/ })).toHaveCount(0);
  await guardDialog(page).getByRole('button', { name: 'Cancel' }).click();
  await page.waitForTimeout(300);
  expect(await bskySent(page)).toEqual([]);
  await expect(composer(page).editor).toContainText('That was the bomb');
});

/** The council's thread with an empty post between two: "Skip empty posts?" follows. */
async function threadWithGap(page: Page) {
  const add = page.getByRole('button', { name: 'Add another post to thread' });
  await typePost(page, 'Bins: Tuesday.');
  await add.click();
  // The new post's editor takes focus when it mounts: type only then.
  await expect(composer(page).editors.nth(1)).toBeFocused();
  await typePost(page, 'Garden waste: Friday.');
  await composer(page).editors.nth(0).click();
  await add.click();
  await expect(composer(page).editors).toHaveCount(3);
}

test('"Post anyway" after "Skip empty posts?" sends what was judged, once; Cancel leaves no prompt', async ({
  context,
}) => {
  const page = await bskyPage(context, { active: CORPORATE, compose: 'open' });
  await threadWithGap(page);
  const prompt = page.getByRole('dialog', { name: 'Skip empty posts?' });

  await composer(page).publish.click();
  await guardDialog(page).getByRole('button', { name: 'Cancel' }).click();
  await page.waitForTimeout(300);
  await expect(prompt).toHaveCount(0);
  expect(await bskySent(page)).toEqual([]);

  await composer(page).publish.click();
  await expect(guardDialog(page)).toContainText('Bins: Tuesday.');
  await expect(guardDialog(page)).toContainText('Garden waste: Friday.');
  await clickWhenArmed(postAsCouncil(page));
  await prompt.getByRole('button', { name: 'Post anyway' }).click();
  await expect.poll(() => bskySent(page)).toHaveLength(1);
  await page.waitForTimeout(300);
  expect(await bskySent(page)).toMatchObject([
    { account: CORPORATE, texts: ['Bins: Tuesday.', 'Garden waste: Friday.'], via: 'post-anyway' },
  ]);
});

test('a publish queued behind a video: released, it goes once the upload is done; blocked, never', async ({
  context,
}) => {
  const page = await bskyPage(context, { active: CORPORATE, compose: 'open', videoMs: '2000' });
  await typePost(page, 'Clip of the new bins');
  await page.getByRole('button', { name: 'Add video' }).click();
  await composer(page).publish.click();
  await clickWhenArmed(postAsCouncil(page));
  expect(await bskySent(page)).toEqual([]);
  await expect
    .poll(() => bskySent(page), { timeout: 6_000 })
    .toMatchObject([{ account: CORPORATE, via: 'after-upload', video: true }]);

  await bskyPage(context, { active: CORPORATE, compose: 'open', videoMs: '1000' }, page);
  await typePost(page, 'Bomb disposal drill today');
  await page.getByRole('button', { name: 'Add video' }).click();
  await composer(page).editor.click();
  await page.keyboard.press('Control+Enter');
  await expect(guardDialog(page)).toContainText('Bomb');
  await page.keyboard.press('Escape');
  await page.waitForTimeout(2_000);
  expect(await bskySent(page)).toEqual([]);
  await expect(composer(page).editor).toContainText('Bomb disposal drill today');
});

test('an account switched in another tab while the composer is open: held, "the account just changed"', async ({
  context,
}) => {
  const page = await bskyPage(context, { active: PERSONAL, sync: 'none', compose: 'open' });
  await typePost(page, 'Too tired tonight, with you?');
  const other = await bskyPage(context);
  await switchAccount(other, CORPORATE);

  await page.bringToFront();
  await composer(page).editor.click();
  await page.keyboard.press('Control+Enter');
  await expect(guardDialog(page)).toHaveAccessibleName(/unknown account/);
  await expect(guardDialog(page)).toContainText('The account just changed');
  await expect(guardDialog(page)).toContainText('Too tired tonight, with you?');
  await guardDialog(page).getByRole('button', { name: 'Cancel' }).click();
  await page.waitForTimeout(300);
  expect(await bskySent(page)).toEqual([]);
});

test('no login token the app stores beside the account reaches Postguard’s storage', async ({
  context,
}) => {
  const page = await bskyPage(context, { active: CORPORATE, compose: 'open' });
  await typePost(page, 'Bin collections move to Tuesday.');
  await composer(page).publish.click();
  await clickWhenArmed(postAsCouncil(page));
  await expect.poll(() => bskySent(page)).toHaveLength(1);
  await bskyPage(context, { active: PERSONAL, compose: 'open' }, page);
  await typePost(page, 'Off to the coast');
  await page.keyboard.press('Control+Enter');
  await expect.poll(() => bskySent(page)).toHaveLength(1);

  const stored = await page.evaluate(() => localStorage.getItem('BSKY_STORAGE') ?? '');
  const secrets = [...stored.matchAll(/"(accessJwt|refreshJwt|email)":"([^"]+)"/gu)].map(
    (m) => m[2]!,
  );
  expect(secrets.length).toBeGreaterThanOrEqual(6);
  const ours = JSON.stringify(
    await extensionWorker(context).evaluate(() => chrome.storage.local.get(null)),
  );
  expect(ours).toContain(CORPORATE); // the audit log has the sends…
  for (const secret of secrets) expect(ours).not.toContain(secret); // …and nothing else
  // Nor any part of a token (a JWT is three parts joined by dots).
  const parts = secrets.flatMap((secret) => secret.split('.')).filter((p) => p.length >= 16);
  expect(parts.length).toBeGreaterThan(0);
  for (const part of parts) expect(ours).not.toContain(part);
  // Publishing (its button gone a moment) is no missing send control.
  expect(ours).not.toContain('send-control-missing');
});
