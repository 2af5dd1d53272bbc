// Who is posting on the fixture Facebook, in a real Chromium with the built extension: the
// account menu's checked entry is what counts, the compose box's name only cross-checks
// it, and whatever cannot be read leaves the account unknown with the reason shown
// (docs/sites/facebook.md § identity). Rules: kingsford-council.json ("Kingsford Council"
// is a corporate Page; "Jane Doe" is not listed, so personal; an unknown account asks).
import {
  commentIndicator,
  compose,
  expect,
  goTo,
  KINGSFORD,
  lookAtMenu,
  openAccountMenu,
  send,
  surfaceBox,
  switchTo,
  test,
  type Surface,
} from './facebook-helpers';
import { clickWhenArmed } from './release';

const SURFACES: Surface[] = ['create-post', 'comment'];
const indicatorOf = (page: import('@playwright/test').Page, surface: Surface) =>
  surface === 'comment'
    ? commentIndicator(page)
    : surfaceBox(page, surface).getByRole('status').filter({ hasText: 'Posting as' });

for (const surface of SURFACES) {
  test(`${surface}: the Page chosen in the account menu is held as corporate`, async ({
    useRules,
    fbPage,
    fbSent,
  }) => {
    await useRules(KINGSFORD);
    const page = await fbPage();
    await lookAtMenu(page, { expected: 'Jane Doe · personal' });
    await switchTo(page, 'Kingsford Council');
    await lookAtMenu(page, { expected: 'Kingsford Council · corporate' });
    await compose(page, surface, 'Road works on the high street');
    await expect(indicatorOf(page, surface)).toHaveText('Posting as Kingsford Council · corporate');
    await send(page, surface);
    const dialog = page.getByRole('alertdialog', { name: /Kingsford Council.*corporate/ });
    await expect(dialog).toBeVisible();
    expect(await fbSent(page)).toEqual([]);
    await clickWhenArmed(dialog.getByRole('button', { name: 'Post as Kingsford Council' }));
    await expect.poll(() => fbSent(page)).toHaveLength(1);
    expect((await fbSent(page))[0]).toMatchObject({ account: 'Kingsford Council', surface });
  });

  test(`${surface}: the profile chosen in the account menu posts at once`, async ({
    useRules,
    fbPage,
    fbSent,
  }) => {
    await useRules(KINGSFORD);
    const page = await fbPage({ active: 'Kingsford Council' });
    await lookAtMenu(page, { expected: 'Kingsford Council · corporate' });
    await switchTo(page, 'Jane Doe');
    await lookAtMenu(page, { expected: 'Jane Doe · personal' });
    await compose(page, surface, 'Lovely walk by the river');
    await send(page, surface);
    await expect.poll(() => fbSent(page)).toHaveLength(1);
    expect((await fbSent(page))[0]).toMatchObject({ account: 'Jane Doe', surface });
    await expect(page.getByRole('alertdialog')).toHaveCount(0);
  });

  test(`${surface}: the menu and the compose box naming different identities is an unknown account`, async ({
    useRules,
    fbPage,
    fbSent,
  }) => {
    await useRules(KINGSFORD);
    const page = await fbPage({ active: 'Jane Doe', composerAs: 'Kingsford Council' });
    await lookAtMenu(page, { expected: 'two different accounts' });
    await compose(page, surface, 'Lovely walk by the river');
    await send(page, surface);
    const dialog = page.getByRole('alertdialog', { name: /unknown account/ });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('The page shows two different accounts as the active one.');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await fbSent(page)).toEqual([]);
  });

  test(`${surface}: no name in the compose box and the menu never opened: held, saying to open the menu`, async ({
    useRules,
    fbPage,
    fbSent,
  }) => {
    await useRules(KINGSFORD);
    const page = await fbPage({ active: 'Kingsford Council', hideAuthor: '1' });
    await compose(page, surface, 'Road works on the high street');
    await expect(indicatorOf(page, surface)).toContainText('Posting as unknown account');
    await expect(indicatorOf(page, surface)).toContainText('Open the account menu once');
    await send(page, surface);
    const dialog = page.getByRole('alertdialog', { name: /unknown account/ });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('Open the account menu once');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await fbSent(page)).toEqual([]);
  });
}

test('into a group that refuses Pages: never still the Page; the profile once the menu says so', async ({
  useRules,
  fbPage,
  fbSent,
}) => {
  await useRules(KINGSFORD);
  const page = await fbPage({ active: 'Kingsford Council' });
  await lookAtMenu(page, { expected: 'Kingsford Council · corporate' });
  await goTo(page, 'Kingsford Allotments');
  // Facebook switched back to the profile; its composers show that name, the menu was
  // read on another path: the two disagree.
  await compose(page, 'create-post', 'Seed swap on Saturday');
  const indicator = indicatorOf(page, 'create-post');
  await expect(indicator).toContainText('Posting as unknown account');
  await send(page, 'create-post');
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toHaveAccessibleName(/unknown account/);
  await expect(dialog).not.toHaveAccessibleName(/Kingsford Council/);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect(await fbSent(page)).toEqual([]);

  await lookAtMenu(page, { expected: 'Jane Doe · personal' });
  await expect(indicator).toHaveText('Posting as Jane Doe · personal');
  await send(page, 'create-post');
  await expect.poll(() => fbSent(page)).toHaveLength(1);
  expect((await fbSent(page))[0]).toMatchObject({ account: 'Jane Doe', surface: 'create-post' });
});

test('into a group that refuses Pages, with no names in the composers: unknown, asking for the menu', async ({
  useRules,
  fbPage,
  fbSent,
}) => {
  await useRules(KINGSFORD);
  const page = await fbPage({ active: 'Kingsford Council', hideAuthor: '1' });
  await lookAtMenu(page, { expected: 'Kingsford Council · corporate' });
  await goTo(page, 'Kingsford Allotments');
  await compose(page, 'comment', 'Count me in');
  await expect(commentIndicator(page)).toContainText('Open the account menu once');
  await send(page, 'comment');
  const dialog = page.getByRole('alertdialog', { name: /unknown account/ });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect(await fbSent(page)).toEqual([]);
});

for (const menu of ['menuitemradio', 'see-all'] as const) {
  test(`the menu as ${menu}: read once open${menu === 'see-all' ? ' with its list' : ''}`, async ({
    useRules,
    fbPage,
  }) => {
    await useRules(KINGSFORD);
    const page = await fbPage({ active: 'Kingsford Council', menu });
    if (menu === 'see-all') {
      await openAccountMenu(page);
      // The menu is open, but not its list of profiles: still nothing read.
      await expect(page.getByRole('button', { name: 'See all profiles' })).toBeVisible();
      await expect(commentIndicator(page)).toContainText('Open the account menu once');
      await page.keyboard.press('Escape');
    }
    await lookAtMenu(page, {
      expected: 'Kingsford Council · corporate',
      seeAll: menu === 'see-all',
    });
    await expect(commentIndicator(page)).toHaveText('Posting as Kingsford Council · corporate');
  });
}
