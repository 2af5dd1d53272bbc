// Issue 7: Postguard asks for exactly the permissions it needs, and no more: `storage`
// (the rules, the backup copy and the audit log, and the managed-policy schema), and host
// access to the sites it guards, which is also what lets the popup read the active tab's
// address without the `tabs` permission. Mastodon runs on any server: the build asks for
// `scripting` (to run its script on the servers allowed) and any https host as an
// OPTIONAL permission, granted server by server from a person's click, or listed by an
// organisation's build. Checked on manifest.json and on what the build
// writes for Chrome and Firefox (scripts/lib/manifest.mjs, called directly with the
// registry's hosts as vite.config.ts calls it: unit tests run before the build).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifestFor } from '../../scripts/lib/manifest.mjs';
import { adapterFor } from '../../src/content/sites';
import { hostMatchPatterns, siteScripts } from '../../src/core/platforms';

interface Manifest {
  [key: string]: unknown;
  permissions?: string[];
  host_permissions?: string[];
  content_scripts?: { matches: string[]; all_frames?: boolean; js: string[] }[];
  storage?: { managed_schema?: string };
}

const source = JSON.parse(readFileSync('manifest.json', 'utf8')) as Manifest;
/** The sites Postguard guards (the platform registry), and nothing else. */
const GUARDED = hostMatchPatterns();
const built = {
  chrome: manifestFor(source, 'chrome', siteScripts()) as Manifest,
  firefox: manifestFor(source, 'firefox', siteScripts()) as Manifest,
};

// Each extension API namespace the code calls, and the permission it needs (null: none).
// `tabs` needs none for query/get/getCurrent/sendMessage/create; a tab's URL is visible
// only on hosts Postguard may access, which is all the popup needs.
const API_PERMISSION: Record<string, string | null> = {
  action: null,
  i18n: null,
  runtime: null,
  tabs: null,
  // Asking for an optional host (a Mastodon server) needs no permission of its own.
  permissions: null,
  storage: 'storage',
  alarms: 'alarms',
  contextMenus: 'contextMenus',
  cookies: 'cookies',
  declarativeNetRequest: 'declarativeNetRequest',
  downloads: 'downloads',
  history: 'history',
  identity: 'identity',
  management: 'management',
  notifications: 'notifications',
  offscreen: 'offscreen',
  scripting: 'scripting',
  sidePanel: 'sidePanel',
  webNavigation: 'webNavigation',
  webRequest: 'webRequest',
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mjs|js)$/.test(name) ? [path] : [];
  });
}

/** Every `browser.<namespace>` / `chrome.<namespace>` the shipped code uses. */
function apiNamespaces(): Map<string, string[]> {
  const used = new Map<string, string[]>();
  for (const file of sourceFiles('src')) {
    const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    for (const [, name] of code.matchAll(/\b(?:browser|chrome)\.([a-z][A-Za-z]*)\b/g)) {
      used.set(name!, [...(used.get(name!) ?? []), file]);
    }
  }
  return used;
}

describe('manifest permissions', () => {
  it('are exactly what the code uses: storage, and scripting for the servers', () => {
    const used = apiNamespaces();
    expect(used.size, 'the scan found no extension API use at all').toBeGreaterThan(0);
    const unknown = [...used.keys()].filter((name) => !(name in API_PERMISSION));
    expect(unknown, 'an API this test does not know: add it to API_PERMISSION').toEqual([]);
    const needed = [...new Set([...used.keys()].map((name) => API_PERMISSION[name]))]
      .filter((p): p is string => typeof p === 'string')
      .sort();
    expect(needed).toEqual(['scripting', 'storage']);
    // manifest.json asks for storage; the build adds scripting for the any-server site.
    expect(source.permissions).toEqual(['storage']);
    for (const manifest of Object.values(built)) {
      expect([...manifest.permissions!].sort()).toEqual(needed);
    }
  });

  it('host access is the guarded sites, the same list the content script runs on', () => {
    // Exact hosts over https: no wildcard host, scheme or subdomain widens access.
    for (const pattern of GUARDED) expect(pattern).toMatch(/^https:\/\/[a-z0-9.-]+\/\*$/);
    expect(new Set(GUARDED).size).toBe(GUARDED.length);
    // manifest.json lists none itself: the build writes the registry's.
    expect(source.host_permissions).toEqual([]);
    expect(source.content_scripts).toHaveLength(1);
    expect(source.content_scripts![0]!.matches).toEqual([]);
    expect(source.content_scripts![0]!.js).toEqual([]);
    expect(source.content_scripts![0]!.all_frames).toBe(false);
    for (const manifest of Object.values(built)) {
      expect(manifest.host_permissions).toEqual(GUARDED);
      expect(manifest.content_scripts!.flatMap((script) => script.matches)).toEqual(GUARDED);
    }
    // Each host has a site adapter; without one the content script would do nothing there.
    for (const pattern of GUARDED) {
      const host = new URL(pattern.replace('/*', '/')).hostname;
      expect(adapterFor(host), host).not.toBeNull();
    }
  });

  it('asks for nothing else that widens access', () => {
    for (const key of [
      'optional_permissions',
      'optional_host_permissions',
      'web_accessible_resources',
      'externally_connectable',
      'content_security_policy',
      'update_url',
      'declarative_net_request',
      'chrome_url_overrides',
      'devtools_page',
      'sandbox',
    ]) {
      expect(source, key).not.toHaveProperty(key);
    }
    // The managed-policy schema is what `storage` is for besides storage.local.
    expect(source.storage).toEqual({ managed_schema: 'managed-schema.json' });
  });

  it.each(Object.entries(built))(
    'the %s build asks for the fixed sites, and any other server only as optional',
    (browser, manifest) => {
      expect(manifest.permissions).toEqual(['storage', 'scripting']);
      expect(manifest.host_permissions).toEqual(GUARDED);
      expect(manifest.optional_host_permissions).toEqual(['https://*/*']);
      // One script per fixed site, on that site's hosts only, each the template's settings;
      // Mastodon's is registered by the worker where a server is granted.
      expect(manifest.content_scripts).toEqual(
        siteScripts()
          .filter((site) => !site.anyServer)
          .map(({ platform, matches }) => ({
            ...source.content_scripts![0],
            matches,
            js: [`content-${platform}.js`],
          })),
      );
      const widening = Object.keys(manifest).filter((key) =>
        /permission|accessible|connectable|security_policy/.test(key),
      );
      expect(widening.sort(), browser).toEqual([
        'host_permissions',
        'optional_host_permissions',
        'permissions',
      ]);
    },
  );

  it("an organisation's build grants its Mastodon servers at install, and nothing else", () => {
    const servers = ['social.kingsford.gov.uk', 'mastodon.social'];
    const manifest = manifestFor(source, 'chrome', siteScripts(), servers) as Manifest;
    expect(manifest.host_permissions).toEqual([
      ...GUARDED,
      'https://social.kingsford.gov.uk/*',
      'https://mastodon.social/*',
    ]);
    expect(manifest.content_scripts).toEqual(built.chrome.content_scripts);
    // A typo in the build's list is an error, not a manifest the browser refuses later.
    for (const bad of ['https://mastodon.social', '*.example.org', 'Mastodon Social', '']) {
      expect(() => manifestFor(source, 'chrome', siteScripts(), [bad]), bad).toThrow(/host/);
    }
  });

  it('Firefox: declares that it collects no data, and has a fixed id', () => {
    const gecko = (built.firefox.browser_specific_settings as { gecko: Record<string, unknown> })
      .gecko;
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(gecko.id).toBe('postguard@postguard.example');
    expect(built.chrome).not.toHaveProperty('browser_specific_settings');
  });
});
