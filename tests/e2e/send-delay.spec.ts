// Issue 6's send delay on X, in real Chromium with real input: a released corporate post
// waits with a countdown and `Undo` (ui-contract.md). Undo sends nothing and leaves the text
// in the box; a countdown left to run sends exactly once; leaving the page sends nothing and
// the popup says so the next time it opens. The audit log records each step, keeping as
// much of the post as `policy.auditContent` says.
import type { Page } from '@playwright/test';
import { auditEntries } from './extension-storage';
import { expect, test } from './fixtures';
import { importRules } from './rules';
import {
  CORPORATE,
  expectSentExactly,
  kingsfordRules,
  openComposer,
  postAsButton,
  sentPosts,
} from './x-helpers';
import { clickWhenArmed } from './release';

const countdown = (page: Page) =>
  page.getByRole('region', { name: 'Postguard: post waiting to send' });
const undo = (page: Page) => countdown(page).getByRole('button', { name: 'Undo' });

function delayRules(
  sendDelaySeconds: number,
  auditContent: 'none' | 'redacted' | 'full' = 'redacted',
) {
  return kingsfordRules({ policy: { sendDelaySeconds, auditContent } });
}

test('Undo before the end sends nothing and leaves the text in the box', async ({
  context,
  extensionId,
  xPage,
}) => {
  await importRules(context, extensionId, delayRules(5));
  const composer = await openComposer(xPage, 'home', { active: CORPORATE });
  const { page } = composer;
  await composer.write(['Bins are collected on Monday']);
  await composer.send('ctrl');
  await clickWhenArmed(postAsButton(page));

  await expect(countdown(page)).toContainText(`Posting as @${CORPORATE} in`);
  await expect(undo(page)).toBeFocused(); // Enter takes it back for a keyboard user
  await undo(page).click();
  await expect(countdown(page)).toContainText('Not sent. Your text is still in the box.');
  await expect(composer.editor()).toHaveText('Bins are collected on Monday');
  await page.waitForTimeout(5_500); // past the end of the countdown
  expect(await sentPosts(page)).toEqual([]);

  // The person can carry on: the same post, confirmed again and left to run, goes once.
  await composer.send('button');
  await clickWhenArmed(postAsButton(page));
  await expect(countdown(page)).toContainText('Sent.', { timeout: 8_000 });
  await expectSentExactly(composer, [
    { ...composer.record(['Bins are collected on Monday'], CORPORATE), via: 'click' },
  ]);
});

test('a countdown left to run sends the post exactly once, at its end', async ({
  context,
  extensionId,
  xPage,
}) => {
  await importRules(context, extensionId, delayRules(2));
  const composer = await openComposer(xPage, 'home', { active: CORPORATE });
  const { page } = composer;
  await composer.write(['Library opens late on Thursday']);
  await composer.send('button');
  await clickWhenArmed(postAsButton(page));
  const started = Date.now();
  await expect(countdown(page)).toBeVisible();
  // Pressing Post again while it waits is not a second post.
  await page.keyboard.press('Control+Enter');
  await expect.poll(() => sentPosts(page), { timeout: 5_000 }).toHaveLength(1);
  expect(Date.now() - started).toBeGreaterThanOrEqual(1_500);
  await expectSentExactly(composer, [
    { ...composer.record(['Library opens late on Thursday'], CORPORATE), via: 'click' },
  ]);
  await page.waitForTimeout(1_000);
  expect(await sentPosts(page)).toHaveLength(1);
});

test('reloading during the countdown sends nothing, and the popup says so next time', async ({
  context,
  extensionId,
  xPage,
}) => {
  await importRules(context, extensionId, delayRules(10));
  const composer = await openComposer(xPage, 'home', { active: CORPORATE });
  const { page } = composer;
  await composer.write(['Council tax bills are out']);
  await composer.send('button');
  await clickWhenArmed(postAsButton(page));
  await expect(countdown(page)).toBeVisible();
  await page.reload();
  await page.locator('.public-DraftEditor-content').first().waitFor();
  await page.waitForTimeout(1_000);
  expect(await sentPosts(page)).toEqual([]);

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const notice = popup.getByRole('region', { name: 'Not sent' });
  await expect(notice).toContainText(`Your post as @${CORPORATE} on X`);
  await expect(notice.getByRole('alert')).toContainText('the page was left or reloaded');
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
  await popup.reload();
  await expect(popup.getByRole('heading', { name: 'Postguard' })).toBeVisible();
  await expect(popup.getByRole('region', { name: 'Not sent' })).toHaveCount(0);
});

test('the audit log records each step, with the post redacted by default', async ({
  context,
  extensionId,
  xPage,
}) => {
  await importRules(context, extensionId, delayRules(3));
  const composer = await openComposer(xPage, 'home', { active: CORPORATE });
  const { page } = composer;
  await composer.write(['Fireworks went with a bomb']);
  await composer.send('ctrl');
  await page.getByRole('alertdialog').getByRole('button', { name: 'Cancel' }).click();
  await composer.editor().click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Fireworks at 7pm');
  await composer.send('button');
  await clickWhenArmed(postAsButton(page));
  await undo(page).click();

  // Every step of a person's send says so: their own key or click, on a box on screen.
  const redacted = {
    platform: 'x',
    account: `@${CORPORATE}`,
    role: 'corporate',
    trusted: true,
    hasLayout: true,
  };
  await expect
    .poll(() => auditEntries(context))
    .toEqual([
      expect.objectContaining({ kind: 'rules-imported' }),
      {
        kind: 'dialog-shown',
        ...redacted,
        action: 'block',
        codes: ['banned-term', 'corporate-account'],
        post: '••••••••• •••• •••• • bomb',
      },
      {
        kind: 'blocked',
        ...redacted,
        action: 'block',
        codes: ['banned-term', 'corporate-account'],
        post: '••••••••• •••• •••• • bomb',
      },
      {
        kind: 'dialog-shown',
        ...redacted,
        action: 'confirm',
        codes: ['corporate-account'],
        post: '••••••••• •• •••',
      },
      {
        kind: 'confirmed',
        ...redacted,
        action: 'confirm',
        codes: ['corporate-account'],
        post: '••••••••• •• •••',
      },
      { kind: 'send-held', ...redacted, holdId: expect.any(String), seconds: 3 },
      { kind: 'undone', ...redacted, holdId: expect.any(String), post: '••••••••• •• •••' },
    ]);
});

for (const [auditContent, post] of [
  ['full', 'Fireworks at 7pm'],
  ['none', undefined],
] as const) {
  test(`with auditContent "${auditContent}", the released post is logged ${post ? 'in full' : 'without its text'}`, async ({
    context,
    extensionId,
    xPage,
  }) => {
    await importRules(context, extensionId, delayRules(0, auditContent));
    const composer = await openComposer(xPage, 'home', { active: CORPORATE });
    await composer.write(['Fireworks at 7pm']);
    await composer.send('button');
    await clickWhenArmed(postAsButton(composer.page));
    await expect.poll(() => sentPosts(composer.page)).toHaveLength(1);
    const released = {
      kind: 'post-released',
      platform: 'x',
      account: `@${CORPORATE}`,
      role: 'corporate',
      action: 'confirm',
      codes: ['corporate-account'],
      trusted: true,
      hasLayout: true,
    };
    await expect
      .poll(async () => (await auditEntries(context)).at(-1))
      .toEqual(post === undefined ? released : { ...released, post });
  });
}
