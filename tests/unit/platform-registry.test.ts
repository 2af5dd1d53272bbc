// The platform registry (src/core/platforms.ts) against everything a site needs
// besides its entry, in both directions: each platform has its adapter, fixture
// site, e2e test driver, docs page, strings and manifest hosts, and each site
// folder, fixture, docs page, name string and manifest host belongs to a
// platform. Adding a site is one registry entry, its folder under
// src/content/sites/ and its strings; this test says what else is missing.
// The manifest is checked as the build writes it (scripts/lib/manifest.mjs,
// called as vite.config.ts calls it), without needing dist/.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifestFor } from '../../scripts/lib/manifest.mjs';
import { FIXTURE_PATHS } from '../fixtures/sites/paths.mjs';
import { ADAPTERS, adapterFor } from '../../src/content/sites';
import {
  FORMAT_ENGLISH,
  PLATFORMS,
  platformInfo,
  siteScripts,
  platformOfHost,
  type Platform,
} from '../../src/core/platforms';

// Vitest runs from the repository root.
const SITES_DIR = 'src/content/sites';
const FIXTURES_DIR = 'tests/fixtures/sites';
const DOCS_DIR = 'docs/sites';
/** Where a platform's e2e site driver is (tests/drive/drivers/site-driver.ts). */
const e2eDriver = (id: string) => `tests/drive/drivers/${id}.ts`;
/** Sentences that name every guarded site, in prose: a new site must be named in them too. */
const NAMING_EVERY_SITE = ['popup_not_guarded', 'popup_no_tab', 'incident_field_account_hint'];

interface Message {
  message?: string;
  description?: string;
}
interface Manifest {
  permissions: string[];
  optional_host_permissions?: string[];
  host_permissions: string[];
  content_scripts: { matches: string[]; js: string[] }[];
}

const messages = JSON.parse(readFileSync('src/_locales/en/messages.json', 'utf8')) as Record<
  string,
  Message
>;
const source = JSON.parse(readFileSync('manifest.json', 'utf8')) as Manifest;
const manifests = (['chrome', 'firefox'] as const).map(
  (browser) => [browser, manifestFor(source, browser, siteScripts()) as Manifest] as const,
);

const dirs = (path: string) =>
  readdirSync(path, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
const filesUnder = (path: string): string[] =>
  readdirSync(path, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(path, entry.name)) : [join(path, entry.name)],
  );
const known = (id: string) => (PLATFORMS as readonly string[]).includes(id);

/** Every messages.json key the entry names, by what it is for. */
function keysOf(platform: Platform): Record<string, string> {
  const info = platformInfo(platform);
  return {
    nameKey: info.nameKey,
    valueKey: info.valueKey,
    ...(info.format ? { 'format.problemKey': info.format.problemKey } : {}),
    ...(info.searchWhyKey ? { searchWhyKey: info.searchWhyKey } : {}),
  };
}

describe.each(PLATFORMS)('platform %s', (id) => {
  const info = platformInfo(id);

  it('has an id fit for folder names and hosts of its own (exact names, no wildcard)', () => {
    expect(id).toMatch(/^[a-z][a-z0-9-]*$/);
    // Hosts of its own, or (on any server) none and a way to find a handle's server.
    expect(info.hosts.length > 0, 'fixed hosts, or none and serverOf').toBe(!info.serverOf);
    for (const host of info.hosts) {
      expect(host).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
      expect(platformOfHost(host), `${host} is claimed by another platform`).toBe(id);
    }
  });

  it(`has an adapter in ${SITES_DIR}/${id}/, the one its hosts get`, () => {
    expect(existsSync(`${SITES_DIR}/${id}/index.ts`), `${SITES_DIR}/${id}/index.ts`).toBe(true);
    expect(ADAPTERS[id]?.platform).toBe(id);
    for (const host of info.hosts) expect(adapterFor(host), host).toBe(ADAPTERS[id]);
  });

  it(`has a fixture site in ${FIXTURES_DIR}/${id}/`, () => {
    const page = `${FIXTURES_DIR}/${id}/index.html`;
    expect(existsSync(page), page).toBe(true);
  });

  it(`has an e2e test driver, ${e2eDriver(id)}`, () => {
    expect(existsSync(e2eDriver(id)), e2eDriver(id)).toBe(true);
  });

  it(`has a docs page, ${DOCS_DIR}/${id}.md, naming each of its hosts`, () => {
    const page = `${DOCS_DIR}/${id}.md`;
    expect(existsSync(page), page).toBe(true);
    const text = readFileSync(page, 'utf8');
    for (const host of info.hosts) expect(text, `${page} names ${host}`).toContain(host);
  });

  it('has its strings in the en messages.json, described for translators', () => {
    for (const [field, key] of Object.entries(keysOf(id))) {
      const entry = messages[key];
      expect(entry?.message, `${field}: ${key}`).toBeTypeOf('string');
      expect(entry?.description?.length ?? 0, `${key}: description`).toBeGreaterThan(10);
    }
    // Core names the site by its brand where no translation is at hand: the same name.
    expect(messages[info.nameKey]?.message).toBe(info.brand);
    // A handle format has its English (FORMAT_ENGLISH) exactly as messages.json says it.
    expect(FORMAT_ENGLISH[id] !== undefined, 'FORMAT_ENGLISH entry').toBe(!!info.format);
    if (info.format) {
      expect(messages[info.format.problemKey]?.message).toBe(FORMAT_ENGLISH[id]?.problem);
    }
    for (const key of NAMING_EVERY_SITE) {
      expect(messages[key]?.message, `${key} names ${info.brand}`).toContain(info.brand);
    }
  });

  it.each(manifests)('has its hosts in the %s manifest the build writes', (_browser, manifest) => {
    for (const host of info.hosts) {
      const pattern = `https://${host}/*`;
      expect(manifest.host_permissions).toContain(pattern);
    }
    // Its own content script, on its hosts and no other's: a page loads its site's code only.
    // On any server, none in the manifest: the worker registers it where a server is granted,
    // which needs an optional host permission for any server and `scripting`.
    const own = manifest.content_scripts.filter((s) => s.js.includes(`content-${id}.js`));
    if (info.serverOf) {
      expect(own).toEqual([]);
      expect(manifest.optional_host_permissions).toEqual(['https://*/*']);
      expect(manifest.permissions).toContain('scripting');
      return;
    }
    expect(own.map((s) => s.matches)).toEqual([info.hosts.map((host) => `https://${host}/*`)]);
  });
});

describe('nothing of a site without its registry entry', () => {
  it(`no site folder in ${SITES_DIR}/ that is not a platform`, () => {
    expect(dirs(SITES_DIR).filter((name) => !known(name))).toEqual([]);
    expect(Object.keys(ADAPTERS).sort()).toEqual([...PLATFORMS].sort());
  });

  it(`no fixture site in ${FIXTURES_DIR}/ that is not a platform`, () => {
    // …or another client of one, served under a path of its host: <platform>-<client>.
    const client = (name: string) =>
      FIXTURE_PATHS.some(
        (p) => p.folder === name && known(p.platform) && name.startsWith(`${p.platform}-`),
      );
    expect(dirs(FIXTURES_DIR).filter((name) => !known(name) && !client(name))).toEqual([]);
  });

  it('no e2e site driver that is not a platform', () => {
    const shared = ['index.ts', 'site-driver.ts'];
    const drivers = readdirSync(dirname(e2eDriver('x'))).filter((name) => !shared.includes(name));
    expect(drivers.filter((name) => !known(name.replace(/\.ts$/u, '')))).toEqual([]);
  });

  it(`no docs page in ${DOCS_DIR}/ that is not a platform`, () => {
    const pages = readdirSync(DOCS_DIR).filter((name) => name.endsWith('.md'));
    expect(pages.filter((name) => !known(name.slice(0, -'.md'.length)))).toEqual([]);
  });

  it('no site name or rule-file value string that is not a platform', () => {
    const named = new Set(PLATFORMS.flatMap((p) => Object.values(keysOf(p))));
    const siteKeys = Object.keys(messages).filter((key) => /^(popup|editor)_platform_/.test(key));
    expect(siteKeys.filter((key) => !named.has(key))).toEqual([]);
  });

  it.each(manifests)('no host in the %s manifest that is not a platform', (_browser, manifest) => {
    const patterns = [
      ...manifest.host_permissions,
      ...manifest.content_scripts.flatMap((s) => s.matches),
    ];
    const stray = patterns.filter((pattern) => {
      const host = /^https:\/\/([^/]+)\/\*$/.exec(pattern)?.[1];
      return !host || platformOfHost(host) === null;
    });
    expect(stray).toEqual([]);
  });
});

describe('a site is a folder that needs nothing of the browser', () => {
  it(`${SITES_DIR}/ imports only from itself and src/core (no extension API, UI or strings)`, () => {
    const outside = filesUnder(SITES_DIR).flatMap((file) => {
      const code = readFileSync(file, 'utf8');
      const specifiers = [
        ...code.matchAll(/^\s*(?:import|export)\b[^'"]*?\bfrom\s+['"]([^'"]+)['"]/gm),
        ...code.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm),
        ...code.matchAll(/\bimport\(\s*['"]([^'"]+)['"]/g),
      ];
      return specifiers
        .map((m) => m[1] ?? '')
        .filter((spec) => {
          if (!spec.startsWith('.')) return true; // a package: webextension-polyfill, preact…
          const target = relative('src', join(dirname(file), spec));
          return !target.startsWith('content/sites/') && !target.startsWith('core/');
        })
        .map((spec) => `${file}: ${spec}`);
    });
    expect(outside).toEqual([]);
  });
});
