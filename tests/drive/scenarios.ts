// What Postguard does the same way on every guarded site, in every browser: the scenario
// list each browser's suite runs once per platform of the registry, through the site
// drivers (drivers/) and that browser's Tab (tab.ts). Chromium: tests/e2e/every-site.spec.ts;
// Firefox ESR: tests/firefox/every-site.spec.ts.
import { expect } from '@playwright/test';
import { kingsfordExample } from '../e2e/rules';
import type { SiteDriver, Who } from './drivers/site-driver';
import { css, role, type SiteBrowser, type Tab } from './tab';

export interface Scenario {
  readonly title: string;
  run(browser: SiteBrowser, site: SiteDriver): Promise<void>;
}

const TEXT = 'Bin collections move to Tuesday.';
/** Kingsford's rules block "bomb" from every account (docs/examples/kingsford-council.json). */
const BANNED = 'Police found an old bomb in the park';

const DIALOG = css('[role="alertdialog"]');
/** A button of the guard's dialog, by its text. */
const dialogButton = (text: string) => css('[role="alertdialog"] button', { text });
/** The send delay's countdown (an undone one stays a moment to say "Not sent"). */
const COUNTDOWN = css('[role="region"][aria-label="Postguard: post waiting to send"]', {
  text: 'Posting as',
});

const sentAs = (site: SiteDriver, who: 'corporate' | 'personal', text = TEXT) => [
  { account: site.recorded[who], texts: [text] },
];
const heldAs = (site: SiteDriver, verdict = 'Check') =>
  role('alertdialog', `${verdict}: posting as ${site.shown.corporate} · corporate`);

/** Kingsford's rules (with `policy`) in force, the site open as `who`, `text` written. */
async function written(
  browser: SiteBrowser,
  site: SiteDriver,
  who: Who,
  policy: Record<string, unknown> = {},
  text = TEXT,
): Promise<Tab> {
  await browser.setRules(kingsfordExample(policy));
  const tab = await site.open(browser, who);
  await site.compose(tab, text);
  return tab;
}

/** Nothing sent and `text` still in the box, a moment after the dialog went. */
async function keptNotSent(tab: Tab, site: SiteDriver, text = TEXT) {
  await tab.waitFor(DIALOG, 'gone');
  await tab.pause(300);
  expect(await site.sent(tab)).toEqual([]);
  expect(await tab.textOf(site.editor)).toBe(text);
}

/** "Post as <corporate>" once armed; the post goes once. */
async function releasedOnce(tab: Tab, site: SiteDriver) {
  await tab.clickWhenArmed(dialogButton(`Post as ${site.shown.corporate}`));
  await expect.poll(() => site.sent(tab)).toEqual(sentAs(site, 'corporate'));
  await tab.pause(300);
  expect(await site.sent(tab)).toHaveLength(1);
}

export const SCENARIOS: readonly Scenario[] = [
  {
    title: 'a corporate post is held; Cancel and Escape send nothing; "Post as" sends it once',
    async run(browser, site) {
      const tab = await written(browser, site, 'corporate');
      await site.send(tab);
      await tab.waitFor(heldAs(site));
      expect(await tab.textOf(DIALOG)).toContain(TEXT);
      await tab.click(dialogButton('Cancel'));
      await keptNotSent(tab, site);

      await site.send(tab);
      await tab.waitFor(DIALOG);
      await tab.press('Escape');
      await keptNotSent(tab, site);

      await site.send(tab);
      await releasedOnce(tab, site);
    },
  },
  {
    title: 'a personal post goes out at once; switched to the corporate account, the next is held',
    async run(browser, site) {
      const tab = await written(browser, site, 'personal');
      await site.send(tab);
      await expect.poll(() => site.sent(tab)).toEqual(sentAs(site, 'personal'));
      expect(await tab.count(DIALOG)).toBe(0);

      await site.compose(tab, 'Road works on the high street');
      await site.switchAccount(tab, 'corporate');
      await site.send(tab);
      await tab.waitFor(heldAs(site));
      expect(await site.sent(tab)).toHaveLength(1);
    },
  },
  {
    title: 'a banned term blocks: no "Post as", nothing sent, the text kept',
    async run(browser, site) {
      const tab = await written(browser, site, 'corporate', {}, BANNED);
      await site.send(tab);
      await tab.waitFor(heldAs(site, 'Blocked'));
      expect(await tab.textOf(DIALOG)).toContain(
        'Your organisation does not allow "bomb" in posts from this account',
      );
      expect(await tab.textOf(css('[role="alertdialog"] mark'))).toBe('bomb');
      expect(await tab.count(dialogButton('Post as'))).toBe(0);
      await tab.click(dialogButton('Cancel'));
      await keptNotSent(tab, site, BANNED);
    },
  },
  ...(['Control+Enter', 'Meta+Enter'] as const).map((keys): Scenario => ({
    title: `${keys} in the compose box as the corporate account`,
    async run(browser, site) {
      const tab = await written(browser, site, 'corporate');
      await tab.click(site.editor);
      await tab.press(keys);
      if (site.sendShortcut === 'none') {
        // The site has no such shortcut: nothing to hold, nothing sent.
        await tab.pause(500);
        expect(await tab.count(DIALOG)).toBe(0);
        expect(await site.sent(tab)).toEqual([]);
        return;
      }
      await tab.waitFor(heldAs(site));
      expect(await site.sent(tab)).toEqual([]);
      if (site.sendShortcut === 'sends') return releasedOnce(tab, site);
      // Held although nobody knows whether the site sends on it: Cancel keeps the text.
      await tab.click(dialogButton('Cancel'));
      await keptNotSent(tab, site);
    },
  })),
  {
    title:
      'the send delay: Undo sends nothing and keeps the text; a countdown left to run sends once',
    async run(browser, site) {
      const tab = await written(browser, site, 'corporate', { sendDelaySeconds: 2 });
      await site.send(tab);
      await tab.clickWhenArmed(dialogButton(`Post as ${site.shown.corporate}`));
      await expect
        .poll(() => tab.textOf(COUNTDOWN))
        .toContain(`Posting as ${site.shown.corporate} in`);
      await tab.click(css('[role="region"] button', { text: 'Undo' }));
      await tab.pause(2_500);
      expect(await site.sent(tab)).toEqual([]);
      expect(await tab.textOf(site.editor)).toBe(TEXT);

      await site.send(tab);
      await tab.clickWhenArmed(dialogButton(`Post as ${site.shown.corporate}`));
      await tab.waitFor(COUNTDOWN);
      expect(await site.sent(tab)).toEqual([]);
      await expect
        .poll(() => site.sent(tab), { timeout: 6_000 })
        .toEqual(sentAs(site, 'corporate'));
    },
  },
  {
    title:
      'nothing on the page shows the account: unknown, held, and "Post as unknown account" sends once',
    async run(browser, site) {
      const tab = await written(browser, site, 'hidden', { unknownAccount: 'confirm' });
      await site.send(tab);
      await tab.waitFor(role('alertdialog', 'Check: posting as unknown account'));
      expect(await site.sent(tab)).toEqual([]);
      await tab.clickWhenArmed(dialogButton('Post as unknown account'));
      await expect.poll(() => site.sent(tab)).toHaveLength(1);
    },
  },
  {
    title:
      'the compose box is where docs/sites says (open shadow root or light DOM), and guarded there',
    async run(browser, site) {
      const tab = await written(browser, site, 'corporate');
      expect(await tab.inShadowRoot(site.editor)).toBe(site.composerInShadowRoot);
      await site.send(tab);
      await tab.waitFor(heldAs(site));
      await releasedOnce(tab, site);
    },
  },
];
