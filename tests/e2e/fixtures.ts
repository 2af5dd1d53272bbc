// Playwright fixtures: a Chromium with the built extension (dist/chrome) loaded, and the
// guarded sites served from local fixture apps AT THEIR REAL URLS (so the content scripts
// inject as on the real sites). Every other request is aborted: no test touches the network.
// Each worker shares a browser between its tests, reset before each (shared-browser.ts; one
// more, without the extension, for the fixture sites' own checks);
// a test that needs a browser's first start asks for `freshBrowser`.
//
// Every test also checks, once its tabs (or its own browser) have closed, that Postguard made
// no network request of its own (request-check.ts, issue 7). What the worker does in its very
// first start, before the context exists to be listened to, is not seen here:
// robust-worker-stopped.spec.ts stops it and watches it start again.
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { SentPost } from '../fixtures/sites/x/sent';
import {
  EXTENSION_DIR,
  extensionIdOf,
  launchChromium,
  ORGANISATION_EXTENSION_DIR,
  serveFixtureSites,
} from './browser';
import { observe, unexpectedRequests, type ObservedRequest } from './request-check';
import {
  closePages,
  launchShared,
  resetShared,
  type BrowserKind,
  type SharedBrowser,
} from './shared-browser';

export type { SentPost };
export { expect };

export { EXTENSION_DIR, FIXTURE_HOSTS } from './browser';

/** The editable of the first post of a compose box: X puts the test id on it (docs/sites/x.md). */
export const X_EDITOR = '[contenteditable="true"][data-testid="tweetTextarea_0"]';

/** https://x.com<path>?<query>, waiting for the draft-js editor: in `tab`, or a new tab. */
export async function openX(
  context: BrowserContext,
  query?: string | Record<string, string>,
  path = '/home',
  tab?: Page,
): Promise<Page> {
  const search = new URLSearchParams(query ?? '').toString();
  const page = tab ?? (await context.newPage());
  await page.goto(`https://x.com${path}${search ? `?${search}` : ''}`);
  await page.locator(X_EDITOR).first().waitFor();
  return page;
}

export interface Harness {
  context: BrowserContext;
  /** Every request URL the context saw (pages, frames and service workers), in order. */
  requests: string[];
  /** The same requests, each with who made it. */
  observed: ObservedRequest[];
  /**
   * What pages saved from the live sites name in their markup (images, fonts), answered
   * empty (real-dom.ts): the no-network check allows a web page to request these too.
   */
  savedPageResources: Set<string>;
}

export interface PostguardFixtures {
  /** Load dist/chrome into the browser (default true). The fixture-site smoke test turns it off. */
  withExtension: boolean;
  /**
   * Load the organisation's build (Mastodon's test servers granted at install,
   * ORGANISATION_SERVERS) instead of dist/chrome.
   */
  organisationBuild: boolean;
  /**
   * A browser of its own with a new profile, for what only a browser's first start shows
   * (managed policy, the worker's first run). Otherwise the worker's shared browser, reset.
   */
  freshBrowser: boolean;
  /**
   * With `freshBrowser`: the welcome page the extension opens on install is closed before the
   * test (default), or kept for the test to look at (the first-run tests).
   */
  welcomePage: 'close' | 'keep';
  harness: Harness;
  requests: string[];
  extensionId: string;
  openOptions: (page?: Page) => Promise<Page>;
  /**
   * https://x.com<path>?<query>, waiting for the draft-js editor: in a new tab, or in `tab`
   * (a new document in the same tab: what a test that runs several cells in turn uses).
   */
  xPage: (query?: string | Record<string, string>, path?: string, tab?: Page) => Promise<Page>;
  sent: (page: Page) => Promise<SentPost[]>;
}

/**
 * The worker's shared browsers: with the extension, with an organisation's build of it
 * (Mastodon servers granted at install), and without (the fixture sites' own checks).
 */
type SharedBrowserSlot = Record<BrowserKind, SharedBrowser | null>;

/**
 * The worker's shared browser, reset for this test; launched again if the reset fails (a
 * browser that crashed or hung in an earlier test is not reused).
 */
async function sharedReady(slot: SharedBrowserSlot, kind: BrowserKind): Promise<SharedBrowser> {
  const current = slot[kind];
  if (current) {
    checkLateRequests(current);
    try {
      await resetShared(current);
      return current;
    } catch {
      await current.close();
    }
  }
  return (slot[kind] = await launchShared(kind));
}

/**
 * The extension's id in a browser: from the build's key, else (a build without a `key`) from
 * its running worker, as extensionIdOf does; none without the extension.
 */
function extensionIdIn(context: BrowserContext, withExtension: boolean): string | null {
  if (!withExtension) return null;
  const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension:'));
  return builtExtensionId() ?? (worker ? new URL(worker.url()).host : null);
}

/**
 * What the shared browser requested after the last test's check (its worker, a closing tab):
 * checked before the next test, or when the worker ends, so that no request goes unchecked.
 */
function checkLateRequests(shared: SharedBrowser): void {
  const late = shared.sink.observed.slice(shared.checked);
  shared.checked = shared.sink.observed.length;
  checkRequests(late, extensionIdIn(shared.context, shared.withExtension), new Set());
}

function checkRequests(
  observed: readonly ObservedRequest[],
  extensionId: string | null,
  savedPageResources: ReadonlySet<string>,
): void {
  const unexpected = unexpectedRequests(observed, extensionId, savedPageResources);
  expect(unexpected, 'requests other than the fixture sites and the extension itself').toEqual([]);
}

/** The id Chromium gives the unpacked build: from the manifest's `key`, as Chromium derives it. */
function builtExtensionId(): string | null {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
    key?: string;
  };
  if (!manifest.key) return null;
  const hex = createHash('sha256').update(Buffer.from(manifest.key, 'base64')).digest('hex');
  return [...hex.slice(0, 32)].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

export const test = base.extend<PostguardFixtures, { sharedBrowser: SharedBrowserSlot }>({
  withExtension: [true, { option: true }],
  freshBrowser: [false, { option: true }],
  welcomePage: ['close', { option: true }],
  organisationBuild: [false, { option: true }],

  // Launched on a worker's first test that shares it; closed when the worker ends.
  sharedBrowser: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const slot: SharedBrowserSlot = { extension: null, organisation: null, plain: null };
      await use(slot);
      for (const shared of Object.values(slot)) {
        if (!shared) continue;
        try {
          checkLateRequests(shared);
        } finally {
          await shared.close();
        }
      }
    },
    { scope: 'worker' },
  ],

  harness: async (
    { withExtension, freshBrowser, welcomePage, organisationBuild, sharedBrowser },
    use,
  ) => {
    const kind: BrowserKind = !withExtension
      ? 'plain'
      : organisationBuild
        ? 'organisation'
        : 'extension';
    if (!freshBrowser) {
      const shared = await sharedReady(sharedBrowser, kind);
      const harness = {
        context: shared.context,
        savedPageResources: new Set<string>(),
        ...shared.sink,
      };
      await use(harness);
      await closePages(shared);
      shared.checked = harness.observed.length;
      checkRequests(
        harness.observed,
        extensionIdIn(shared.context, shared.withExtension),
        harness.savedPageResources,
      );
      return;
    }
    const { context, profile } = await launchChromium({
      withExtension,
      welcomePage,
      ...(kind === 'organisation' ? { extensionDir: ORGANISATION_EXTENSION_DIR } : {}),
    });
    const requests: string[] = [];
    const observed: ObservedRequest[] = [];
    const savedPageResources = new Set<string>();
    context.on('request', (request) => {
      requests.push(request.url());
      observed.push(observe(request));
    });
    await serveFixtureSites(context);
    let extensionId: string | null;
    try {
      await use({ context, requests, observed, savedPageResources });
    } finally {
      extensionId = extensionIdIn(context, withExtension); // read while the worker still runs
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
    // After the close, so that nothing the browser did before it went away is missed.
    checkRequests(observed, extensionId, savedPageResources);
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
    await use((query, path, tab) => openX(context, query, path, tab));
  },

  // eslint-disable-next-line no-empty-pattern
  sent: async ({}, use) => {
    await use((page) =>
      page.evaluate(() => (window as unknown as { __sent?: SentPost[] }).__sent ?? []),
    );
  },
});
