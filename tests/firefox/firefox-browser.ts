// The built Firefox extension (dist/firefox) in Firefox ESR, driven by puppeteer-core over
// WebDriver BiDi, with the fixture sites served at the real sites' URLs: every request of a
// page is answered from tests/fixtures/sites/<site>/dist (as tests/e2e/browser.ts does for
// Chromium) and every other one refused. The pitfalls this works around are in
// ../shared/firefox-testing.md: a fixed moz-extension UUID, the launch flag that lets
// extension pages open, and a `goto` to one that never resolves.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { fixtureSiteOf } from '../e2e/browser';
import { firefoxExecutablePath, NO_FIREFOX } from '../support/firefox';

const EXTENSION_DIR = fileURLToPath(new URL('../../dist/firefox', import.meta.url));
const SITES_DIR = fileURLToPath(new URL('../fixtures/sites', import.meta.url));
const GECKO_ID = 'postguard@postguard.example';
/** The extension's moz-extension host, fixed by pref so its pages have a known address. */
export const EXTENSION_UUID = '6f1c1c5e-2b0a-4c1e-9a57-0e6a0b6a7c01';

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Answers a page's request from the fixture sites, or refuses it. */
function serve(request: HTTPRequest): void {
  const ignore = () => undefined;
  const url = new URL(request.url());
  const served = fixtureSiteOf(url);
  if (!served) return void request.abort('blockedbyclient').catch(ignore);
  const dist = join(SITES_DIR, served.site, 'dist');
  const path = url.pathname.slice(served.base.length) || '/';
  const file = normalize(join(dist, decodeURIComponent(path)));
  const isAsset = file.startsWith(dist + sep) && existsSync(file) && statSync(file).isFile();
  const body = readFileSync(isAsset ? file : join(dist, 'index.html'));
  const contentType = TYPES[extname(isAsset ? file : 'index.html')] ?? 'application/octet-stream';
  void request.respond({ status: 200, contentType, body }).catch(ignore);
}

export interface FirefoxHarness {
  browser: Browser;
  /** A new tab on a fixture site at its real URL, once `ready` (a selector) is there. */
  sitePage(url: string, ready: string): Promise<Page>;
  /** A new tab on one of the extension's own pages (options.html…), once it has loaded. */
  extensionPage(path: string): Promise<Page>;
  /**
   * Whether the install opened the welcome page (src/background/first-run.ts: Firefox
   * refuses the managed-storage read without a policy, so the install is not a managed one);
   * it was closed, so that the tests start with only their own tabs.
   */
  welcomeOpened: boolean;
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

export async function launchFirefox(): Promise<FirefoxHarness> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxExecutablePath() ?? fail(NO_FIREFOX),
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
    },
  });
  await browser.installExtension(EXTENSION_DIR);
  const welcome = await extensionTab(browser, 'welcome.html', 10_000);
  await welcome?.close();
  return {
    browser,
    welcomeOpened: welcome !== null,
    async sitePage(url, ready) {
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', serve);
      await page.goto(url);
      await page.waitForSelector(ready);
      return page;
    },
    async extensionPage(path) {
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
    },
    close: () => browser.close(),
  };
}

function fail(message: string): never {
  throw new Error(message);
}

if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
  throw new Error(`${EXTENSION_DIR}/manifest.json is missing: run npm run build first`);
}
