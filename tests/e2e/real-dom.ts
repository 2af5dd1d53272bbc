// Serving a page saved from a live site (tests/real-dom/snapshots.ts) at its real URL, with
// none of the site's scripts: the <script> elements are taken out and the page's policy
// forbids any script (the extension's content script still runs, as it does on the site).
// What the saved page itself loads (its images, fonts, icons) is answered empty, and only
// that: those URLs are added to what the harness's no-network check allows
// (fixtures.ts, Harness.savedPageResources).
import { readFileSync } from 'node:fs';
import type { BrowserContext } from '@playwright/test';
import { snapshotPath, type RealDomSnapshot } from '../real-dom/snapshots';

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };
const decode = (text: string) =>
  text.replace(/&(amp|quot|apos|lt|gt|#39);/g, (_, name: string) => ENTITIES[name] ?? "'");

/** Every URL the markup names (src, href, srcset, url(…)), resolved against the page's URL. */
export function namedUrls(html: string, base: string): Set<string> {
  const raw: string[] = [];
  for (const m of html.matchAll(/\s(?:src|href)="([^"]*)"/g)) raw.push(m[1]!);
  for (const m of html.matchAll(/\ssrcset="([^"]*)"/g))
    raw.push(...m[1]!.split(',').map((part) => part.trim().split(/\s+/)[0]!));
  for (const m of decode(html).matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) raw.push(m[1]!);
  const urls = new Set<string>();
  for (const value of raw) {
    try {
      const url = new URL(decode(value), base);
      if (url.protocol === 'https:' || url.protocol === 'http:') urls.add(url.href);
    } catch {
      // not a URL (an anchor, a template): nothing a browser would fetch
    }
  }
  return urls;
}

/** The saved page as served: no script element, nothing that preloads one. */
export function withoutScripts(html: string): string {
  return html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '')
    .replace(/<link\b[^>]*\bas="script"[^>]*>/gi, '');
}

/**
 * Serves `snapshot` at its URL in `context` (after the fixture sites, so it takes
 * precedence); what its markup names is answered empty and added to `allowed`.
 */
export async function serveSnapshot(
  context: BrowserContext,
  snapshot: RealDomSnapshot,
  allowed: Set<string>,
): Promise<void> {
  const html = withoutScripts(readFileSync(snapshotPath(snapshot), 'utf8'));
  const named = namedUrls(html, snapshot.url);
  named.delete(snapshot.url);
  named.forEach((url) => allowed.add(url));
  await context.route(
    (url) => named.has(url.href),
    (route) => route.fulfill({ status: 200, body: '' }),
  );
  await context.route(snapshot.url, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      headers: { 'content-security-policy': "script-src 'none'" },
      body: html,
    }),
  );
}
