// Scenario 7 on X: when the page does not show the active account (switcher, Profile link and
// compose-box avatars hidden, as narrow layouts and other extensions do), the indicator says so and `policy.unknownAccount`
// decides: allow, confirm or block. Term rules then apply as for the corporate account.
import { expect, test } from './fixtures';
import { setRules } from './rules';
import {
  ACCOUNT_NOT_SHOWN,
  CORPORATE,
  expectSentExactly,
  guardDialog,
  indicatorOf,
  kingsfordRules,
  openComposer,
  sentPosts,
} from './x-helpers';
import { clickWhenArmed } from './release';

test('home · a click on the label span: unknownAccount "allow" lets a harmless post out once', async ({
  context,
  xPage,
}) => {
  await setRules(context, kingsfordRules({ policy: { unknownAccount: 'allow' } }));
  const composer = await openComposer(xPage, 'home', ACCOUNT_NOT_SHOWN);
  await expect(indicatorOf(composer)).toContainText('Posting as unknown account');
  await expect(indicatorOf(composer)).toContainText(
    'The page does not show which account is active.',
  );
  await composer.write(['Sunny spells this afternoon']);
  await composer.send('span');

  await expectSentExactly(composer, [
    { ...composer.record(['Sunny spells this afternoon'], CORPORATE), via: 'click' },
  ]);
  await expect(guardDialog(composer.page)).toHaveCount(0);
});

test('reply · a click on the button: with "allow", a banned term still blocks (checked as corporate)', async ({
  context,
  xPage,
}) => {
  await setRules(context, kingsfordRules({ policy: { unknownAccount: 'allow' } }));
  const composer = await openComposer(xPage, 'reply', ACCOUNT_NOT_SHOWN);
  await composer.write(['That was the bomb']);
  await composer.send('button');

  const dialog = guardDialog(composer.page);
  await expect(dialog).toHaveAccessibleName('Blocked: posting as unknown account');
  await expect(dialog.getByRole('button', { name: /^Post/ })).toHaveCount(0);
  expect(await sentPosts(composer.page)).toEqual([]);
});

test('modal · Ctrl+Enter: unknownAccount "confirm" asks, says why, and "Post as" sends once', async ({
  context,
  xPage,
}) => {
  await setRules(context, kingsfordRules({ policy: { unknownAccount: 'confirm' } }));
  const composer = await openComposer(xPage, 'modal', ACCOUNT_NOT_SHOWN);
  const { page } = composer;
  await expect(indicatorOf(composer)).toContainText('Posting as unknown account');
  await composer.write(['Recycling centre open on Sunday']);
  await composer.send('ctrl');

  const dialog = guardDialog(page);
  await expect(dialog).toHaveAccessibleName('Check: posting as unknown account');
  await expect(dialog).toContainText('Postguard cannot tell which account you are posting as');
  expect(await sentPosts(page)).toEqual([]);
  await clickWhenArmed(dialog.getByRole('button', { name: /^Post as/ }));
  await expectSentExactly(composer, [
    expect.objectContaining(composer.record(['Recycling centre open on Sunday'], CORPORATE)),
  ]);
});

test('thread · Cmd+Enter: unknownAccount "block" blocks a harmless thread; Escape keeps both posts', async ({
  context,
  xPage,
}) => {
  await setRules(context, kingsfordRules({ policy: { unknownAccount: 'block' } }));
  const composer = await openComposer(xPage, 'thread', ACCOUNT_NOT_SHOWN);
  const { page } = composer;
  await expect(indicatorOf(composer)).toContainText('Posting as unknown account');
  await composer.write(['Market day moves to Saturday', 'Stalls open at 8am']);
  await composer.send('meta');

  const dialog = guardDialog(page);
  await expect(dialog).toHaveAccessibleName('Blocked: posting as unknown account');
  await expect(dialog.getByRole('button', { name: /^Post/ })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(composer.editor(0)).toHaveText('Market day moves to Saturday');
  await expect(composer.editor(1)).toHaveText('Stalls open at 8am');
  expect(await sentPosts(page)).toEqual([]);
});

test('home · a click on the button: a block on an unknown account offers no "Post anyway", even with override on', async ({
  context,
  xPage,
}) => {
  await setRules(
    context,
    kingsfordRules({ policy: { unknownAccount: 'block', allowOverride: true } }),
  );
  const composer = await openComposer(xPage, 'home', ACCOUNT_NOT_SHOWN);
  await composer.write(['Harmless, but nobody can tell who is posting']);
  await composer.send('button');

  const dialog = guardDialog(composer.page);
  await expect(dialog).toHaveAccessibleName('Blocked: posting as unknown account');
  await expect(dialog.getByRole('button')).toHaveText(['Cancel']);
  await expect(dialog.getByLabel('Type the account name to confirm')).toHaveCount(0);
  expect(await sentPosts(composer.page)).toEqual([]);
});

test('with the switcher and the Profile link hidden, the compose box avatar still names the account', async ({
  context,
  xPage,
}) => {
  await setRules(context, kingsfordRules());
  const composer = await openComposer(xPage, 'reply', {
    hideSwitcher: '1',
    hideProfileLink: '1',
    active: CORPORATE,
  });
  await expect(indicatorOf(composer)).toHaveText(`Posting as @${CORPORATE} · corporate`);
  await composer.write(['Thanks, passed on to the team']);
  await composer.send('ctrl');
  await expect(guardDialog(composer.page)).toHaveAccessibleName(/@KingsfordGov · corporate/);
  expect(await sentPosts(composer.page)).toEqual([]);
});
