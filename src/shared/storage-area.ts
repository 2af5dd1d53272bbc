// The only module that touches browser.storage. Like uBlock Origin Lite's
// storage helpers, nothing here throws: a failing browser API (quota, an
// extension context invalidated by an update, a missing managed area on
// Firefox without policies) becomes an empty read or a failed write result.
import browser from 'webextension-polyfill';

export type AreaName = 'local' | 'managed';

export async function readArea(area: AreaName, keys: string[]): Promise<Record<string, unknown>> {
  try {
    const got: unknown = await browser.storage[area].get(keys);
    return got && typeof got === 'object' ? (got as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

export type WriteResult = { ok: true } | { ok: false; error: string };

export async function writeLocal(items: Record<string, unknown>): Promise<WriteResult> {
  try {
    await browser.storage.local.set(items);
    return { ok: true };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

export async function removeLocal(keys: string[]): Promise<WriteResult> {
  try {
    await browser.storage.local.remove(keys);
    return { ok: true };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

export type StorageChanges = Record<string, { newValue?: unknown; oldValue?: unknown }>;

/** Subscribes to storage changes; returns the function that removes the listener. */
export function onStorageChange(listener: (changes: StorageChanges, area: string) => void) {
  const wrapped = (changes: StorageChanges, area: string) => listener(changes, area);
  try {
    browser.storage.onChanged.addListener(wrapped);
  } catch {
    return () => {};
  }
  return () => {
    try {
      browser.storage.onChanged.removeListener(wrapped);
    } catch {
      // The extension context is gone; nothing left to remove.
    }
  };
}
