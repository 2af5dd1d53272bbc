// "Try a post" on the options page, with Kingsford Council's example rules: the verdict the
// guard would give, in the words its dialog uses on the site. A corporate post on X asks
// first with exactly the texts the guard's dialog shows for the same post on the fixture X;
// a banned term blocks with the term marked; a personal account lets the post go; a time in
// the example's sombre window says so; and all of it with the keyboard alone, the verdict
// said in the live region while focus stays where the admin is.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { kingsfordExample, setRules } from './rules';
import { CORPORATE, guardDialog, openComposer } from './x-helpers';

/** The example's rules with no sombre window: what the guard says cannot depend on today. */
function withoutSombreWindows(): Record<string, unknown> {
  const rules = kingsfordExample();
  return { ...rules, sombre: { ...(rules.sombre as object), windows: [] } };
}

/** A time outside the example's sombre window (2026-11-11, 09:00 to 13:00 UTC). */
const ORDINARY_DAY = '2026-06-01T12:00';

const panelOf = (page: Page) => page.getByRole('region', { name: 'Try a post' });
const pictureOf = (panel: Locator) =>
  panel.getByRole('group', { name: 'The dialog Postguard would show' });
const liveRegionOf = (panel: Locator) => panel.getByTestId('try-post-announce');

async function openPanel(open: () => Promise<Page>): Promise<Locator> {
  const page = await open();
  const panel = panelOf(page);
  await expect(panel.getByLabel('Account', { exact: true })).toBeVisible();
  return panel;
}

/** The example's sombre window, 11:00 UTC on 2026-11-11, as the page's local time. */
function sombreLocalTime(page: Page): Promise<string> {
  return page.evaluate(() => {
    const d = new Date('2026-11-11T11:00:00Z');
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
  });
}

/** What a dialog (the guard's, or the panel's picture of it) says, part by part. */
async function dialogWords(dialog: Locator, title: Locator) {
  return {
    title: (await title.textContent())?.trim(),
    summary: await dialog.locator('.summary').textContent(),
    post: await dialog.locator('.post-text').allTextContents(),
    marked: await dialog.locator('.post mark').allTextContents(),
    reasons: await dialog.locator('.reasons li').allTextContents(),
  };
}

test('a corporate post on X: confirm, with the very words of the guard dialog on X', async ({
  context,
  xPage,
  openOptions,
}) => {
  await setRules(context, withoutSombreWindows());
  const post = 'Road works on the high street: drivers please avoid it #nomorecuts';

  // The guard's dialog on the fixture X for this post, from the corporate account.
  const composer = await openComposer(xPage, 'home', { active: CORPORATE });
  await composer.write([post]);
  await composer.send('ctrl');
  const dialog = guardDialog(composer.page);
  await expect(dialog).toHaveAccessibleName(`Check: posting as @${CORPORATE} · corporate`);
  const guard = await dialogWords(dialog, dialog.locator('#pg-title'));
  await composer.page.keyboard.press('Escape');

  const panel = await openPanel(openOptions);
  await expect(panel.getByLabel('Site')).toHaveValue('x');
  await expect(panel.getByLabel('Account', { exact: true }).locator('option:checked')).toHaveText(
    `@${CORPORATE} · corporate — Council newsroom`,
  );
  await panel.getByLabel('Post to try').fill(post);
  const picture = pictureOf(panel);
  await expect(panel.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'confirm');
  await expect(panel.locator('.try-verdict-line')).toHaveText(/^Confirm: /);
  await expect(picture.getByRole('heading')).toHaveText(
    `Check: posting as @${CORPORATE} · corporate`,
  );
  const tried = await dialogWords(picture, picture.getByRole('heading'));
  expect(tried).toEqual(guard);
  // Every reason: the account, the campaign hashtag with the admin's note, the drive* term.
  expect(tried.reasons).toHaveLength(3);
  expect(tried.marked).toEqual(['drivers', '#nomorecuts']);
  await expect(picture).toContainText('Buttons: Cancel, Post as @KingsfordGov');
});

test('a banned term: block, the term marked in the post and in its reason, no "Post as"', async ({
  context,
  openOptions,
}) => {
  await setRules(context, kingsfordExample());
  const panel = await openPanel(openOptions);
  await panel.getByLabel(/^Time of posting/).fill(ORDINARY_DAY);
  await panel.getByLabel('Post to try').fill('Police found an old bomb in the park');

  const picture = pictureOf(panel);
  await expect(panel.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'block');
  await expect(picture.getByRole('heading')).toHaveText(
    `Blocked: posting as @${CORPORATE} · corporate`,
  );
  await expect(picture.locator('.post-text mark')).toHaveText(['bomb']);
  await expect(picture.locator('.reasons li.block')).toHaveText(
    'Your organisation does not allow "bomb" in posts from this account (bomb)',
  );
  await expect(picture.locator('.reasons li.block mark')).toHaveText('bomb');
  await expect(picture).toContainText('Buttons: Cancel');
  await expect(picture).not.toContainText('Post as');
});

test('a personal account: allow, and no dialog', async ({ context, openOptions }) => {
  await setRules(context, kingsfordExample());
  const panel = await openPanel(openOptions);
  await panel.getByLabel(/^Time of posting/).fill(ORDINARY_DAY);
  await panel.getByLabel('Post to try').fill('Police found an old bomb in the park');
  await panel
    .getByLabel('Account', { exact: true })
    .selectOption({ label: '@janedoe_fun · personal' });

  await expect(panel.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'allow');
  await expect(panel.locator('.try-verdict-line')).toHaveText(
    'Allow: the post goes out with no dialog.',
  );
  await expect(pictureOf(panel)).toHaveCount(0);
});

test('a time in the sombre window: the mode and its reason; an ordinary day: neither', async ({
  context,
  openOptions,
}) => {
  await setRules(context, kingsfordExample());
  const panel = await openPanel(openOptions);
  await panel.getByLabel('Post to try').fill('Join us at the town hall');
  await panel.getByLabel(/^Time of posting/).fill(await sombreLocalTime(panel.page()));

  const picture = pictureOf(panel);
  await expect(picture.locator('.sombre')).toHaveText(
    'Sombre-event mode is on: Remembrance service',
  );
  await expect(picture.locator('.reasons li')).toContainText([
    'Sombre-event mode is on (Remembrance service): check that this post suits the occasion',
  ]);
  await expect(panel.locator('.try-at')).toContainText('November');
  await panel.getByLabel(/^Time of posting/).fill(ORDINARY_DAY);
  await expect(panel.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'confirm');
  await expect(picture.locator('.sombre')).toHaveCount(0);
  await panel.getByLabel(/^Time of posting/).fill(await sombreLocalTime(panel.page()));

  await panel.getByLabel('Post to try').fill('Join us at the town hall lol 🎉 #fun');
  await expect(panel.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'block');
  await expect(picture.locator('.post-text mark')).toHaveText(['lol', '🎉', '#fun']);
});

/** The id of the focused element ('' for none). */
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

/**
 * The keys that type `iso` (a local date and time) into a datetime-local field: its parts in
 * the order the browser's language shows them, as Chromium takes them (a part moves on to the
 * next once full, but a year may have up to 6 digits: ArrowRight moves on from it; a letter
 * chooses AM or PM).
 */
function dateTimeKeys(page: Page, iso: string): Promise<string[]> {
  return page.evaluate((local) => {
    const parts = new Intl.DateTimeFormat(navigator.language, {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    }).formatToParts(new Date(local));
    return parts.flatMap((p) => {
      if (p.type === 'literal') return [];
      if (p.type === 'year') return [p.value, 'ArrowRight'];
      return p.type === 'dayPeriod' ? [p.value.slice(0, 1)] : [p.value];
    });
  }, iso);
}

test('keyboard only: reach the panel, type, choose site, account and time, hear each verdict', async ({
  context,
  openOptions,
}) => {
  await setRules(context, kingsfordExample());
  const panel = await openPanel(openOptions);
  const page = panel.page();
  const live = liveRegionOf(panel);
  await expect(live).toHaveAttribute('aria-live', 'polite');

  // From the end of the page backwards (the panel sits below the rule editor's many fields).
  for (let i = 0; i < 300 && (await focusedId(page)) !== 'try-post-text'; i++) {
    await page.keyboard.press('Shift+Tab');
  }
  expect(await focusedId(page)).toBe('try-post-text');

  await page.keyboard.type('Police found an old bomb in the park');
  await expect(live).toContainText(
    'Block: Postguard stops the post and says why, with this dialog. Blocked: posting as @KingsfordGov · corporate. Reasons: Your organisation does not allow "bomb" in posts from this account',
  );
  expect(await focusedId(page)).toBe('try-post-text'); // said, not focused

  await page.keyboard.press('Tab');
  expect(await focusedId(page)).toBe('try-post-site');
  await page.keyboard.press('ArrowDown');
  await expect(panel.getByLabel('Site')).toHaveValue('facebook');
  await expect(live).toContainText('Blocked: posting as Kingsford Council · corporate.');
  await page.keyboard.press('ArrowUp');
  await expect(panel.getByLabel('Site')).toHaveValue('x');

  await page.keyboard.press('Tab');
  expect(await focusedId(page)).toBe('try-post-account');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(live).toHaveText('Allow: the post goes out with no dialog.');
  await page.keyboard.press('ArrowUp');
  await expect(live).toContainText('Blocked: posting as @jane_kingsford · professional.');

  await page.keyboard.press('Tab');
  expect(await focusedId(page)).toBe('try-post-time');
  const sombre = await sombreLocalTime(page);
  for (const keys of await dateTimeKeys(page, sombre)) {
    if (keys === 'ArrowRight') await page.keyboard.press(keys);
    else await page.keyboard.type(keys);
  }
  await expect(panel.getByLabel(/^Time of posting/)).toHaveValue(sombre);
  await expect(live).toContainText(
    'Sombre-event mode is on (Remembrance service): check that this post suits the occasion',
  );
  expect(await focusedId(page)).toBe('try-post-time');

  // "Use the time now" empties the field; the focus stays on the button.
  for (let i = 0; i < 10 && (await focusedId(page)) === 'try-post-time'; i++) {
    await page.keyboard.press('Tab');
  }
  await expect(panel.getByRole('button', { name: 'Use the time now' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(panel.getByLabel(/^Time of posting/)).toHaveValue('');
  await expect(panel.getByRole('button', { name: 'Use the time now' })).toBeFocused();
});
