// Playwright fixtures: a Chromium with the built extension (dist/chrome) loaded, and the
// guarded sites served from local fixture apps AT THEIR REAL URLS (so the content scripts
// inject as on the real sites). Every other request is aborted: no test touches the network.
import { test as base, chromium, expect, type BrowserContext, type Page } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SentPost } from '../fixtures/sites/x/sent';
import { chromiumExecutablePath } from './chromium-path';

export type { SentPost };
export { expect };

/** The unpacked Chrome build; POSTGUARD_EXTENSION_DIR overrides it (e.g. a packaged build). */
export const EXTENSION_DIR =
  process.env.POSTGUARD_EXTENSION_DIR ||
  fileURLToPath(new URL('../../dist/chrome', import.meta.url));
const SITES_DIR = fileURLToPath(new URL('../fixtures/sites', import.meta.url));

/** Host → fixture site folder (tests/fixtures/sites/<name>/dist). */
export const FIXTURE_HOSTS: Record<string, string> = {
  'x.com': 'x',
  'twitter.com': 'x',
  'www.facebook.com': 'facebook',
  'www.linkedin.com': 'linkedin',
};

/** The editable of the first post of a compose box (testid on a wrapper, or on it: ?testid=editor). */
export const X_EDITOR =
  '[data-testid="tweetTextarea_0"] .public-DraftEditor-content, .public-DraftEditor-content[data-testid="tweetTextarea_0"]';

export interface Harness {
  context: BrowserContext;
  /** Every request URL the context saw (pages, frames and service workers), in order. */
  requests: string[];
}

export interface PostguardFixtures {
  /** Load dist/chrome into the browser (default true). The fixture-site smoke test turns it off. */
  withExtension: boolean;
  harness: Harness;
  requests: string[];
  extensionId: string;
  openOptions: (page?: Page) => Promise<Page>;
  /** New tab at https://x.com<path>?<query>, waiting for the draft-js editor. */
  xPage: (query?: string | Record<string, string>, path?: string) => Promise<Page>;
  sent: (page: Page) => Promise<SentPost[]>;
}

/** Serves https://<fixture host>/… from the site's dist: a file if it exists, else index.html. */
async function serveFixture(context: BrowserContext): Promise<void> {
  await context.route(
    (url) => url.protocol !== 'chrome-extension:',
    async (route) => {
      const url = new URL(route.request().url());
      const site = url.protocol === 'https:' ? FIXTURE_HOSTS[url.hostname] : undefined;
      if (!site) return route.abort('blockedbyclient');
      const dist = join(SITES_DIR, site, 'dist');
      if (!existsSync(join(dist, 'index.html'))) {
        return route.fulfill({
          status: 500,
          contentType: 'text/plain',
          body: `fixture site "${site}" is not built (tests/fixtures/build-sites.mjs)`,
        });
      }
      const file = normalize(join(dist, decodeURIComponent(url.pathname)));
      const isAsset = file.startsWith(dist + sep) && existsSync(file) && statSync(file).isFile();
      if (isAsset) return route.fulfill({ path: file });
      if (extname(url.pathname) && url.pathname !== '/index.html') {
        return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' });
      }
      return route.fulfill({ path: join(dist, 'index.html') });
    },
  );
}

export const test = base.extend<PostguardFixtures>({
  withExtension: [true, { option: true }],

  harness: async ({ withExtension }, use) => {
    const profile = mkdtempSync(join(tmpdir(), 'postguard-e2e-'));
    const extensionArgs = withExtension
      ? [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`]
      : [];
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumExecutablePath(),
      headless: true,
      args: [
        ...extensionArgs,
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    const requests: string[] = [];
    context.on('request', (request) => requests.push(request.url()));
    await serveFixture(context);
    try {
      await use({ context, requests });
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  },

  context: async ({ harness }, use) => {
    await use(harness.context);
  },

  requests: async ({ harness }, use) => {
    await use(harness.requests);
  },

  extensionId: async ({ context, withExtension }, use) => {
    if (!withExtension) throw new Error('extensionId needs withExtension: true');
    const worker =
      context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
      (await context.waitForEvent('serviceworker', {
        predicate: (w) => w.url().startsWith('chrome-extension://'),
        timeout: 10_000,
      }));
    await use(new URL(worker.url()).host);
  },

  openOptions: async ({ context, extensionId }, use) => {
    await use(async (page) => {
      const tab = page ?? (await context.newPage());
      await tab.goto(`chrome-extension://${extensionId}/options.html`);
      return tab;
    });
  },

  xPage: async ({ context }, use) => {
    await use(async (query, path = '/home') => {
      const search = new URLSearchParams(query ?? '').toString();
      const page = await context.newPage();
      await page.goto(`https://x.com${path}${search ? `?${search}` : ''}`);
      await page.locator(X_EDITOR).first().waitFor();
      return page;
    });
  },

  // eslint-disable-next-line no-empty-pattern
  sent: async ({}, use) => {
    await use((page) =>
      page.evaluate(() => (window as unknown as { __sent?: SentPost[] }).__sent ?? []),
    );
  },
});
