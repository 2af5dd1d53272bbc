// The first run in Chromium (src/background/first-run.ts): a new install opens the welcome
// page, once, with the three ways in; the same browser started again opens nothing. A
// managed install opens nothing either: that needs machine-wide policy, so it is in
// managed-policy.spec.ts, which runs alone.
//
// These tests start and restart browsers of their own (one profile, two starts), as the
// shared browser of the fixtures is installed once for many tests.
import { test, expect, type BrowserContext } from '@playwright/test';
import { rmSync } from 'node:fs';
import { launchChromium, serveFixtureSites } from './browser';
import { FIRST_RUN_KEY } from '../../src/shared/storage-keys';
import { firstRunDecision, isWelcomePage, welcomePageOf } from './welcome-page';

declare const chrome: {
  storage: {
    local: { get(key: string): Promise<Record<string, unknown>> };
    managed: { get(key: string): Promise<Record<string, unknown>> };
  };
};

function worker(context: BrowserContext) {
  const found = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  if (found) return Promise.resolve(found);
  return context.waitForEvent('serviceworker', {
    predicate: (w) => w.url().startsWith('chrome-extension://'),
  });
}

async function firstRunRecord(context: BrowserContext): Promise<unknown> {
  return (await worker(context)).evaluate(
    async (key) => (await chrome.storage.local.get(key))[key],
    FIRST_RUN_KEY,
  );
}

/**
 * Waits until Chromium answers managed storage (it does once it has read policy, seconds
 * after start): an install would have opened the welcome page by about then.
 */
async function policyRead(context: BrowserContext): Promise<void> {
  await (await worker(context)).evaluate(() => chrome.storage.managed.get('rules'));
}

test('a new install opens the welcome page once, with the three ways in; a restart opens nothing', async () => {
  test.setTimeout(60_000);
  const first = await launchChromium({ welcomePage: 'keep' });
  const { profile } = first;
  try {
    await serveFixtureSites(first.context);
    expect(await firstRunDecision(first.context)).toBe('opened');
    const welcome = await welcomePageOf(first.context);
    await expect(welcome).toHaveTitle('Welcome to Postguard');
    await expect(welcome.getByRole('heading', { level: 1 })).toHaveText('Welcome to Postguard');
    await expect(welcome.getByTestId('rules-now')).toHaveText(
      'No rules are set yet: Postguard cannot tell your work accounts from your personal ones.',
    );
    const ways = welcome.getByRole('navigation', { name: 'Three ways to start' }).getByRole('link');
    await expect(ways).toHaveText([
      'Import my organisation’s rule file',
      'Set up my own accounts',
      'My organisation manages this',
    ]);
    // Each way is a section of the page, reached from its link.
    for (const name of ['Import my organisation’s rule file', 'My organisation manages this']) {
      await ways.filter({ hasText: name }).click();
      await expect(welcome.getByRole('heading', { level: 2, name })).toBeFocused();
    }
    await policyRead(first.context);
    expect(first.context.pages().filter(isWelcomePage)).toHaveLength(1);
    const record = await firstRunRecord(first.context);
    expect(record).toEqual({ welcome: 'opened', at: expect.any(String) });
    await first.context.close();

    // The same profile started again (a browser restart): no install, no welcome page.
    const again = await launchChromium({ welcomePage: 'keep', profile });
    try {
      await policyRead(again.context);
      // A moment more for a page that opens late (the worker's first start after a restart).
      await new Promise((settle) => setTimeout(settle, 1_000));
      expect(again.context.pages().filter(isWelcomePage)).toEqual([]);
      expect(await firstRunRecord(again.context)).toEqual(record);
    } finally {
      await again.context.close();
    }
  } finally {
    await first.context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
