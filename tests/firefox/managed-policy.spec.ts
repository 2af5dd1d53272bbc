// Managed policy in Firefox, without root: Firefox reads an extension's managed storage from
// a native manifest, `$HOME/.mozilla/managed-storage/<extension id>.json` on Linux
// (docs/admin/README.md#firefox), so this browser gets a throw-away HOME holding one. The
// rules there are in force from start-up, locked, and the guard follows them.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DRIVERS } from '../drive/drivers';
import { role } from '../drive/tab';
import { ruleFile } from '../e2e/rules';
import { expect, test } from './fixtures';
import { launchFirefox, type FirefoxHarness } from './firefox-browser';
import { puppeteerTab } from './puppeteer-tab';

const GECKO_ID = 'postguard@postguard.example';
const KINGSFORD = JSON.parse(readFileSync('docs/examples/kingsford-council.json', 'utf8')) as {
  organization: string;
  accounts: unknown[];
};
const LOCKED_TEXT = 'Your organisation manages these rules';

let home: string;
let firefox: FirefoxHarness;

test.beforeAll(async () => {
  test.setTimeout(60_000);
  home = mkdtempSync(join(tmpdir(), 'postguard-firefox-home-'));
  const folder = join(home, '.mozilla', 'managed-storage');
  mkdirSync(folder, { recursive: true });
  const manifest = {
    name: GECKO_ID,
    description: 'Postguard rules from the organisation',
    type: 'storage',
    data: { rules: KINGSFORD },
  };
  writeFileSync(join(folder, `${GECKO_ID}.json`), JSON.stringify(manifest, null, 2));
  firefox = await launchFirefox({ home });
});

test.afterAll(async () => {
  await firefox?.close();
  rmSync(home, { recursive: true, force: true });
});

test('rules from the managed-storage manifest are in force from start-up, locked, and the guard follows them', async () => {
  // A managed install: no welcome page (src/background/first-run.ts).
  expect(firefox.welcomeOpened).toBe(false);
  const options = await firefox.extensionPage('options.html');
  await options.waitForSelector(`::-p-text(${LOCKED_TEXT})`);
  const shown = await options.evaluate(() => ({
    organization: document.querySelector('[data-testid="organization"]')?.textContent,
    accounts: document.querySelector('[data-testid="account-count"]')?.textContent,
    importDisabled: document.querySelector<HTMLInputElement>('input[type="file"]')?.disabled,
  }));
  expect(shown).toEqual({
    organization: KINGSFORD.organization,
    accounts: String(KINGSFORD.accounts.length),
    importDisabled: true,
  });

  // A message sent past the disabled input is refused by the worker.
  const refused = await options.evaluate(
    (text) => {
      const { browser } = globalThis as unknown as {
        browser: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
      };
      return browser.runtime.sendMessage({ type: 'rules/import', text, fileName: 'mine.json' });
    },
    JSON.stringify(ruleFile({ accounts: [] })),
  );
  expect(refused).toEqual({
    ok: false,
    errors: [expect.stringContaining('your organisation manages these rules')],
  });

  // Kingsford makes @KingsfordGov corporate: its post is held.
  const x = DRIVERS.x;
  const browser = {
    name: 'firefox' as const,
    newTab: async () => puppeteerTab(await firefox.newTab()),
    setRules: () => Promise.reject(new Error('the rules here come from policy')),
    untilGuarded: () => Promise.resolve(),
  };
  const tab = await x.open(browser, 'corporate');
  await x.compose(tab, 'Bins go out on Thursday this week');
  await x.send(tab);
  await tab.waitFor(role('alertdialog', 'Check: posting as @KingsfordGov · corporate'));
  expect(await x.sent(tab)).toEqual([]);
});
