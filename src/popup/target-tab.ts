// Which tab the popup describes. Opened from the toolbar button, it is the
// active tab of the window the person was in. The popup page can also be
// opened as a tab of its own (chrome-extension://<id>/popup.html): browser
// tests do this, because no automation can click a toolbar button, and then
// the active tab is the popup itself. Only in that case does `?tab=<id>` name
// the tab to describe. It is safe: popup.html is not web-accessible, so only
// the extension itself (or a person typing the address) can open it.
import browser, { type Tabs } from 'webextension-polyfill';

export type TargetTab =
  | { kind: 'tab'; id: number; url: string | undefined }
  /** The popup is a tab itself and no other tab was named. */
  | { kind: 'none' };

/** The `?tab=` number, when it is a tab id. */
export function tabParam(search: string): number | null {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null || !/^\d{1,10}$/u.test(raw)) return null;
  return Number(raw);
}

export async function findTargetTab(search = location.search): Promise<TargetTab> {
  const current: Tabs.Tab | undefined = await browser.tabs.getCurrent().catch(() => undefined);
  if (current) {
    const named = tabParam(search);
    if (named !== null && named !== current.id) {
      const tab = await browser.tabs.get(named).catch(() => null);
      if (tab?.id !== undefined) return { kind: 'tab', id: tab.id, url: tab.url };
    }
  }
  const [active] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  if (!active || active.id === undefined || active.id === current?.id) return { kind: 'none' };
  return { kind: 'tab', id: active.id, url: active.url };
}

/**
 * Whether the content script runs on `url`, by the manifest's own match
 * patterns (`https://x.com/*` …). Without the `tabs` permission a tab's URL is
 * only known on the sites Postguard has host permissions for, which are these.
 */
export function isGuardedUrl(url: string | undefined, patterns: readonly string[]): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return patterns.some((pattern) => {
    const match = /^(\*|https?):\/\/([^/]+)\//u.exec(pattern);
    if (!match) return false;
    const [, scheme, host] = match as unknown as [string, string, string];
    const schemeOk =
      scheme === '*'
        ? ['http:', 'https:'].includes(parsed.protocol)
        : parsed.protocol === `${scheme}:`;
    if (!schemeOk) return false;
    if (host === '*') return true;
    if (host.startsWith('*.')) {
      const base = host.slice(2);
      return parsed.hostname === base || parsed.hostname.endsWith(`.${base}`);
    }
    return parsed.hostname === host;
  });
}

/**
 * The content scripts' match patterns: the manifest's, and those the worker registered for
 * the Mastodon servers allowed so far (background/server-scripts.ts).
 */
export async function guardedPatterns(): Promise<string[]> {
  const fixed = (browser.runtime.getManifest().content_scripts ?? []).flatMap(
    (s) => s.matches ?? [],
  );
  const registered = await Promise.resolve(browser.scripting?.getRegisteredContentScripts())
    .then((scripts) => (scripts ?? []).flatMap((s) => s.matches ?? []))
    .catch(() => []);
  return [...fixed, ...registered];
}
