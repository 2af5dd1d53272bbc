// Where the e2e tests put a managed policy for Chromium. The folder is
// machine-wide: every Chromium started while the file exists gets its rules,
// so the file must never outlive a run (global setup removes a leftover).
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumExecutablePath } from '../support/chromium';

/** Debian's (and Playwright's) Chromium read /etc/chromium; Google Chrome reads /etc/opt/chrome. */
export const POLICY_DIR =
  process.env.POSTGUARD_POLICY_DIR ||
  (chromiumExecutablePath()?.startsWith('/opt/google/chrome')
    ? '/etc/opt/chrome/policies/managed'
    : '/etc/chromium/policies/managed');
export const POLICY_FILE = join(POLICY_DIR, 'postguard-e2e.json');

export function removePolicyFile(): void {
  rmSync(POLICY_FILE, { force: true });
}
