// The popup (ui-contract.md) and the toolbar badge, for an X tab. No automation can click a
// toolbar button, so the popup page is opened as a tab of its own and told which tab to
// describe with `?tab=<id>` (src/popup/target-tab.ts). The badge is read in the service
// worker, where `chrome.action` lives.
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test, type PostguardFixtures } from './fixtures';
import { setKingsford, linkedinPage, startPost, switchAuthor } from './linkedin-helpers';
import { setRules } from './rules';
import {
  CORPORATE,
  PERSONAL,
  guardDialog,
  kingsfordRules,
  openComposer,
  sentPosts,
  switchAccount,
} from './x-helpers';

const JOKE = 'What a turnout at the quiz night 😂';

/** The few extension APIs these tests call inside the worker and the extension's pages. */
interface TabDetails {
  tabId: number;
}
declare const chrome: {
  tabs: {
    query(query: { url: string }): Promise<{ id?: number }[]>;
    getCurrent(): Promise<{ id?: number } | undefined>;
  };
  action: {
    getBadgeText(details: TabDetails): Promise<string>;
    getTitle(details: TabDetails): Promise<string>;
    getBadgeBackgroundColor(details: TabDetails): Promise<number[]>;
  };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
};

function worker(context: BrowserContext) {
  const found = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  if (!found) throw new Error('the extension has no service worker');
  return found;
}

/** The id of the one open tab whose URL matches `pattern` (as the worker sees it). */
async function tabIdOf(context: BrowserContext, pattern: string): Promise<number> {
  const ids = await worker(context).evaluate(
    async (url) => (await chrome.tabs.query({ url })).map((tab) => tab.id),
    pattern,
  );
  expect(ids).toHaveLength(1);
  return ids[0] as number;
}

function badge(context: BrowserContext, tabId: number) {
  return worker(context).evaluate(async (id) => {
    const [text, title, colour] = await Promise.all([
      chrome.action.getBadgeText({ tabId: id }),
      chrome.action.getTitle({ tabId: id }),
      chrome.action.getBadgeBackgroundColor({ tabId: id }),
    ]);
    return { text, title, colour };
  }, tabId);
}

async function openPopup(
  context: BrowserContext,
  extensionId: string,
  tabId?: number,
  colorScheme: 'light' | 'dark' = 'light',
) {
  const popup = await context.newPage();
  await popup.emulateMedia({ colorScheme });
  const query = tabId === undefined ? '' : `?tab=${tabId}`;
  await popup.goto(`chrome-extension://${extensionId}/popup.html${query}`);
  return popup;
}

/** An X tab whose page shows no account (the Kingsford rules in force): its tab id. */
async function xTabHidingTheAccount(
  context: BrowserContext,
  xPage: PostguardFixtures['xPage'],
): Promise<number> {
  await setRules(context, kingsfordRules());
  await xPage({ hideSwitcher: '1', hideProfileLink: '1', hideAvatars: '1', active: CORPORATE });
  return tabIdOf(context, 'https://x.com/*');
}

/** Each axe violation with the elements it names, so that a failure says where. */
async function axeViolations(page: Page): Promise<string[]> {
  const axe = await new AxeBuilder({ page }).analyze();
  return axe.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}

const tabSection = (popup: Page) => popup.getByRole('region', { name: 'This tab' });
const rulesSection = (popup: Page) => popup.getByRole('region', { name: 'Rules in force' });
const sombreSwitch = (popup: Page) => popup.getByRole('switch', { name: 'Sombre-event mode' });

test('shows the account and role of an X tab, follows an account switch, and badges the tab', async ({
  context,
  extensionId,
  xPage,
}) => {
  await setRules(context, kingsfordRules());
  const x = await xPage({ active: CORPORATE });
  const tabId = await tabIdOf(context, 'https://x.com/*');
  const popup = await openPopup(context, extensionId, tabId);

  const tab = tabSection(popup);
  await expect(tab).toContainText('SiteX');
  await expect(tab).toContainText(`@${CORPORATE} · corporate`);
  await expect(tab).toContainText('Council newsroom');
  await expect(tab).toContainText('GuardWorking');
  await expect(rulesSection(popup)).toContainText('Kingsford Council');
  await expect(sombreSwitch(popup)).not.toBeChecked();
  await expect(rulesSection(popup)).toContainText('Off');
  await expect
    .poll(() => badge(context, tabId))
    .toEqual({
      text: 'CORP',
      title: `Postguard: posting as @${CORPORATE} on X (corporate)`,
      colour: [179, 38, 30, 255],
    });

  // Switched in the site's own menu, without a reload: the popup follows live.
  await x.bringToFront();
  await switchAccount(x, PERSONAL);
  await expect(tab).toContainText(`@${PERSONAL} · personal`);
  await expect.poll(async () => (await badge(context, tabId)).text).toBe('ME');

  // A fresh popup says the same.
  const again = await openPopup(context, extensionId, tabId);
  await expect(tabSection(again)).toContainText(`@${PERSONAL} · personal`);
});

test('says the account cannot be detected, and why, when X hides it; the badge shows "?"', async ({
  context,
  extensionId,
  xPage,
}) => {
  const tabId = await xTabHidingTheAccount(context, xPage);
  const popup = await openPopup(context, extensionId, tabId);

  const tab = tabSection(popup);
  await expect(tab).toContainText('The account cannot be detected');
  await expect(tab).toContainText('Why: The page does not show which account is active.');
  await expect(tab).not.toContainText(CORPORATE);
  // Home's compose box is open: the account it would post from is a missing part.
  await expect(tab).toContainText('GuardNeeds attention');
  await expect
    .poll(() => badge(context, tabId))
    .toEqual({
      text: '?',
      title:
        'Postguard: the account on X cannot be detected. Needs attention: open Postguard for details.',
      colour: [95, 99, 104, 255],
    });
});

test('`Copy diagnostics` copies a report that names the site and its selectors, and no handle', async ({
  context,
  extensionId,
  xPage,
}) => {
  const tabId = await xTabHidingTheAccount(context, xPage);
  // Chromium grants no permission to an extension's origin by name: to every origin, then.
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const popup = await openPopup(context, extensionId, tabId);

  const tab = tabSection(popup);
  await expect(tab).toContainText(
    'Which account posts from the open compose box cannot be read: The page does not show which account is active.',
  );
  const copy = tab.getByRole('button', { name: 'Copy diagnostics' });
  await copy.click();
  await expect(tab.getByRole('status')).toHaveText('Copied');
  expect(await axeViolations(popup)).toEqual([]);

  const report = await popup.evaluate(() => navigator.clipboard.readText());
  expect(report).toContain('## Postguard diagnostics');
  expect(report).toContain('"site": "x"');
  expect(report).toContain('"host": "x.com"');
  expect(report).toMatch(/"browser": "(Chromium|Google Chrome) \d+/u);
  expect(report).toContain('"account-not-shown"');
  expect(report).toContain('SideNav_AccountSwitcher_Button');
  expect(report).toContain('tweetButtonInline');
  for (const handle of [CORPORATE, PERSONAL]) {
    expect(report.toLowerCase()).not.toContain(handle.toLowerCase());
  }
  expect(report).not.toContain('@');
});

test('LinkedIn: unknown until the share box opens, then its author, live, with the badge', async ({
  context,
  extensionId,
}) => {
  await setKingsford(context);
  const page = await linkedinPage(context);
  const tabId = await tabIdOf(context, 'https://www.linkedin.com/*');
  const popup = await openPopup(context, extensionId, tabId);
  const tab = tabSection(popup);
  await expect(tab).toContainText('SiteLinkedIn');
  await expect(tab).toContainText('The account cannot be detected');
  await expect(tab).toContainText('Why: No compose box is open.');
  await expect(tab).toContainText('GuardWorking'); // nothing to guard yet: not a problem
  await expect.poll(async () => (await badge(context, tabId)).text).toBe('?');

  await page.bringToFront();
  await startPost(page);
  await expect(tab).toContainText('Jane Doe · personal');
  await expect.poll(async () => (await badge(context, tabId)).text).toBe('ME');
  await switchAuthor(page, 'Kingsford Council');
  await expect(tab).toContainText('Kingsford Council · corporate');
  await expect
    .poll(() => badge(context, tabId))
    .toMatchObject({
      text: 'CORP',
      title: 'Postguard: posting as Kingsford Council on LinkedIn (corporate)',
    });
});

test('switching sombre-event mode on blocks the next laughing post in the open X tab, no reload', async ({
  context,
  extensionId,
  xPage,
}) => {
  await setRules(context, kingsfordRules());
  const composer = await openComposer(xPage, 'reply', { active: CORPORATE });
  const { page } = composer;
  let reloaded = false;
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) reloaded = true;
  });
  const popup = await openPopup(context, extensionId, await tabIdOf(context, 'https://x.com/*'));

  const toggle = sombreSwitch(popup);
  await expect(toggle).not.toBeChecked();
  await toggle.focus();
  await popup.keyboard.press('Space'); // a real checkbox: the keyboard works
  await expect(toggle).toBeChecked();
  await expect(rulesSection(popup)).toContainText('On');
  await expect(popup.getByRole('alert')).toHaveCount(0);

  await page.bringToFront();
  await composer.write([JOKE]);
  await composer.send('ctrl');
  const dialog = guardDialog(page);
  await expect(dialog).toHaveAccessibleName(`Blocked: posting as @${CORPORATE} · corporate`);
  await expect(dialog).toContainText(
    'Light-hearted emoji are not suitable while sombre-event mode is on',
  );
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect(await sentPosts(page)).toEqual([]);
  expect(reloaded).toBe(false);

  // And off again: the same post now only asks, as for any corporate post.
  await popup.bringToFront();
  await sombreSwitch(popup).click();
  await expect(sombreSwitch(popup)).not.toBeChecked();
  await expect(rulesSection(popup)).toContainText('Off');
  await page.bringToFront();
  await composer.send('ctrl');
  await expect(dialog).toHaveAccessibleName(`Check: posting as @${CORPORATE} · corporate`);
});

test('with locked rules the switch is not offered, and the worker refuses a switch anyway', async ({
  context,
  extensionId,
  xPage,
}) => {
  await setRules(
    context,
    kingsfordRules({
      policy: { locked: true },
      sombre: { active: true, reason: 'Remembrance service' },
    }),
  );
  await xPage({ active: CORPORATE });
  const popup = await openPopup(context, extensionId, await tabIdOf(context, 'https://x.com/*'));

  const rules = rulesSection(popup);
  await expect(rules).toContainText('Your organisation manages these rules');
  await expect(rules).toContainText('Sombre-event mode: On: Remembrance service');
  await expect(popup.getByRole('switch')).toHaveCount(0);
  await expect(popup.getByRole('checkbox')).toHaveCount(0);

  const refused = await popup.evaluate(() =>
    chrome.runtime.sendMessage({ type: 'rules/set-sombre', active: false }),
  );
  expect(refused).toMatchObject({ ok: false });
  const stored = await worker(context).evaluate(async () => {
    // Saved as the rule file's JSON text (shared/rules-state.ts).
    const { rules } = await chrome.storage.local.get('rules');
    const file = JSON.parse((rules as { rulesText: string }).rulesText);
    return (file as { sombre: { active: boolean } }).sombre.active;
  });
  expect(stored).toBe(true);
});

test('on a tab of no guarded site it says what Postguard guards; no badge', async ({
  context,
  extensionId,
}) => {
  await setRules(context, kingsfordRules());
  const other = await context.newPage();
  await other.goto(`chrome-extension://${extensionId}/incident.html`);
  const tabId = (await other.evaluate(async () => (await chrome.tabs.getCurrent())?.id)) as number;
  const popup = await openPopup(context, extensionId, tabId);
  await expect(tabSection(popup)).toContainText(
    'Postguard guards X, Facebook, LinkedIn, Bluesky and the Mastodon servers allowed in its options only. This tab is none of them.',
  );
  await expect(rulesSection(popup)).toContainText('Kingsford Council');
  expect((await badge(context, tabId)).text).toBe('');

  // Opened as a tab with no tab named, it describes no tab (not itself).
  const alone = await openPopup(context, extensionId);
  await expect(tabSection(alone)).toContainText('Open Postguard from its toolbar button');
});

test('the badge is cleared when the tab leaves the guarded site', async ({
  context,
  extensionId,
  xPage,
}) => {
  await setRules(context, kingsfordRules());
  const x = await xPage({ active: CORPORATE });
  const tabId = await tabIdOf(context, 'https://x.com/*');
  await expect.poll(async () => (await badge(context, tabId)).text).toBe('CORP');
  await x.goto(`chrome-extension://${extensionId}/incident.html`);
  expect((await badge(context, tabId)).text).toBe('');
});

test('"I posted to the wrong account" opens the incident guide in a new tab', async ({
  context,
  extensionId,
  xPage,
}) => {
  await setRules(context, kingsfordRules());
  await xPage({ active: CORPORATE });
  const popup = await openPopup(context, extensionId, await tabIdOf(context, 'https://x.com/*'));
  const [guide] = await Promise.all([
    context.waitForEvent('page'),
    popup.getByRole('button', { name: 'I posted to the wrong account' }).click(),
  ]);
  await expect(guide).toHaveURL(`chrome-extension://${extensionId}/incident.html`);
  await expect(guide.getByRole('heading', { level: 1 })).toHaveText(
    'Posted from the wrong account?',
  );
  expect(popup.isClosed()).toBe(false); // a popup opened as a tab stays open
});

test('in dark mode, what needs attention keeps its contrast (axe, no violations)', async ({
  context,
  extensionId,
  xPage,
}) => {
  const tabId = await xTabHidingTheAccount(context, xPage);
  const popup = await openPopup(context, extensionId, tabId, 'dark');
  await expect(tabSection(popup)).toContainText('Needs attention');
  expect(await axeViolations(popup)).toEqual([]);
});
