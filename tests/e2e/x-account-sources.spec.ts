// Where the guard reads the X account when parts of the page are hidden (narrow layouts,
// other extensions): the Profile link when the switcher is gone, the compose box's own avatar
// when both are; in reply and quote modals never the other author's avatar (the reported
// incident: a corporate reply went out with no dialog); unknown when two places disagree.
import { expect, test } from './fixtures';
import { setRules } from './rules';
import {
  CORPORATE,
  PERSONAL,
  guardDialog,
  indicatorOf,
  kingsfordRules,
  openComposer,
  postAsButton,
  sentPosts,
} from './x-helpers';

const NO_SWITCHER = { hideSwitcher: '1', active: CORPORATE };
const ONLY_COMPOSER = { ...NO_SWITCHER, hideProfileLink: '1' };
const NOTHING = { ...ONLY_COMPOSER, hideAvatars: '1' };

test.beforeEach(async ({ context }) => {
  await setRules(context, kingsfordRules());
});

test('home · switcher hidden: the Profile link names the account; the corporate post is held', async ({
  xPage,
}) => {
  const composer = await openComposer(xPage, 'home', { ...NO_SWITCHER, hideAvatars: '1' });
  await expect(indicatorOf(composer)).toHaveText(`Posting as @${CORPORATE} · corporate`);
  await composer.write(['Library hours change on Monday']);
  await composer.send('span');
  await expect(guardDialog(composer.page)).toHaveAccessibleName(/@KingsfordGov · corporate/);
  expect(await sentPosts(composer.page)).toEqual([]);
});

test('home · switcher and Profile link hidden: the composer avatar names the account', async ({
  xPage,
}) => {
  const composer = await openComposer(xPage, 'home', { ...ONLY_COMPOSER, active: PERSONAL });
  await expect(indicatorOf(composer)).toHaveText(`Posting as @${PERSONAL} · personal`);
  await composer.write(['Great to meet so many of our residents']);
  await composer.send('ctrl');
  await expect(guardDialog(composer.page)).toHaveAccessibleName(/@janedoe_fun · personal/);
  await expect(postAsButton(composer.page, PERSONAL)).toBeVisible();
});

for (const surface of ['reply-modal', 'quote-modal'] as const) {
  test(`${surface} · switcher and Profile link hidden: the corporate dialog, not the other author`, async ({
    xPage,
  }) => {
    const composer = await openComposer(xPage, surface, ONLY_COMPOSER);
    await expect(indicatorOf(composer)).toHaveText(`Posting as @${CORPORATE} · corporate`);
    await composer.write(['We will look into it today']);
    await composer.send('button');
    const dialog = guardDialog(composer.page);
    await expect(dialog).toHaveAccessibleName(/@KingsfordGov · corporate/);
    await expect(dialog).not.toContainText('KingsfordNews');
    expect(await sentPosts(composer.page)).toEqual([]);
  });

  test(`${surface} · no trace of the account: unknown, never the other author`, async ({
    xPage,
  }) => {
    const composer = await openComposer(xPage, surface, NOTHING);
    await expect(indicatorOf(composer)).toContainText('Posting as unknown account');
    await composer.write(['We will look into it today']);
    await composer.send('ctrl');
    await expect(guardDialog(composer.page)).toHaveAccessibleName(/unknown account/);
    expect(await sentPosts(composer.page)).toEqual([]);
  });
}

test('home · the Profile link naming another account than the switcher: unknown, held', async ({
  xPage,
}) => {
  const composer = await openComposer(xPage, 'home', { active: PERSONAL });
  await expect(indicatorOf(composer)).toHaveText(`Posting as @${PERSONAL} · personal`);
  // A stale link (or a page changed under us): the two places no longer agree.
  await composer.page
    .getByTestId('AppTabBar_Profile_Link')
    .evaluate((a) => a.setAttribute('href', '/KingsfordGov'));
  await expect(indicatorOf(composer)).toContainText('Posting as unknown account');
  await expect(indicatorOf(composer)).toContainText('two different accounts');
  await composer.write(['Lovely walk by the river']);
  await composer.send('button');
  await expect(guardDialog(composer.page)).toHaveAccessibleName(/unknown account/);
  expect(await sentPosts(composer.page)).toEqual([]);
});
