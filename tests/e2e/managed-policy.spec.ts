// Enterprise policy through Chromium's real policy mechanism: a JSON policy file in the
// machine's managed policy folder, as an admin deploys it (docs/admin/README.md). Chromium
// reads the folder at start-up and watches it while it runs; the managed `rules` reach the
// extension as storage.managed, checked first by src/managed-schema.json.
//
// The folder is machine-wide (Debian's Chromium: /etc/chromium/policies/managed), so these
// tests need root, as CI has; elsewhere they are skipped. The policy file exists only while a
// test's browser runs: any Chromium started on this machine meanwhile gets the same policy.
import { test, expect, type BrowserContext, type Page } from '@playwright/test';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extensionIdOf, launchChromium, serveFixtureSites } from './browser';
import { POLICY_DIR, POLICY_FILE } from './policy-file';
import { firstRunDecision, isWelcomePage } from './welcome-page';
import { X_EDITOR, type PostguardFixtures } from './fixtures';
import { importRules, ruleFile } from './rules';
import {
  CORPORATE,
  PERSONAL,
  expectSentExactly,
  guardDialog,
  indicatorOf,
  openComposer,
  sentPosts,
  type XComposer,
} from './x-helpers';

/** The id fixed by the manifest's "key": the name the policy gives the extension. */
const EXTENSION_ID = 'ibngchompjeikdflalaiifhjfelpfedo';

const KINGSFORD = JSON.parse(
  readFileSync(
    fileURLToPath(new URL('../../docs/examples/kingsford-council.json', import.meta.url)),
    'utf8',
  ),
) as { organization: string; accounts: unknown[] };

/** A person's own rules: only the personal account, so @KingsfordGov is unlisted (personal). */
const LOCAL_RULES = ruleFile({
  organization: 'Jane’s own rules',
  accounts: [{ platform: 'x', handle: PERSONAL, role: 'personal' }],
});

const LOCKED_TEXT = 'Your organisation manages these rules';

/** Writes the policy file: the extension's 3rdparty policy (no `rules` key when rules is null). */
function writePolicy(rules: object | null) {
  const policy = rules ? { rules } : {};
  const file = { '3rdparty': { extensions: { [EXTENSION_ID]: policy } } };
  writeFileSync(POLICY_FILE, JSON.stringify(file, null, 2));
}

function removePolicy() {
  rmSync(POLICY_FILE, { force: true });
}

/** Null when this process may write the policy folder; else why not. */
function policyFolderProblem(): string | null {
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    writeFileSync(POLICY_FILE, '{}');
    removePolicy();
    return null;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return `needs write access to Chromium's policy folder ${POLICY_DIR} (run as root, as CI does): ${reason}`;
  }
}

interface Browser {
  context: BrowserContext;
  extensionId: string;
  xPage: PostguardFixtures['xPage'];
}

/**
 * Writes the policy file, THEN starts Chromium with the extension, runs `body`, and always
 * closes the browser and removes the policy file, whatever happened.
 */
async function withPolicy(
  rules: object | null,
  body: (browser: Browser) => Promise<void>,
  launch: Parameters<typeof launchChromium>[0] = {},
) {
  writePolicy(rules);
  let launched: Awaited<ReturnType<typeof launchChromium>> | undefined;
  try {
    launched = await launchChromium(launch);
    const { context } = launched;
    await serveFixtureSites(context);
    const extensionId = await extensionIdOf(context);
    const xPage: Browser['xPage'] = async (query, path = '/home') => {
      const search = new URLSearchParams(query ?? '').toString();
      const page = await context.newPage();
      await page.goto(`https://x.com${path}${search ? `?${search}` : ''}`);
      await page.locator(X_EDITOR).first().waitFor();
      return page;
    };
    await body({ context, extensionId, xPage });
  } finally {
    await launched?.context.close();
    if (launched) rmSync(launched.profile, { recursive: true, force: true });
    removePolicy();
  }
}

test.beforeAll(() => {
  const problem = policyFolderProblem();
  test.skip(problem !== null, problem ?? '');
});

test.afterAll(() => removePolicy());

/**
 * Makes Chromium read the policy folder now, with chrome://policy's "Reload policies".
 * Without it Chromium notices a changed file by itself about 5 s later (measured).
 */
async function reloadPolicies(context: BrowserContext) {
  const page = await context.newPage();
  try {
    await page.goto('chrome://policy');
    await page.getByRole('button', { name: 'Reload policies' }).click();
  } finally {
    await page.close();
  }
}

async function openOptions({ context, extensionId }: Browser) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  return page;
}

/** Types `text` into the (empty) compose box and sends it with Ctrl+Enter. */
async function post(composer: XComposer, text: string) {
  await composer.editor().click();
  await composer.page.keyboard.type(text);
  await composer.send('ctrl');
}

async function expectManaged(options: Page) {
  await expect(options.getByTestId('organization')).toHaveText(KINGSFORD.organization);
  await expect(options.getByTestId('account-count')).toHaveText(String(KINGSFORD.accounts.length));
  await expect(options.getByText(LOCKED_TEXT).first()).toBeVisible();
  await expect(options.getByLabel('Import rule file')).toBeDisabled();
}

test('rules from the policy file are in force from start-up, and staff cannot change them', async () => {
  await withPolicy(KINGSFORD, async (browser) => {
    expect(browser.extensionId).toBe(EXTENSION_ID);

    const options = await openOptions(browser);
    const managed = await options.evaluate(() => {
      const { chrome } = window as unknown as {
        chrome: { storage: { managed: { get(key: string): Promise<Record<string, unknown>> } } };
      };
      return chrome.storage.managed.get('rules');
    });
    expect(
      managed.rules,
      `Chromium did not pass the rules from ${POLICY_FILE} to the extension (another browser ` +
        'build may read another folder: set POSTGUARD_POLICY_DIR)',
    ).toEqual(KINGSFORD);
    await expectManaged(options);
    // Kingsford's file says "locked": false; rules from policy are locked whatever they say.
    expect(KINGSFORD).toMatchObject({ policy: { locked: false } });

    // The import input is disabled; a message sent past it is refused by the worker.
    const refused = await options.evaluate((text) => {
      const { chrome } = window as unknown as {
        chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
      };
      return chrome.runtime.sendMessage({ type: 'rules/import', text, fileName: 'mine.json' });
    }, JSON.stringify(LOCAL_RULES));
    expect(refused).toEqual({
      ok: false,
      errors: [expect.stringContaining('your organisation manages these rules')],
    });

    // The editor shows the rules read-only: no field, button or Save can change them. The
    // tables' search boxes and sort headers, which change nothing, still work.
    const editor = options.locator('form.editor');
    await expect(editor.locator('input').first()).toBeVisible();
    await expect(editor.locator('input, select, textarea').first()).toBeDisabled();
    const fields = 'input:enabled:not([type="search"]), select:enabled, textarea:enabled';
    await expect(editor.locator(fields)).toHaveCount(0);
    await expect(editor.getByRole('button', { name: /^(Edit|Add|Remove|Save)/ })).toHaveCount(0);
    await expect(editor.getByRole('table', { name: 'Accounts' }).getByRole('row')).toHaveCount(
      KINGSFORD.accounts.length + 1,
    );

    // The guard uses the managed rules: Kingsford makes @KingsfordGov corporate.
    const composer = await openComposer(browser.xPage, 'home', { active: CORPORATE });
    await post(composer, 'Bins go out on Thursday this week');
    await expect(guardDialog(composer.page)).toHaveAccessibleName(
      `Check: posting as @${CORPORATE} · corporate`,
    );
    expect(await sentPosts(composer.page)).toEqual([]);
  });
});

test('rules pushed while the browser runs override imported rules in open tabs and the open options page; withdrawn, the imported rules return', async () => {
  test.setTimeout(90_000);
  // At start-up the organisation's entry has no rules yet: staff may import their own.
  await withPolicy(null, async (browser) => {
    await importRules(browser.context, browser.extensionId, LOCAL_RULES);
    const options = await openOptions(browser);
    await expect(options.getByTestId('organization')).toHaveText('Jane’s own rules');
    await expect(options.getByLabel('Import rule file')).toBeEnabled();

    // Local rules do not list @KingsfordGov: it counts as personal, and a post goes out.
    const composer = await openComposer(browser.xPage, 'home', { active: CORPORATE });
    await expect(indicatorOf(composer)).toContainText(`@${CORPORATE} · personal`);
    await post(composer, 'Bins go out on Thursday');
    await expectSentExactly(composer, [
      expect.objectContaining(composer.record(['Bins go out on Thursday'], CORPORATE)),
    ]);

    // The admin pushes Kingsford's rules. Neither tab is reloaded.
    writePolicy(KINGSFORD);
    await reloadPolicies(browser.context);
    await expectManaged(options);
    await expect(indicatorOf(composer)).toContainText(`@${CORPORATE} · corporate`);
    await post(composer, 'Libraries open late on Friday');
    await expect(guardDialog(composer.page)).toHaveAccessibleName(
      `Check: posting as @${CORPORATE} · corporate`,
    );
    await guardDialog(composer.page).getByRole('button', { name: 'Cancel' }).click();
    expect(await sentPosts(composer.page)).toHaveLength(1);

    // The admin deletes the policy file: the imported rules are in force again, and staff
    // may change them.
    removePolicy();
    await reloadPolicies(browser.context);
    await expect(options.getByTestId('organization')).toHaveText('Jane’s own rules');
    await expect(options.getByLabel('Import rule file')).toBeEnabled();
    await expect(options.getByText(LOCKED_TEXT)).toHaveCount(0);
    await expect(indicatorOf(composer)).toContainText(`@${CORPORATE} · personal`);
  });
});

test('a managed install opens no welcome page; the welcome page and the popup say the organisation’s rules arrived', async () => {
  await withPolicy(
    KINGSFORD,
    async (browser) => {
      // The decision waits for Chromium's first read of managed storage, then records it.
      expect(await firstRunDecision(browser.context)).toBe('managed');
      expect(browser.context.pages().filter(isWelcomePage)).toEqual([]);

      const welcome = await browser.context.newPage();
      await welcome.goto(`chrome-extension://${browser.extensionId}/welcome.html#managed`);
      await expect(welcome.getByTestId('rules-now')).toHaveText(
        `Your organisation’s rules are in force: ${KINGSFORD.organization}, ${KINGSFORD.accounts.length} accounts. Its browser policy sets them, so there is nothing to set up here.`,
      );
      await welcome.getByRole('button', { name: 'Check again' }).click();
      await expect(welcome.getByRole('status').filter({ hasText: 'Checked at' })).toContainText(
        `Your organisation’s rules have arrived: ${KINGSFORD.organization}`,
      );
      await expect(welcome.getByLabel('Import rule file')).toBeDisabled();
      await expect(welcome.getByRole('button', { name: 'Save my accounts' })).toHaveCount(0);

      const popup = await browser.context.newPage();
      await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
      const rules = popup.getByRole('region', { name: 'Rules in force' });
      await expect(rules).toContainText(KINGSFORD.organization);
      await expect(rules).toContainText(LOCKED_TEXT);
      await expect(rules.getByRole('button', { name: 'Set up my own accounts' })).toHaveCount(0);
    },
    { welcomePage: 'keep' },
  );
});
