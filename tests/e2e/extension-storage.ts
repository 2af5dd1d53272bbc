// Reading and writing the extension's local storage from its service worker, for tests that
// check what Postguard stored (the audit log) or seed it (a full log).
import type { BrowserContext, Worker } from '@playwright/test';

declare const chrome: {
  storage: {
    local: {
      get(key: string): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      remove(keys: string | string[]): Promise<void>;
    };
  };
};

export function extensionWorker(context: BrowserContext): Worker {
  const found = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  if (!found) throw new Error('the extension has no service worker');
  return found;
}

export function readStored(context: BrowserContext, key: string): Promise<unknown> {
  return extensionWorker(context).evaluate(
    async (name) => (await chrome.storage.local.get(name))[name],
    key,
  );
}

export function writeStored(context: BrowserContext, items: Record<string, unknown>) {
  return extensionWorker(context).evaluate((values) => chrome.storage.local.set(values), items);
}

export function removeStored(context: BrowserContext, key: string) {
  return extensionWorker(context).evaluate((name) => chrome.storage.local.remove(name), key);
}

export interface StoredAudit {
  entries: Record<string, unknown>[];
  dropped: number;
  /** Each post once, by key; an entry refers to its post by `postId` (docs/audit-log.md). */
  posts?: Record<string, string>;
}

/**
 * The audit log's entries as its readers see them (each with its post, not a reference to
 * it), without their times, pages and tabs (those vary from run to run).
 */
export async function auditEntries(context: BrowserContext): Promise<Record<string, unknown>[]> {
  const audit = (await readStored(context, 'audit')) as StoredAudit | undefined;
  const posts = audit?.posts ?? {};
  return (audit?.entries ?? []).map(({ at: _at, page: _page, tab: _tab, postId, ...rest }) => {
    const post = typeof postId === 'string' ? posts[postId] : undefined;
    return post === undefined ? rest : { ...rest, post };
  });
}
