// Playwright fixtures: a Chromium with the built extension (dist/chrome) loaded, and the
// guarded sites served from local fixture apps AT THEIR REAL URLS (so the content scripts
// inject as on the real sites). Every other request is aborted: no test touches the network.
//
// Every test also checks, once its browser has closed, that Postguard made no network request
// of its own (issue 7): every request the context saw is attributed to the extension's service
// worker, one of its pages, or a web page (a fixture site, with the content script running in
// it), and only the extension loading its own files and the fixture sites loading theirs are
// allowed. Playwright reports the service worker's requests too (request.serviceWorker()).
// What the worker does in its very first start, before the context exists to be listened to,
// is not seen here: robust-worker-stopped.spec.ts stops it and watches it start again.
import {
  test as base,
  expect,
  type BrowserContext,
  type Page,
  type Request,
} from '@playwright/test';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SentPost } from '../fixtures/sites/x/sent';
import {
  EXTENSION_DIR,
  FIXTURE_HOSTS,
  extensionIdOf,
  launchChromium,
  serveFixtureSites,
} from './browser';

export type { SentPost };
export { expect };

export { EXTENSION_DIR, FIXTURE_HOSTS } from './browser';

/** The editable of the first post of a compose box: X puts the test id on it (docs/sites/x.md). */
export const X_EDITOR = '[contenteditable="true"][data-testid="tweetTextarea_0"]';

/** Who made a request, as far as the browser tells. */
export type RequestSource =
  /** A service worker: the extension's background (or a site's own worker). */
  | 'service-worker'
  /** A chrome-extension:// page: options, popup, incident guide. */
  | 'extension-page'
  /** A web page: a fixture site, or the content script running in it. */
  | 'page';

export interface ObservedRequest {
  url: string;
  source: RequestSource;
  /** The URL of the worker or frame that made it ('' for a new tab's first navigation). */
  from: string;
  /** A top-level or frame navigation (a document), rather than a fetch or a subresource. */
  navigation: boolean;
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
  harness: Harness;
  requests: string[];
  extensionId: string;
  openOptions: (page?: Page) => Promise<Page>;
  /** New tab at https://x.com<path>?<query>, waiting for the draft-js editor. */
  xPage: (query?: string | Record<string, string>, path?: string) => Promise<Page>;
  sent: (page: Page) => Promise<SentPost[]>;
}

const SITES_DIR = fileURLToPath(new URL('../fixtures/sites', import.meta.url));

/** The id Chromium gives the unpacked build: from the manifest's `key`, as Chromium derives it. */
function builtExtensionId(): string | null {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
    key?: string;
  };
  if (!manifest.key) return null;
  const hex = createHash('sha256').update(Buffer.from(manifest.key, 'base64')).digest('hex');
  return [...hex.slice(0, 32)].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

function observe(request: Request): ObservedRequest {
  const url = request.url();
  const navigation = request.isNavigationRequest();
  const worker = request.serviceWorker();
  if (worker) return { url, source: 'service-worker', from: worker.url(), navigation };
  let from = '';
  try {
    from = request.frame().url();
  } catch {
    // A request with no frame and no worker: counted as a page's, from nowhere known.
  }
  const source = from.startsWith('chrome-extension://') ? 'extension-page' : 'page';
  return { url, source, from, navigation };
}

/** A file that `dir` holds at the URL path `pathname` (no escaping the folder). */
function holdsFile(dir: string, pathname: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return false; // not a path any file has
  }
  const file = normalize(join(dir, decoded));
  return file.startsWith(dir + sep) && existsSync(file) && statSync(file).isFile();
}

/**
 * What in `observed` should not have happened, one line each: the extension may only load
 * its own files (chrome-extension://<its id>/<a file of the build>); web pages may only load
 * the fixture sites' documents and files. A request of the content script's goes out as its
 * page's, so a fetch to a fixture host that is neither a navigation nor a file of that site
 * (an API call, a beacon) is refused too.
 */
export function unexpectedRequests(
  observed: readonly ObservedRequest[],
  extensionId: string | null,
  savedPageResources: ReadonlySet<string> = new Set(),
): string[] {
  const origin = extensionId === null ? null : `chrome-extension://${extensionId}`;
  const problems: string[] = [];
  for (const r of observed) {
    const who = `${r.source}${r.from ? ` ${r.from}` : ''}`;
    let url: URL;
    try {
      url = new URL(r.url);
    } catch {
      problems.push(`${who} requested an unreadable URL ${r.url}`);
      continue;
    }
    if (url.protocol === 'data:' || url.protocol === 'blob:') continue; // never leaves the browser
    // (URL#origin is "null" for chrome-extension: URLs in Node.)
    if (origin !== null && `${url.protocol}//${url.host}` === origin) {
      if (!holdsFile(EXTENSION_DIR, url.pathname)) {
        problems.push(`${who} requested ${r.url}, which is not a file of the extension`);
      }
      continue;
    }
    if (r.source !== 'page') {
      problems.push(`${who} (the extension) made a network request: ${r.url}`);
      continue;
    }
    if (savedPageResources.has(r.url)) continue; // named by a saved page's own markup
    const site = url.protocol === 'https:' ? FIXTURE_HOSTS[url.hostname] : undefined;
    if (!site) {
      problems.push(`${who} requested ${r.url}, which is not a fixture site`);
    } else if (!r.navigation && !holdsFile(join(SITES_DIR, site, 'dist'), url.pathname)) {
      problems.push(`${who} requested ${r.url}, which the fixture site does not serve`);
    }
  }
  return problems;
}

export const test = base.extend<PostguardFixtures>({
  withExtension: [true, { option: true }],

  harness: async ({ withExtension }, use) => {
    const { context, profile } = await launchChromium({ withExtension });
    const requests: string[] = [];
    const observed: ObservedRequest[] = [];
    const savedPageResources = new Set<string>();
    context.on('request', (request) => {
      requests.push(request.url());
      observed.push(observe(request));
    });
    await serveFixtureSites(context);
    let extensionId = withExtension ? builtExtensionId() : null;
    try {
      await use({ context, requests, observed, savedPageResources });
    } finally {
      // A build without a `key` gets its id from its worker, as extensionIdOf does.
      if (withExtension && extensionId === null) {
        const worker = context
          .serviceWorkers()
          .find((w) => w.url().startsWith('chrome-extension:'));
        extensionId = worker ? new URL(worker.url()).host : null;
      }
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
    // After the close, so that nothing the browser did before it went away is missed.
    const unexpected = unexpectedRequests(observed, extensionId, savedPageResources);
    expect(unexpected, 'requests other than the fixture sites and the extension itself').toEqual(
      [],
    );
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
