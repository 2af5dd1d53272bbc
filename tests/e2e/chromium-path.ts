// Which Chromium runs the e2e tests and the demo. Debian's real binary is preferred over the
// /usr/bin/chromium wrapper (it adds flags of its own); Playwright's bundled browser is the
// last resort (people's laptops), chosen by returning undefined.
import { existsSync } from 'node:fs';

export const CHROMIUM_CANDIDATES = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'];

export function chromiumExecutablePath(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const fromEnv = env.POSTGUARD_CHROMIUM?.trim();
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`POSTGUARD_CHROMIUM=${fromEnv} does not exist`);
    return fromEnv;
  }
  return CHROMIUM_CANDIDATES.find((p) => existsSync(p));
}
