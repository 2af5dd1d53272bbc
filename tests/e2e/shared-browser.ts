// One Chromium with the extension per Playwright worker, reset before each test so that a
// test sees what a fresh browser would show it: no tab of an earlier test, no route or
// permission it added, and the extension's storage empty, as just installed. A fresh browser
// per test costs its start and, above all, Chromium's first read of the extension's managed
// storage, 2 to 5 seconds (measured: the first rule import in a new browser). Tests that need
// a browser's very first start (managed policy, a stopped worker, no extension at all, a
// script added to every page) ask for `freshBrowser`.
import type { BrowserContext, Worker } from '@playwright/test';
import { rmSync } from 'node:fs';
import { launchChromium, serveFixtureSites } from './browser';
import { observe, type ObservedRequest } from './request-check';

declare const chrome: {
  storage: { local: { clear(): Promise<void> }; session: { clear(): Promise<void> } };
};

const isExtensionWorker = (w: Worker) => w.url().startsWith('chrome-extension://');

export interface SharedBrowser {
  context: BrowserContext;
  /** Where the context's requests go: a new list for each test. */
  sink: { requests: string[]; observed: ObservedRequest[] };
  /** How many of the sink's requests a test has checked already. */
  checked: number;
  close(): Promise<void>;
}

export async function launchShared(): Promise<SharedBrowser> {
  const { context, profile } = await launchChromium();
  const shared: SharedBrowser = {
    context,
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
  await runningWorker(context);
  return shared;
}

/** The extension's running service worker (waits for it to start). */
async function runningWorker(context: BrowserContext): Promise<Worker> {
  return (
    context.serviceWorkers().find(isExtensionWorker) ??
    (await context.waitForEvent('serviceworker', { predicate: isExtensionWorker, timeout: 10_000 }))
  );
}

/** Closes every tab: their requests end before the test's no-network check reads them. */
export async function closePages(context: BrowserContext): Promise<void> {
  await Promise.all(context.pages().map((page) => page.close().catch(() => undefined)));
}

/**
 * Back to a just-installed extension in a browser with no tab: the extension's storage
 * cleared, the fixture sites served again with no route, cookie or permission a test added.
 * Starts a new request list. The worker keeps running: what it holds in memory is keyed by
 * tab (the badge, each tab's limits) or by a post's content (its size), and tabs are never
 * reused, except the note of a write storage refused, which only a test that fills storage
 * leaves (those tests have a browser of their own). Neither a reload nor a stop is used:
 * a reload makes Chromium read the extension's managed storage afresh, seconds on its first
 * read, and Playwright loses a worker that DevTools stopped and started.
 */
export async function resetShared(shared: SharedBrowser): Promise<void> {
  const { context } = shared;
  await closePages(context);
  const worker = await runningWorker(context);
  await worker.evaluate(async () => {
    // What a closing tab sent last (a held send given up) is handled before storage goes.
    await new Promise((settle) => setTimeout(settle, 50));
    await chrome.storage.local.clear();
    await chrome.storage.session.clear();
  });
  await context.unrouteAll({ behavior: 'ignoreErrors' });
  await serveFixtureSites(context);
  await context.clearCookies();
  await context.clearPermissions();
  shared.sink = { requests: [], observed: [] };
  shared.checked = 0;
}
