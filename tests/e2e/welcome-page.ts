// The first run in a real browser (src/background/first-run.ts): on install the worker
// decides, once, whether to open the welcome page (not when managed policy has set rules),
// remembers that in storage.local (`firstRun`), then opens the page. Chromium answers the
// managed-storage read behind that decision about 3 s after a new profile starts.
//
// Every browser the tests launch with the extension is a new install, so each would show
// the welcome page: launchChromium waits for the decision and closes the page (unless a
// test keeps it), so that a test starts with only the tabs it opens itself, and no tab
// opens later in its middle.
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { FIRST_RUN_KEY } from '../../src/shared/storage-keys';
import { WELCOME_PAGE } from '../../src/shared/welcome';

declare const chrome: {
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
};

/** What the worker recorded: `opened` the welcome page, or not for a `managed` install. */
export type FirstRunDecision = 'opened' | 'managed';

const isExtensionWorker = (w: Worker) => w.url().startsWith('chrome-extension://');
export const isWelcomePage = (page: Page) =>
  page.url().startsWith('chrome-extension://') &&
  new URL(page.url()).pathname === `/${WELCOME_PAGE}`;

async function extensionWorker(context: BrowserContext): Promise<Worker> {
  return (
    context.serviceWorkers().find(isExtensionWorker) ??
    (await context.waitForEvent('serviceworker', { predicate: isExtensionWorker, timeout: 10_000 }))
  );
}

/** Waits for the worker's first-run decision, as it stored it. */
export async function firstRunDecision(
  context: BrowserContext,
  timeout = 20_000,
): Promise<FirstRunDecision> {
  const worker = await extensionWorker(context);
  const deadline = Date.now() + timeout;
  for (;;) {
    const stored = await worker.evaluate(
      async (key) => (await chrome.storage.local.get(key))[key],
      FIRST_RUN_KEY,
    );
    const welcome = (stored as { welcome?: unknown } | undefined)?.welcome;
    if (welcome === 'opened' || welcome === 'managed') return welcome;
    if (Date.now() > deadline) {
      throw new Error(`the extension recorded no first run within ${timeout} ms`);
    }
    await new Promise((settle) => setTimeout(settle, 100));
  }
}

/** The welcome page the worker opened (it opens right after recording its decision). */
export async function welcomePageOf(context: BrowserContext): Promise<Page> {
  return (
    context.pages().find(isWelcomePage) ??
    (await context.waitForEvent('page', { predicate: isWelcomePage, timeout: 10_000 }))
  );
}

/** Waits for the first run and closes the welcome page it opened, if it opened one. */
export async function closeWelcomePage(context: BrowserContext): Promise<void> {
  if ((await firstRunDecision(context)) !== 'opened') return;
  const page = await welcomePageOf(context);
  // Closed once it has loaded: closed while loading, the extension's next page sometimes
  // never rendered (seen once in two fresh browsers).
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.close();
}
