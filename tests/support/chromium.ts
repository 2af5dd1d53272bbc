// Which Chromium runs the e2e tests and the demo, and getting one where none
// is installed. It must be able to load an unpacked extension: Debian's and
// Ubuntu's Chromium and Playwright's own build can; branded Google Chrome no
// longer honours --load-extension, so it is never picked unless named.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { aptInstall } from './apt';

/** Debian's real binary first (the /usr/bin wrapper adds flags of its own), then Ubuntu's. */
export const CHROMIUM_CANDIDATES = [
  '/usr/lib/chromium/chromium',
  '/usr/lib/chromium-browser/chromium-browser',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
];

const BRANDED_CHROME = /google[-_ ]?chrome|\/opt\/google\//iu;

export const NO_CHROMIUM =
  'No Chromium that can load extensions was found: install one with `sudo apt-get install chromium` (Debian, Ubuntu) or `npx playwright install chromium`, or set POSTGUARD_CHROMIUM to its path.';

/** Playwright's downloaded Chromium, where one was installed (people's laptops). */
function playwrightChromium(): string | undefined {
  try {
    const path = chromium.executablePath();
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** The browser to launch, or undefined when none is installed. Throws on a bad POSTGUARD_CHROMIUM. */
export function chromiumExecutablePath(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const fromEnv = env.POSTGUARD_CHROMIUM?.trim();
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`POSTGUARD_CHROMIUM=${fromEnv} does not exist.`);
    if (BRANDED_CHROME.test(fromEnv) && env.POSTGUARD_ALLOW_CHROME !== '1') {
      throw new Error(
        `POSTGUARD_CHROMIUM=${fromEnv} is Google Chrome, which no longer loads unpacked extensions from the command line: use Chromium (or set POSTGUARD_ALLOW_CHROME=1 to try anyway).`,
      );
    }
    return fromEnv;
  }
  return CHROMIUM_CANDIDATES.find((p) => existsSync(p)) ?? playwrightChromium();
}

/**
 * The browser to launch, installing one the way this machine can when none
 * is found: Debian's `chromium` with apt when running as root, else
 * Playwright's (which needs the internet). Throws NO_CHROMIUM when both fail.
 */
export function ensureChromium(log: (line: string) => void = console.log): string {
  const found = chromiumExecutablePath();
  if (found) return found;
  log('No Chromium found.');
  if (!aptInstall(['chromium'], log)) {
    log('Trying `npx playwright install chromium`…');
    spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
  }
  const installed = chromiumExecutablePath();
  if (!installed) throw new Error(NO_CHROMIUM);
  return installed;
}
