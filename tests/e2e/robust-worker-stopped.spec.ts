// Issue 7: Chromium stops an MV3 service worker whenever it likes. Stopped through the
// DevTools protocol in the middle of a session (rules imported, an X page open, text typed),
// the next send is still held by the guard: the content script decides from its own copy of
// the rules and never waits for the worker. The stop is verified three ways: the protocol
// reports the worker's version as "stopped", the worker's target is gone, and the worker that
// runs afterwards is a fresh instance (a mark left in the old one's globals is gone).
// Playwright itself keeps the same Worker object in context.serviceWorkers() across a stop
// (it stays attached to the worker's DevTools host), so that list proves nothing here.
import type { BrowserContext, CDPSession, Page, Worker } from '@playwright/test';
import { expect, test } from './fixtures';
import { importRules } from './rules';
import {
  CORPORATE,
  expectSentExactly,
  guardDialog,
  indicatorOf,
  kingsfordRules,
  openComposer,
  postAsButton,
  sentPosts,
} from './x-helpers';
import { clickWhenArmed } from './release';

type RunningStatus = 'stopped' | 'starting' | 'running' | 'stopping';

interface WorkerWatch {
  /** Every running status the protocol reported for the extension's worker, in order. */
  statuses: RunningStatus[];
  /** Stops the worker (Target.closeTarget) and waits until the protocol says it is stopped. */
  stop(): Promise<void>;
  /** Whether the worker shows among the browser's targets (a stopped worker does not). */
  listed(): Promise<boolean>;
}

/** The running status of the extension's worker, watched from `page`'s DevTools session. */
async function watchWorker(
  context: BrowserContext,
  page: Page,
  extensionId: string,
): Promise<WorkerWatch> {
  const origin = `chrome-extension://${extensionId}/`;
  const cdp: CDPSession = await context.newCDPSession(page);
  const statuses: RunningStatus[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions) {
      if (v.scriptURL.startsWith(origin)) statuses.push(v.runningStatus as RunningStatus);
    }
  });
  await cdp.send('ServiceWorker.enable');
  const workerTargets = async () =>
    (await cdp.send('Target.getTargets')).targetInfos.filter(
      (t) => t.type === 'service_worker' && t.url.startsWith(origin),
    );
  await expect.poll(() => statuses.at(-1), { message: 'the worker runs at first' }).toBe('running');
  return {
    statuses,
    async stop() {
      const targets = await workerTargets();
      expect(targets).toHaveLength(1);
      await cdp.send('Target.closeTarget', { targetId: targets[0]!.targetId });
      await expect.poll(() => statuses.at(-1), { message: 'the worker stops' }).toBe('stopped');
      await expect.poll(async () => (await workerTargets()).length).toBe(0);
    },
    listed: async () => (await workerTargets()).length > 0,
  };
}

function extensionWorker(context: BrowserContext): Worker {
  const found = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  if (!found) throw new Error('the extension has no service worker');
  return found;
}

const MARK = 'postguardRobustMark';

/** Leaves a mark in the running worker's globals; a restarted worker does not have it. */
function markWorker(worker: Worker) {
  return worker.evaluate((key) => {
    (globalThis as Record<string, unknown>)[key] = 'set before the stop';
  }, MARK);
}

function readMark(worker: Worker) {
  return worker.evaluate((key) => (globalThis as Record<string, unknown>)[key] ?? null, MARK);
}

// Stopping the worker through the protocol leaves Playwright's view of it unreliable for a
// later test: each test here has a browser of its own.
test.use({ freshBrowser: true });

test.beforeEach(async ({ context, extensionId }) => {
  await importRules(context, extensionId, kingsfordRules());
});

test('a corporate post sent while the worker is stopped is held for "Post as", then goes once', async ({
  context,
  extensionId,
  xPage,
}) => {
  const composer = await openComposer(xPage, 'home', { active: CORPORATE });
  const { page } = composer;
  await expect(indicatorOf(composer)).toHaveText(`Posting as @${CORPORATE} · corporate`);

  // The session is live: a first post is held, and cancelled.
  await composer.write(['Bin collections move to Tuesday.']);
  await composer.send('button');
  await expect(guardDialog(page)).toBeVisible();
  await guardDialog(page).getByRole('button', { name: 'Cancel' }).click();
  await expect(guardDialog(page)).toBeHidden();

  const watch = await watchWorker(context, page, extensionId);
  const worker = extensionWorker(context);
  await markWorker(worker);
  await watch.stop();
  expect(await watch.listed()).toBe(false);

  // The next send, with the worker down at the moment the button is pressed.
  expect(watch.statuses.at(-1)).toBe('stopped');
  await composer.send('button');
  await expect(guardDialog(page)).toBeVisible();
  await expect(guardDialog(page)).toContainText(`@${CORPORATE}`);
  expect(await sentPosts(page)).toEqual([]);

  await clickWhenArmed(postAsButton(page));
  await expectSentExactly(composer, [
    { ...composer.record(['Bin collections move to Tuesday.'], CORPORATE), via: 'click' },
  ]);

  // The worker came back (the guard's report woke it) as a new instance: it had really stopped.
  await expect.poll(() => watch.statuses.at(-1)).toBe('running');
  expect(await readMark(worker)).toBeNull();
});

test('a banned term sent with Ctrl+Enter while the worker is stopped is blocked; nothing is sent', async ({
  context,
  extensionId,
  xPage,
}) => {
  const composer = await openComposer(xPage, 'home', { active: CORPORATE });
  const { page } = composer;
  await expect(indicatorOf(composer)).toHaveText(`Posting as @${CORPORATE} · corporate`);
  await composer.write(['stick a bomb under the lot of them']);

  const watch = await watchWorker(context, page, extensionId);
  const worker = extensionWorker(context);
  await markWorker(worker);
  await watch.stop();

  expect(watch.statuses.at(-1)).toBe('stopped');
  await composer.send('ctrl');
  const dialog = guardDialog(page);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: /^Post as/ })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(await sentPosts(page)).toEqual([]);
  await expect(composer.editor()).toContainText('stick a bomb under the lot');

  await expect.poll(() => watch.statuses.at(-1)).toBe('running');
  expect(await readMark(worker)).toBeNull();
});
