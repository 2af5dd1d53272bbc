// Answers a Firefox tab's request from the fixture sites at their real URLs (as
// tests/e2e/browser.ts does for Chromium), or refuses it: nothing a tab asks for reaches the
// network.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HTTPRequest } from 'puppeteer-core';
import { fixtureSiteOf } from '../e2e/browser';

const SITES_DIR = fileURLToPath(new URL('../fixtures/sites', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export function serveFixtureSite(request: HTTPRequest): void {
  const ignore = () => undefined;
  const url = new URL(request.url());
  const served = fixtureSiteOf(url);
  if (!served) return void request.abort('blockedbyclient').catch(ignore);
  const dist = join(SITES_DIR, served.site, 'dist');
  const path = url.pathname.slice(served.base.length) || '/';
  const file = normalize(join(dist, decodeURIComponent(path)));
  const isAsset = file.startsWith(dist + sep) && existsSync(file) && statSync(file).isFile();
  const body = readFileSync(isAsset ? file : join(dist, 'index.html'));
  const contentType = TYPES[extname(isAsset ? file : 'index.html')] ?? 'application/octet-stream';
  void request.respond({ status: 200, contentType, body }).catch(ignore);
}
