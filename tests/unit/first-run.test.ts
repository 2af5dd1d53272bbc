// The first run, in the worker with the fake browser: the welcome page opens on an install,
// once, never on an update, and not when the organisation's policy has put rules in managed
// storage. The real browser's side (Chromium's slow first read of managed storage, a
// machine-wide policy) is in tests/e2e/first-run.spec.ts and managed-policy.spec.ts.
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '../fakes/browser';
import { readFirstRun, welcomeOnInstall } from '../../src/background/first-run';
import { FIRST_RUN_KEY } from '../../src/shared/storage-keys';

const WELCOME = 'chrome-extension://test-extension-id/welcome.html';
const NOW = new Date('2026-11-20T10:00:00.000Z');
const LATER = new Date('2026-11-21T10:00:00.000Z');

describe('the welcome page on install', () => {
  it('opens once on an install, and the install is remembered', async () => {
    expect(await welcomeOnInstall('install', NOW)).toBe('opened');
    expect(fakeBrowser.tabs.opened).toEqual([WELCOME]);
    expect(fakeBrowser.storage.local.data()[FIRST_RUN_KEY]).toEqual({
      welcome: 'opened',
      at: NOW.toISOString(),
    });
    // Installed again over data that survived (Firefox keeps a temporary add-on's storage).
    expect(await welcomeOnInstall('install', LATER)).toBe('seen-before');
    expect(fakeBrowser.tabs.opened).toEqual([WELCOME]);
  });

  it('does not open on an update of Postguard or of the browser, even the first one', async () => {
    expect(await welcomeOnInstall('update', NOW)).toBe('not-an-install');
    expect(await welcomeOnInstall('chrome_update', NOW)).toBe('not-an-install');
    expect(fakeBrowser.tabs.opened).toEqual([]);
  });

  it('does not open when the organisation’s policy set rules, even rules it refuses', async () => {
    for (const rules of [{ format: 'postguard-rules', version: 1, accounts: [] }, 'garbage{']) {
      fakeBrowser.storage.local.reset();
      fakeBrowser.storage.managed.reset({ rules });
      expect(await welcomeOnInstall('install', NOW)).toBe('managed');
      expect(fakeBrowser.storage.local.data()[FIRST_RUN_KEY]).toMatchObject({
        welcome: 'managed',
      });
    }
    expect(fakeBrowser.tabs.opened).toEqual([]);
  });

  it('opens when managed storage cannot be read (Firefox with no managed policy)', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValueOnce(
      new Error('Managed storage manifest not found'),
    );
    expect(await welcomeOnInstall('install', NOW)).toBe('opened');
    expect(fakeBrowser.tabs.opened).toEqual([WELCOME]);
  });

  it('opens, and throws nothing, when storage refuses to remember it or no tab can open', async () => {
    fakeBrowser.storage.local.setQuota(1);
    expect(await welcomeOnInstall('install', NOW)).toBe('opened');
    expect(fakeBrowser.tabs.opened).toEqual([WELCOME]);
    expect(fakeBrowser.storage.local.data()[FIRST_RUN_KEY]).toBeUndefined();

    fakeBrowser.storage.local.reset();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(fakeBrowser.tabs, 'create').mockRejectedValueOnce(new Error('No current window'));
    expect(await welcomeOnInstall('install', NOW)).toBe('opened');
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });

  it('takes a damaged record as none', () => {
    for (const garbage of [null, 'opened', {}, { welcome: 'opened' }, { welcome: 'yes', at: 1 }]) {
      expect(readFirstRun(garbage)).toBeNull();
    }
    expect(readFirstRun({ welcome: 'managed', at: NOW.toISOString() })).toEqual({
      welcome: 'managed',
      at: NOW.toISOString(),
    });
  });
});
