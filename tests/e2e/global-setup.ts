// Runs once before the e2e suite: checks the extension is built, finds (or
// installs) a Chromium that can load it, Firefox ESR, and Xvfb and xdotool for the headed
// test, builds the fixture sites.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSites } from '../fixtures/build-sites.mjs';
import { removePolicyFile } from './policy-file';
import { ensureChromium } from '../support/chromium';
import { ensureFirefox } from '../support/firefox';
import { ensureHeadedTools } from './headed';
import { ORGANISATION_EXTENSION_DIR, ORGANISATION_SERVERS } from './browser';

const MANIFEST = join(
  process.env.POSTGUARD_EXTENSION_DIR ||
    fileURLToPath(new URL('../../dist/chrome', import.meta.url)),
  'manifest.json',
);

/**
 * An organisation's build, as an admin makes one (docs/admin/README.md#mastodon-servers):
 * the same sources, with ORGANISATION_SERVERS granted at install. About two seconds.
 */
function buildForOrganisation(): void {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--configLoader', 'runner'],
    {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: {
        ...process.env,
        POSTGUARD_DIST_DIR: dirname(ORGANISATION_EXTENSION_DIR),
        POSTGUARD_MASTODON_SERVERS: ORGANISATION_SERVERS.join(','),
      },
    },
  );
}

export default async function globalSetup(): Promise<void> {
  if (!existsSync(MANIFEST)) {
    throw new Error(`Postguard e2e: ${MANIFEST} is missing — run npm run build first.`);
  }
  buildForOrganisation();
  ensureChromium();
  // The one headed test (headed.ts) and the Firefox specs (tests/firefox/) run in every
  // `npm test`: what they need is installed here, or the run stops saying what to install.
  ensureHeadedTools();
  ensureFirefox();
  // A run killed mid-test may have left managed rules for every Chromium here.
  removePolicyFile();
  await buildSites();
}
