// One Chromium with the extension per Playwright worker (and one without, for the fixture
// sites' own checks), reset before each test so that a test sees what a fresh browser would
// show it: no tab of an earlier test, no route or permission it added, and the extension's
// storage empty, as just installed. A fresh browser per test costs its start and, above all,
// Chromium's first read of the extension's managed storage, 2 to 5 seconds (measured: the
// first rule import in a new browser). Tests that need a browser's very first start (managed
// policy, a stopped worker, a script added to every page) ask for `freshBrowser`. Each new
// browser with the extension is a new install: launchChromium closes the welcome page that
// opens (welcome-page.ts) before any test starts.
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { rmSync } from 'node:fs';
import { launchChromium, ORGANISATION_EXTENSION_DIR, serveFixtureSites } from './browser';
import { observe, type ObservedRequest } from './request-check';

declare const chrome: {
  storage: { local: { clear(): Promise<void> }; session: { clear(): Promise<void> } };
};

const isExtensionWorker = (w: Worker) => w.url().startsWith('chrome-extension://');

export interface SharedBrowser {
  context: BrowserContext;
  /** Whether the browser has the extension (the fixture sites' own checks run without). */
  withExtension: boolean;
  /**
   * A blank tab kept open between tests, so the browser keeps its window. Closing a
   * browser's last tab closes its window, and every page opened after that comes with a
   * window of its own: measured here, a page then took 0.6 instead of 0.4 s to open and the
   * browser kept a fifth of a core busy with the page idle.
   */
  holder: Page;
  /** Where the context's requests go: a new list for each test. */
  sink: { requests: string[]; observed: ObservedRequest[] };
  /** How many of the sink's requests a test has checked already. */
  checked: number;
  close(): Promise<void>;
}

/** Which browser: the extension as built, an organisation's build of it, or none. */
export type BrowserKind = 'extension' | 'organisation' | 'plain';

export async function launchShared(kind: BrowserKind = 'extension'): Promise<SharedBrowser> {
  const withExtension = kind !== 'plain';
  const { context, profile } = await launchChromium({
    withExtension,
    ...(kind === 'organisation' ? { extensionDir: ORGANISATION_EXTENSION_DIR } : {}),
  });
  const shared: SharedBrowser = {
    context,
    withExtension,
    holder: context.pages()[0] ?? (await context.newPage()),
    sink: { requests: [], observed: [] },
    checked: 0,
    async close() {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
  context.on('request', (request) => {
    shared.sink.requests.push(request.url());
    shared.sink.observed.push(observe(request));
  });
  await serveFixtureSites(context);
  if (withExtension) await runningWorker(context);
  return shared;
}

/** The extension's running service worker (waits for it to start). */
async function runningWorker(context: BrowserContext): Promise<Worker> {
  return (
    context.serviceWorkers().find(isExtensionWorker) ??
    (await context.waitForEvent('serviceworker', { predicate: isExtensionWorker, timeout: 10_000 }))
  );
}

/**
 * Closes every tab a test opened (their requests end before the test's no-network check
 * reads them), keeping the blank holder tab (opened again if a test closed it).
 */
export async function closePages(shared: SharedBrowser): Promise<void> {
  const { context } = shared;
  if (shared.holder.isClosed()) shared.holder = await context.newPage();
  const opened = context.pages().filter((page) => page !== shared.holder);
  await Promise.all(opened.map((page) => page.close().catch(() => undefined)));
}

/**
 * Back to a just-installed extension in a browser with only its blank tab: the extension's
 * storage cleared, the fixture sites served again with no route, cookie or permission a test
 * added. Starts a new request list. The worker keeps running: what it holds in memory is
 * keyed by tab (the badge, each tab's limits) or by a post's content (its size), and tabs are
 * never reused (the blank tab never shows a site), except the note of a write storage refused,
 * which only a test that fills storage leaves (those tests have a browser of their own).
 * Neither a reload nor a stop is used: a reload makes Chromium read the extension's managed
 * storage afresh, seconds on its first read, and Playwright loses a worker that DevTools
 * stopped and started.
 */
export async function resetShared(shared: SharedBrowser): Promise<void> {
  const { context } = shared;
  await closePages(shared);
  if (shared.withExtension) await clearExtensionStorage(context);
  await context.unrouteAll({ behavior: 'ignoreErrors' });
  await serveFixtureSites(context);
  await context.clearCookies();
  await context.clearPermissions();
  shared.sink = { requests: [], observed: [] };
  shared.checked = 0;
}

async function clearExtensionStorage(context: BrowserContext): Promise<void> {
  const worker = await runningWorker(context);
  await worker.evaluate(async () => {
    // What a closing tab sent last (a held send given up) is handled before storage goes.
    await new Promise((settle) => setTimeout(settle, 50));
    await chrome.storage.local.clear();
    await chrome.storage.session.clear();
  });
}
