// Runs once before the e2e suite: checks the extension is built, finds (or
// installs) a Chromium that can load it, builds the fixture sites.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSites } from '../fixtures/build-sites.mjs';
import { removePolicyFile } from './policy-file';
import { ensureChromium } from '../support/chromium';

const MANIFEST = join(
  process.env.POSTGUARD_EXTENSION_DIR ||
    fileURLToPath(new URL('../../dist/chrome', import.meta.url)),
  'manifest.json',
);

export default async function globalSetup(): Promise<void> {
  if (!existsSync(MANIFEST)) {
    throw new Error(`Postguard e2e: ${MANIFEST} is missing — run npm run build first.`);
  }
  ensureChromium();
  // A run killed mid-test may have left managed rules for every Chromium here.
  removePolicyFile();
  await buildSites();
}
