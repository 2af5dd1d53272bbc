// The no-network check (issue 7): every request a browser saw during a test is attributed
// to the extension's service worker, one of its pages, or a web page (a fixture site, with the
// content script running in it), and only the extension loading its own files and the
// fixture sites loading theirs are allowed. Playwright reports the service worker's
// requests too (request.serviceWorker()).
import type { Request } from '@playwright/test';
import { existsSync, statSync } from 'node:fs';
import { join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXTENSION_DIR, fixtureSiteOf } from './browser';

const SITES_DIR = fileURLToPath(new URL('../fixtures/sites', import.meta.url));

/** Who made a request, as far as the browser tells. */
export type RequestSource =
  /** A service worker: the extension's background (or a site's own worker). */
  | 'service-worker'
  /** A chrome-extension:// page: options, popup, incident guide. */
  | 'extension-page'
  /** A web page: a fixture site, or the content script running in it. */
  | 'page';

export interface ObservedRequest {
  url: string;
  source: RequestSource;
  /** The URL of the worker or frame that made it ('' for a new tab's first navigation). */
  from: string;
  /** A top-level or frame navigation (a document), rather than a fetch or a subresource. */
  navigation: boolean;
}

export function observe(request: Request): ObservedRequest {
  const url = request.url();
  const navigation = request.isNavigationRequest();
  const worker = request.serviceWorker();
  if (worker) return { url, source: 'service-worker', from: worker.url(), navigation };
  let from = '';
  try {
    from = request.frame().url();
  } catch {
    // A request with no frame and no worker: counted as a page's, from nowhere known.
  }
  const source = from.startsWith('chrome-extension://') ? 'extension-page' : 'page';
  return { url, source, from, navigation };
}

/** A file that `dir` holds at the URL path `pathname` (no escaping the folder). */
function holdsFile(dir: string, pathname: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return false; // not a path any file has
  }
  const file = normalize(join(dir, decoded));
  return file.startsWith(dir + sep) && existsSync(file) && statSync(file).isFile();
}

/**
 * What in `observed` should not have happened, one line each: the extension may only load
 * its own files (chrome-extension://<its id>/<a file of the build>); web pages may only load
 * the fixture sites' documents and files. A request of the content script's goes out as its
 * page's, so a fetch to a fixture host that is neither a navigation nor a file of that site
 * (an API call, a beacon) is refused too.
 */
export function unexpectedRequests(
  observed: readonly ObservedRequest[],
  extensionId: string | null,
  savedPageResources: ReadonlySet<string> = new Set(),
): string[] {
  const origin = extensionId === null ? null : `chrome-extension://${extensionId}`;
  const problems: string[] = [];
  for (const r of observed) {
    const who = `${r.source}${r.from ? ` ${r.from}` : ''}`;
    let url: URL;
    try {
      url = new URL(r.url);
    } catch {
      problems.push(`${who} requested an unreadable URL ${r.url}`);
      continue;
    }
    if (url.protocol === 'data:' || url.protocol === 'blob:') continue; // never leaves the browser
    // (URL#origin is "null" for chrome-extension: URLs in Node.)
    if (origin !== null && `${url.protocol}//${url.host}` === origin) {
      if (!holdsFile(EXTENSION_DIR, url.pathname)) {
        problems.push(`${who} requested ${r.url}, which is not a file of the extension`);
      }
      continue;
    }
    if (r.source !== 'page') {
      problems.push(`${who} (the extension) made a network request: ${r.url}`);
      continue;
    }
    if (savedPageResources.has(r.url)) continue; // named by a saved page's own markup
    const served = fixtureSiteOf(url);
    if (!served) {
      problems.push(`${who} requested ${r.url}, which is not a fixture site`);
    } else if (
      !r.navigation &&
      !holdsFile(join(SITES_DIR, served.site, 'dist'), url.pathname.slice(served.base.length))
    ) {
      problems.push(`${who} requested ${r.url}, which the fixture site does not serve`);
    }
  }
  return problems;
}
