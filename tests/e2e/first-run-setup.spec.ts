// The first run's ways in, in Chromium with no rules in force: the popup offers the three
// ways and, like the toolbar badge, guesses no role; the indicator on X says no rules are
// set (and the guard judges as it always has with none); the guided form, with the keyboard
// only, sets up a person's accounts, after which X shows each account's role; an import
// from the welcome page applies to an open X tab at once; "Check again" says no
// organisation's rules arrived.
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { KINGSFORD } from './rules';
import {
  ACCOUNT_NOT_SHOWN,
  CORPORATE,
  PERSONAL,
  expectSentExactly,
  guardDialog,
  indicatorOf,
  openComposer,
  postAsButton,
  switchAccount,
} from './x-helpers';

declare const chrome: {
  tabs: { query(query: { url: string }): Promise<{ id?: number }[]> };
  action: {
    getBadgeText(details: { tabId: number }): Promise<string>;
    getTitle(details: { tabId: number }): Promise<string>;
  };
};

const NO_RULES_WHY =
  'Postguard cannot tell work accounts from personal ones until rules are set: open it from its toolbar button.';

async function openWelcome(context: BrowserContext, extensionId: string, section = '') {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/welcome.html${section}`);
  await expect(page.getByTestId('rules-now')).not.toHaveText('Reading the rules in force…');
  return page;
}

/** The popup as a tab, describing the tab at `url` (src/popup/target-tab.ts), and its id. */
async function openPopup(context: BrowserContext, extensionId: string, url: string) {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const ids = await popup.evaluate(
    async (pattern) => (await chrome.tabs.query({ url: pattern })).map((tab) => tab.id),
    url,
  );
  expect(ids).toHaveLength(1);
  const tabId = ids[0] as number;
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  return { popup, tabId };
}

/** The toolbar badge of tab `tabId`, read from an extension page. */
function badge(page: Page, tabId: number) {
  return page.evaluate(async (id) => {
    const [text, title] = await Promise.all([
      chrome.action.getBadgeText({ tabId: id }),
      chrome.action.getTitle({ tabId: id }),
    ]);
    return { text, title };
  }, tabId);
}

const focused = (page: Page) => page.locator(':focus');

test('with no rules: the popup offers the three ways in, guesses no role, and opens the welcome page at the way chosen', async ({
  context,
  extensionId,
  xPage,
}) => {
  await openComposer(xPage, 'home', { active: PERSONAL });
  const { popup, tabId } = await openPopup(context, extensionId, 'https://x.com/*');
  const tab = popup.getByRole('region', { name: 'This tab' });
  await expect(tab).toContainText(`@${PERSONAL} · no rules set`);
  await expect(tab).not.toContainText('· personal');
  // The toolbar badge guesses no role either.
  await expect
    .poll(() => badge(popup, tabId))
    .toEqual({
      text: '?',
      title: `Postguard: posting as @${PERSONAL} on X (no rules set). Needs attention: open Postguard for details.`,
    });
  const rules = popup.getByRole('region', { name: 'Rules in force' });
  await expect(rules).toContainText('No rules are set yet');
  await expect(rules.getByRole('button')).toHaveText([
    'Import my organisation’s rule file',
    'Set up my own accounts',
    'My organisation manages this',
  ]);
  const [welcome] = await Promise.all([
    context.waitForEvent('page'),
    rules.getByRole('button', { name: 'Set up my own accounts' }).click(),
  ]);
  await expect(welcome).toHaveURL(/\/welcome\.html#accounts$/);
  await expect(welcome.getByRole('heading', { name: 'Set up my own accounts' })).toBeFocused();
});

test('with no rules: the indicator on X says so instead of a role, and the guard judges as before', async ({
  xPage,
}) => {
  // A detected account: no role guessed; with no rules nothing holds its post.
  const composer = await openComposer(xPage, 'home', { active: PERSONAL });
  await expect(indicatorOf(composer)).toContainText(`Posting as @${PERSONAL} · no rules set`);
  await expect(indicatorOf(composer)).toContainText(NO_RULES_WHY);
  await expect(indicatorOf(composer)).not.toContainText('· personal');
  await expect(indicatorOf(composer)).toHaveClass('unknown'); // grey, not a role's colour
  await composer.write(['Lovely walk by the river today']);
  await composer.send('ctrl');
  await expectSentExactly(composer, [
    expect.objectContaining(composer.record(['Lovely walk by the river today'], PERSONAL)),
  ]);

  // An account the page hides: said so, and its post is still held for a confirmation.
  const hidden = await openComposer(xPage, 'home', ACCOUNT_NOT_SHOWN);
  await expect(indicatorOf(hidden)).toContainText('Posting as unknown account · no rules set');
  await expect(indicatorOf(hidden)).toContainText(NO_RULES_WHY);
  await hidden.write(['Sunny spells this afternoon']);
  await hidden.send('ctrl');
  await expect(guardDialog(hidden.page)).toHaveAccessibleName(/unknown account/);
});

test('the guided form, keyboard only: a mistake is marked and kept, then the accounts are saved and X shows their roles', async ({
  context,
  extensionId,
  xPage,
}) => {
  const page = await openWelcome(context, extensionId, '#accounts');
  await expect(page.getByRole('heading', { name: 'Set up my own accounts' })).toBeFocused();
  const account = (n: number) => page.getByRole('group', { name: `Account ${n}`, exact: true });

  await page.keyboard.press('Tab');
  await expect(account(1).getByLabel('Site')).toBeFocused();
  await expect(account(1).getByLabel('Site')).toHaveValue('x');
  await page.keyboard.press('Tab');
  await page.keyboard.type('@Kingsford Gov');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(account(1).getByRole('radio', { name: 'Work' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(focused(page)).toHaveText('Add another account');
  await page.keyboard.press('Enter');
  await expect(account(2).getByLabel('Site')).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.type(PERSONAL);
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowRight');
  await expect(account(2).getByRole('radio', { name: 'Personal' })).toBeChecked();
  for (const name of ['Remove account 2', 'Add another account', 'Save my accounts']) {
    await page.keyboard.press('Tab');
    await expect(focused(page)).toHaveText(name);
  }
  await page.keyboard.press('Enter');

  // Refused: said in an alert, marked at the field, which takes focus; nothing is lost.
  await expect(page.getByRole('alert')).toContainText('Some answers need a change');
  const name1 = account(1).getByLabel('Handle or name');
  await expect(name1).toBeFocused();
  await expect(name1).toHaveAttribute('aria-invalid', 'true');
  await expect(name1).toHaveAccessibleDescription(/“@Kingsford Gov” is not an X handle/);
  await expect(account(2).getByLabel('Handle or name')).toHaveValue(PERSONAL);
  await expect(account(2).getByRole('radio', { name: 'Personal' })).toBeChecked();

  await page.keyboard.press('Control+A');
  await page.keyboard.type(`@${CORPORATE}`);
  await expect(name1).not.toHaveAttribute('aria-invalid');
  await page.keyboard.press('Enter'); // submits the form from its field
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toHaveText(
    'Saved your 2 accounts. The note above each compose box now shows which one you post as and its role.',
  );
  await expect(page.getByRole('heading', { name: 'Set up my own accounts' })).toBeFocused();
  await expect(page.getByTestId('rules-now')).toHaveText(
    'Rules are in force: My own accounts, 2 accounts.',
  );

  // X now knows each account's role: the work one asks first, the personal one does not.
  const composer = await openComposer(xPage, 'home', { active: CORPORATE });
  await expect(indicatorOf(composer)).toHaveText(`Posting as @${CORPORATE} · corporate`);
  await composer.write(['Bins go out on Thursday']);
  await composer.send('ctrl');
  await expect(postAsButton(composer.page)).toBeVisible();
  await composer.page.keyboard.press('Escape');
  await expect(guardDialog(composer.page)).toHaveCount(0);
  await switchAccount(composer.page, PERSONAL);
  await expect(indicatorOf(composer)).toHaveText(`Posting as @${PERSONAL} · personal`);
});

test('an import from the welcome page applies to an open X tab at once; "Check again" finds no organisation’s rules', async ({
  context,
  extensionId,
  xPage,
}) => {
  const composer = await openComposer(xPage, 'home', { active: CORPORATE });
  await expect(indicatorOf(composer)).toContainText('no rules set');

  const page = await openWelcome(context, extensionId, '#managed');
  await page.getByRole('button', { name: 'Check again' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Checked at' })).toContainText(
    'No rules from your organisation have arrived in this browser yet.',
  );

  await page.getByLabel('Import rule file').setInputFiles(KINGSFORD);
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toHaveText(
    /^Imported kingsford-council\.json: Kingsford Council, \d+ accounts\.$/,
  );
  await expect(page.getByTestId('rules-now')).toContainText(
    'Rules are in force: Kingsford Council',
  );
  // With rules in force the guided form would replace them: the options page changes them.
  await expect(page.getByRole('button', { name: 'Save my accounts' })).toHaveCount(0);
  await expect(indicatorOf(composer)).toHaveText(`Posting as @${CORPORATE} · corporate`);
});
