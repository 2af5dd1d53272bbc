// One interface for driving a guarded site in the e2e suite: what a person does there (open it
// as an account, write, send, switch account) and what the site did (the posts it sent). The
// behaviours every site shares (every-site.spec.ts) run once per driver; each site's own
// specs keep its surfaces, ways of sending and page variants. One driver per platform of the
// registry (tests/unit/platform-registry.test.ts checks `tests/e2e/drivers/<platform>.ts`).
import type { BrowserContext, Locator, Page } from '@playwright/test';
import type { Platform } from '../../../src/core/platforms';
import { kingsfordExample, setRules } from '../rules';

/** Who the page shows as posting: an account of the rule file's, or nothing readable. */
export type Who = 'corporate' | 'personal' | 'hidden';

/** A post as the fixture site recorded it (window.__sent). */
export interface SentRecord {
  account: string;
  texts: string[];
}

export interface SiteDriver {
  readonly platform: Platform;
  /** How the guard names each account in its dialog and indicator. */
  readonly shown: { corporate: string; personal: string };
  /** How the fixture site records each account in its sends. */
  readonly recorded: { corporate: string; personal: string };
  /**
   * Whether the site's compose box sits in an open shadow root (docs/sites/<platform>.md):
   * every-site.spec.ts checks the claim, and guards that box where it is true.
   */
  readonly composerInShadowRoot: boolean;
  /**
   * The build the site needs: an organisation's build grants its Mastodon servers at install
   * (tests/e2e/browser.ts, ORGANISATION_SERVERS); the others run in the build as it ships.
   */
  readonly build?: 'organisation';
  /** Opens the site as `who` (in `tab` as a new document, or in a new tab). */
  open(context: BrowserContext, who: Who, tab?: Page): Promise<Page>;
  /** Opens the compose box if it is not, and writes `text` as a person does: a click, keys. */
  compose(page: Page, text: string): Promise<void>;
  /** Sends the way most people do on this site (its Post button, or Enter in a comment). */
  send(page: Page): Promise<void>;
  /**
   * Switches the active account with the site's own control, without a reload; where the
   * site has none (Mastodon: one login per server), goes to the other account's page in the
   * same tab, as a person does.
   */
  switchAccount(page: Page, to: 'corporate' | 'personal'): Promise<void>;
  /** The compose box's editor. */
  editor(page: Page): Locator;
  /** What the site has sent so far, oldest first. */
  sent(page: Page): Promise<SentRecord[]>;
}

/**
 * The council's Page (a listed corporate account) and Jane Doe's own profile (not listed:
 * personal), as Facebook and LinkedIn show them and as their fixtures record them.
 */
export const PAGE_OR_MEMBER = { corporate: 'Kingsford Council', personal: 'Jane Doe' } as const;

/** Puts Kingsford's example rules (with `policy`) in force for the test (rules.ts, setRules). */
export function useKingsford(context: BrowserContext, policy: Record<string, unknown> = {}) {
  return setRules(context, kingsfordExample(policy));
}

/** The fixture's record of its sends, as every fixture site keeps it. */
export async function sentOn(page: Page): Promise<SentRecord[]> {
  const all = await page.evaluate(
    () => (window as unknown as { __sent?: SentRecord[] }).__sent ?? [],
  );
  return all.map(({ account, texts }) => ({ account, texts }));
}
