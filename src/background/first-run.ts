// The first run: when Postguard is installed (never on an update of it or of the browser),
// the welcome page opens once, to offer the ways in (import the organisation's rule file,
// set up my own accounts, or "my organisation manages this"). Not for a managed install:
// when the organisation's policy has put `rules` in managed storage, those rules are in
// force already and there is nothing for the person to choose.
//
// Reading managed storage is slow on a browser's first start: Chromium answers only once it
// has read policy, about 3 s after a new profile starts (measured with Chromium 156); it is
// waited for, since a page opened on a managed install cannot be taken back. Firefox
// without a managed-storage policy refuses the read, which readArea turns into "nothing
// there": not managed. A read that fails is taken as not managed too: the welcome page
// says what is in force, so opening it by mistake shows a person their organisation's
// rules, whereas not opening it leaves them with nothing to start from. Nothing throws.
import browser from 'webextension-polyfill';
import * as z from 'zod/mini';
import { readArea, writeLocal } from '../shared/storage-area';
import { FIRST_RUN_KEY, MANAGED_RULES_KEY } from '../shared/storage-keys';
import { WELCOME_PAGE } from '../shared/welcome';

const FirstRun = z.strictObject({
  welcome: z.enum(['opened', 'managed']),
  at: z.iso.datetime(),
});
export type FirstRun = z.infer<typeof FirstRun>;

/** The stored record of the first run, or null when there is none or it is damaged. */
export function readFirstRun(raw: unknown): FirstRun | null {
  const parsed = FirstRun.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** What an `onInstalled` event led to. */
export type InstallOutcome = FirstRun['welcome'] | 'seen-before' | 'not-an-install';

export async function welcomeOnInstall(reason: string, now: Date): Promise<InstallOutcome> {
  if (reason !== 'install') return 'not-an-install';
  // Storage outlives a reinstall in some cases (Firefox keeps a temporary add-on's data).
  const stored = await readArea('local', [FIRST_RUN_KEY]);
  if (readFirstRun(stored[FIRST_RUN_KEY])) return 'seen-before';
  const managed = await readArea('managed', [MANAGED_RULES_KEY]);
  // Any value counts, even one Postguard refuses: the organisation manages it, and the
  // popup and options page say what is wrong with it.
  const welcome = managed[MANAGED_RULES_KEY] === undefined ? 'opened' : 'managed';
  // Remembered before the page opens: a worker stopped in between opens nothing twice.
  // A write storage refuses still opens the page: `install` comes once per install.
  const record: FirstRun = { welcome, at: now.toISOString() };
  await writeLocal({ [FIRST_RUN_KEY]: record });
  if (welcome === 'opened') {
    try {
      await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) });
    } catch (error) {
      // No window to open it in: the popup offers the same ways in.
      console.warn('Postguard: the welcome page could not be opened', error);
    }
  }
  return welcome;
}

/** Listens for the install; added at the worker's top level, so the browser wakes it for it. */
export function openWelcomeOnInstall(): void {
  try {
    browser.runtime.onInstalled.addListener(({ reason }) => {
      void welcomeOnInstall(reason, new Date());
    });
  } catch {
    // A context without the event (none Postguard supports): the popup offers the ways in.
  }
}
