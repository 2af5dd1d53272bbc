// Which Firefox runs the Firefox layer (tests/firefox/): POSTGUARD_FIREFOX, else Debian's
// firefox-esr (../shared/firefox-testing.md: Playwright cannot drive the stock Firefox here;
// puppeteer-core drives it over WebDriver BiDi). `.ci/run` installs firefox-esr with apt.
import { existsSync } from 'node:fs';
import { aptInstall } from './apt';

/** Debian's real binary first (the /usr/bin wrapper is a script), then a plain Firefox. */
export const FIREFOX_CANDIDATES = [
  '/usr/lib/firefox-esr/firefox-esr',
  '/usr/bin/firefox-esr',
  '/usr/lib/firefox/firefox',
  '/usr/bin/firefox',
];

export const NO_FIREFOX =
  'No Firefox was found: install Firefox ESR with `sudo apt-get install firefox-esr` (Debian), or set POSTGUARD_FIREFOX to its path.';

/** The Firefox to launch, or undefined when none is installed. Throws on a bad POSTGUARD_FIREFOX. */
export function firefoxExecutablePath(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const fromEnv = env.POSTGUARD_FIREFOX?.trim();
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`POSTGUARD_FIREFOX=${fromEnv} does not exist.`);
    return fromEnv;
  }
  return FIREFOX_CANDIDATES.find((path) => existsSync(path));
}

/** The Firefox to launch, installing Debian's firefox-esr when none is found (root, apt). */
export function ensureFirefox(log: (line: string) => void = console.log): string {
  const found = firefoxExecutablePath();
  if (found) return found;
  log('No Firefox found.');
  aptInstall(['firefox-esr'], log);
  const installed = firefoxExecutablePath();
  if (!installed) throw new Error(NO_FIREFOX);
  return installed;
}
