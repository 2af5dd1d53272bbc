// A Firefox ESR with a build of the extension (dist/firefox by default) installed as a
// temporary add-on, driven by puppeteer-core over WebDriver BiDi, with the fixture sites
// served at the real sites' URLs: every request of a tab is answered from
// tests/fixtures/sites/<site>/dist (as tests/e2e/browser.ts does for Chromium) and every
// other one refused; what is not a tab's request goes to a dead proxy (dead-proxy.ts). The
// pitfalls this works around are in ../shared/firefox-testing.md: a fixed moz-extension
// UUID, the launch flag that lets extension pages open, and a `goto` to one that never
// resolves.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { firefoxExecutablePath, NO_FIREFOX } from '../support/firefox';
import { proxyPrefs } from './dead-proxy';
import { serveFixtureSite } from './serve-fixtures';

const GECKO_ID = 'postguard@postguard.example';
/** The extension's moz-extension host, fixed by pref so its pages have a known address. */
export const EXTENSION_UUID = '6f1c1c5e-2b0a-4c1e-9a57-0e6a0b6a7c01';
export const EXTENSION_DIR = fileURLToPath(new URL('../../dist/firefox', import.meta.url));
/** An organisation's build, Mastodon's test servers granted (tests/e2e/global-setup.ts). */
export const ORGANISATION_EXTENSION_DIR = fileURLToPath(
  new URL('../../dist/organisation/firefox', import.meta.url),
);

/** The extension API an extension page has as `browser` (the harness's own is puppeteer's). */
interface ExtensionApi {
  storage: {
    local: { set(items: object): Promise<void>; clear(): Promise<void> };
    session?: { clear(): Promise<void> };
  };
  scripting: { getRegisteredContentScripts(): Promise<{ matches?: string[] }[]> };
}

export interface FirefoxOptions {
  /** The build to install: EXTENSION_DIR unless given. */
  extensionDir?: string;
  /** HOME for the browser (where it looks for ~/.mozilla/managed-storage). */
  home?: string;
  /** Where requests that are not a tab's go (dead-proxy.ts). */
  proxyPort?: number;
}

export interface FirefoxHarness {
  browser: Browser;
  /** A new tab whose requests the fixture sites answer. */
  newTab(): Promise<Page>;
  /** A new tab on one of the extension's own pages (options.html…), once it has loaded. */
  extensionPage(path: string): Promise<Page>;
  /** Writes `items` to the extension's local storage (from an extension page). */
  setStorage(items: Record<string, unknown>): Promise<void>;
  /** Empties the extension's storage, as just installed. */
  clearStorage(): Promise<void>;
  /** The match patterns the worker has registered the Mastodon script on. */
  registeredServers(): Promise<string[]>;
  /**
   * Whether the install opened the welcome page (src/background/first-run.ts: Firefox
   * refuses the managed-storage read without a policy, so the install is not a managed one);
   * it was closed, so that the tests start with only their own tabs.
   */
  welcomeOpened: boolean;
  /** Closes every tab a test opened. */
  closeTabs(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The tab showing the extension page `path`, once there (or null after `timeout` ms). Found
 * by asking each tab its address: puppeteer names an extension's tab about:blank.
 */
async function extensionTab(browser: Browser, path: string, timeout: number) {
  const wanted = `moz-extension://${EXTENSION_UUID}/${path}`;
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    for (const page of await browser.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href === wanted) return page;
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  return null;
}

export async function launchFirefox(options: FirefoxOptions = {}): Promise<FirefoxHarness> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`${extensionDir}/manifest.json is missing: run npm run build first`);
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxExecutablePath() ?? fail(NO_FIREFOX),
    headless: true,
    args: ['--remote-allow-system-access'],
    env: {
      ...process.env,
      ...(options.home && { HOME: options.home }),
      // Release builds of Firefox ignore the pref that points Remote Settings elsewhere
      // (puppeteer sets it to a dummy) unless this is set: without it, Firefox itself calls
      // firefox.settings.services.mozilla.com during the tests (dead-proxy.ts).
      MOZ_REMOTE_SETTINGS_DEVTOOLS: '1',
    },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      // Firefox's own checks of the connection, which the dead proxy sets off: off.
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      ...(options.proxyPort && proxyPrefs(options.proxyPort)),
    },
  });
  await browser.installExtension(extensionDir);
  const welcome = await extensionTab(browser, 'welcome.html', 10_000);
  await welcome?.close();

  const extensionPage = async (path: string) => {
    const page = await browser.newPage();
    // Such a goto never resolves in Firefox although the page loads: poll for it.
    void page.goto(`moz-extension://${EXTENSION_UUID}/${path}`).catch(() => undefined);
    for (let i = 0; i < 100; i++) {
      const loaded = await page
        .evaluate(() => location.protocol === 'moz-extension:' && document.readyState)
        .catch(() => false);
      if (loaded === 'complete') return page;
      await new Promise((done) => setTimeout(done, 100));
    }
    throw new Error(`moz-extension://…/${path} did not load`);
  };
  // An extension page kept open, from which the harness reaches the extension's storage and
  // APIs (Firefox's background page is not a target puppeteer can evaluate in).
  const control = await extensionPage('incident.html');
  const keep = new Set([control, ...(await browser.pages())]);

  return {
    browser,
    welcomeOpened: welcome !== null,
    async newTab() {
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', serveFixtureSite);
      return page;
    },
    extensionPage,
    // The functions below run in the extension page, where `browser` is the extension API.
    setStorage: (items) =>
      control.evaluate(
        (all) =>
          (globalThis as unknown as { browser: ExtensionApi }).browser.storage.local.set(all),
        items,
      ),
    clearStorage: () =>
      control.evaluate(async () => {
        const { storage } = (globalThis as unknown as { browser: ExtensionApi }).browser;
        await storage.local.clear();
        await storage.session?.clear();
      }),
    registeredServers: () =>
      control.evaluate(async () => {
        const { scripting } = (globalThis as unknown as { browser: ExtensionApi }).browser;
        return (await scripting.getRegisteredContentScripts()).flatMap((s) => s.matches ?? []);
      }),
    async closeTabs() {
      const open = await browser.pages();
      await Promise.all(open.filter((page) => !keep.has(page)).map((page) => page.close()));
    },
    close: () => browser.close(),
  };
}

function fail(message: string): never {
  throw new Error(message);
}
