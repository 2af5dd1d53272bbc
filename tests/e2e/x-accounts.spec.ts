// Scenarios 5 and 6 on X: which account is active decides the rules. A personal account
// using a work term is asked to confirm; and the account that counts is the one active at
// the moment of sending, after a switch in the side-nav menu (no reload), not at page load.
import { expect, test } from './fixtures';
import { setRules } from './rules';
import {
  CORPORATE,
  PERSONAL,
  expectSentExactly,
  guardDialog,
  kingsfordRules,
  openComposer,
  postAsButton,
  sentPosts,
  switchAccount,
} from './x-helpers';
import { clickWhenArmed } from './release';

test.beforeEach(async ({ context }) => {
  await setRules(context, kingsfordRules());
});

test('home · Cmd+Enter: a personal post with a work term asks first, then goes out once', async ({
  xPage,
}) => {
  const composer = await openComposer(xPage, 'home', { active: PERSONAL });
  const { page } = composer;
  const text = 'Great to meet so many of our residents at the fair';
  await composer.write([text]);
  await composer.send('meta');

  const dialog = guardDialog(page);
  await expect(dialog).toHaveAccessibleName(`Check: posting as @${PERSONAL} · personal`);
  await expect(dialog).toContainText(
    'This looks like work — you are posting as your personal account',
  );
  await expect(dialog.locator('mark').first()).toHaveText('our residents');
  expect(await sentPosts(page)).toEqual([]);

  await clickWhenArmed(postAsButton(page, PERSONAL));
  await expectSentExactly(composer, [expect.objectContaining(composer.record([text], PERSONAL))]);
});

test('reply · a click on the label span: a work hashtag on a personal account asks; Cancel keeps it', async ({
  xPage,
}) => {
  const composer = await openComposer(xPage, 'reply', { active: PERSONAL });
  const { page } = composer;
  await composer.write(['Proud of the team #KingsfordCouncil']);
  await composer.send('span');

  const dialog = guardDialog(page);
  await expect(dialog).toHaveAccessibleName(/@janedoe_fun · personal/);
  await expect(dialog.locator('mark').first()).toHaveText('#KingsfordCouncil');
  await expect(postAsButton(page, PERSONAL)).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(composer.editor()).toHaveText('Proud of the team #KingsfordCouncil');
  expect(await sentPosts(page)).toEqual([]);
});

test('home · Ctrl+Enter: typed as personal, sent after switching to corporate → the corporate dialog', async ({
  xPage,
}) => {
  const composer = await openComposer(xPage, 'home', { active: PERSONAL });
  const { page } = composer;
  await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
  const text = 'Bins go out on Thursday this week';
  await composer.write([text]);

  await switchAccount(page, CORPORATE);
  await expect(composer.editor()).toHaveText(text); // the draft survives the switch
  await composer.editor().click();
  await composer.send('ctrl');

  const dialog = guardDialog(page);
  await expect(dialog).toHaveAccessibleName(`Check: posting as @${CORPORATE} · corporate`);
  expect(await sentPosts(page)).toEqual([]);
  await clickWhenArmed(postAsButton(page));
  await expectSentExactly(composer, [expect.objectContaining(composer.record([text], CORPORATE))]);
  expect(await page.evaluate(() => (window as unknown as { notReloaded?: true }).notReloaded)).toBe(
    true,
  );
});

test('reply · a click on the button: typed as corporate, sent after switching to personal → no dialog', async ({
  xPage,
}) => {
  const composer = await openComposer(xPage, 'reply', { active: CORPORATE });
  const { page } = composer;
  const text = 'Ha, same here';
  await composer.write([text]);

  await switchAccount(page, PERSONAL);
  await composer.send('button');

  await expectSentExactly(composer, [{ ...composer.record([text], PERSONAL), via: 'click' }]);
  await expect(guardDialog(page)).toHaveCount(0);
});
