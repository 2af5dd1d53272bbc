// Launching Chromium with the built extension, and serving the fixture sites
// at the real sites' URLs. Shared by the e2e fixtures and `npm run demo`.
import { chromium, type BrowserContext } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumExecutablePath, NO_CHROMIUM } from '../support/chromium';
import { PLATFORMS, platformInfo } from '../../src/core/platforms';
import { FIXTURE_PATHS, FIXTURE_SERVERS } from '../fixtures/sites/paths.mjs';
import { closeWelcomePage } from './welcome-page';

const failNoChromium = (): never => {
  throw new Error(NO_CHROMIUM);
};

/** The unpacked Chrome build; POSTGUARD_EXTENSION_DIR overrides it (e.g. a packaged build). */
export const EXTENSION_DIR =
  process.env.POSTGUARD_EXTENSION_DIR ||
  fileURLToPath(new URL('../../dist/chrome', import.meta.url));
const SITES_DIR = fileURLToPath(new URL('../fixtures/sites', import.meta.url));

/**
 * The Mastodon servers an organisation's build of Postguard grants at install, as an admin
 * makes one (docs/admin/README.md#mastodon-servers): the council's own server and the
 * public one its staff use. The third test server (hachyderm.io) is left out: there,
 * only a person's click grants Postguard its pages.
 */
export const ORGANISATION_SERVERS = ['social.kingsford.gov.uk', 'mastodon.social'];
/** That build (tests/e2e/global-setup.ts writes it), for Chrome. */
export const ORGANISATION_EXTENSION_DIR = fileURLToPath(
  new URL('../../dist/organisation/chrome', import.meta.url),
);

/**
 * Host → fixture site folder (tests/fixtures/sites/<platform>/dist): every host the platform
 * registry gives a platform serves that platform's fixture site, and each test server of a
 * platform on any server (FIXTURE_SERVERS) serves its folder.
 */
export const FIXTURE_HOSTS: Record<string, string> = Object.fromEntries([
  ...PLATFORMS.flatMap((platform) => platformInfo(platform).hosts.map((host) => [host, platform])),
  ...FIXTURE_SERVERS.flatMap(({ folder, hosts }) => hosts.map((host) => [host, folder])),
]);

export async function launchChromium(
  options: {
    withExtension?: boolean;
    headless?: boolean;
    extensionDir?: string;
    /** Added to the browser's environment (a headed browser's DISPLAY). */
    env?: Record<string, string>;
    /**
     * The welcome page the extension opens on install: waited for and closed (default), or
     * left to the caller (the first-run tests).
     */
    welcomePage?: 'close' | 'keep';
    /** A profile folder to start again (a browser restart); a new one by default. */
    profile?: string;
  } = {},
) {
  const {
    withExtension = true,
    headless = true,
    extensionDir = EXTENSION_DIR,
    env,
    welcomePage = 'close',
  } = options;
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'postguard-chromium-'));
  const extensionArgs = withExtension
    ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]
    : [];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumExecutablePath() ?? failNoChromium(),
    headless,
    ...(env ? { env: { ...process.env, ...env } as Record<string, string> } : {}),
    args: [
      ...extensionArgs,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      // Without these Chromium keeps calling home, and this machine's closed network refuses it.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  // A restarted profile is no new install: nothing opens.
  if (withExtension && welcomePage === 'close' && !options.profile) {
    try {
      await closeWelcomePage(context);
    } catch (error) {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
      throw error;
    }
  }
  return { context, profile };
}

/** The extension's id, read from its service worker's URL. */
export async function extensionIdOf(context: BrowserContext): Promise<string> {
  const worker =
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', {
      predicate: (w) => w.url().startsWith('chrome-extension://'),
      timeout: 10_000,
    }));
  return new URL(worker.url()).host;
}

/**
 * The fixture site that answers `url`, and the URL path its dist folder is served under: the
 * host's platform's site, or a site of FIXTURE_PATHS when the path is that entry's path or
 * under it (https://x.com/i/tweetdeck/… is the legacy TweetDeck fixture, not X's).
 */
export function fixtureSiteOf(url: URL): { site: string; base: string } | undefined {
  const platform = url.protocol === 'https:' ? FIXTURE_HOSTS[url.hostname] : undefined;
  if (!platform) return undefined;
  const under = FIXTURE_PATHS.find(
    (p) =>
      p.platform === platform && (url.pathname === p.path || url.pathname.startsWith(`${p.path}/`)),
  );
  return under ? { site: under.folder, base: under.path } : { site: platform, base: '' };
}

/** Serves https://<fixture host>/… from the site's dist: a file if it exists, else index.html. */
export async function serveFixtureSites(context: BrowserContext): Promise<void> {
  await context.route(
    (url) => url.protocol !== 'chrome-extension:',
    async (route) => {
      const url = new URL(route.request().url());
      const served = fixtureSiteOf(url);
      if (!served) return route.abort('blockedbyclient');
      const { site, base } = served;
      const dist = join(SITES_DIR, site, 'dist');
      if (!existsSync(join(dist, 'index.html'))) {
        return route.fulfill({
          status: 500,
          contentType: 'text/plain',
          body: `fixture site "${site}" is not built (tests/fixtures/build-sites.mjs)`,
        });
      }
      const path = url.pathname.slice(base.length) || '/';
      const file = normalize(join(dist, decodeURIComponent(path)));
      const isAsset = file.startsWith(dist + sep) && existsSync(file) && statSync(file).isFile();
      if (isAsset) return route.fulfill({ path: file });
      if (extname(path) && path !== '/index.html') {
        return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' });
      }
      return route.fulfill({ path: join(dist, 'index.html') });
    },
  );
}
