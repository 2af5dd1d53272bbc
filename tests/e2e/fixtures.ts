// Playwright fixtures: a Chromium with the built extension (dist/chrome) loaded, and the
// guarded sites served from local fixture apps AT THEIR REAL URLS (so the content scripts
// inject as on the real sites). Every other request is aborted: no test touches the network.
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { rmSync } from 'node:fs';
import type { SentPost } from '../fixtures/sites/x/sent';
import { extensionIdOf, launchChromium, serveFixtureSites } from './browser';

export type { SentPost };
export { expect };

export { EXTENSION_DIR, FIXTURE_HOSTS } from './browser';

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

export const test = base.extend<PostguardFixtures>({
  withExtension: [true, { option: true }],

  harness: async ({ withExtension }, use) => {
    const { context, profile } = await launchChromium({ withExtension });
    const requests: string[] = [];
    context.on('request', (request) => requests.push(request.url()));
    await serveFixtureSites(context);
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
    await use(await extensionIdOf(context));
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
