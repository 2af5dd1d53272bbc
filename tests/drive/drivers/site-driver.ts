// One interface for driving a guarded site, in Chromium or in Firefox (tests/drive/tab.ts):
// what a person does there (open it as an account, write, send, switch account) and what the
// site did (the posts it sent). The scenarios every site shares (tests/drive/scenarios.ts)
// run once per driver in each browser; each site's own Chromium specs (tests/e2e/) keep its
// surfaces, ways of sending and page variants. One driver per platform of the registry
// (tests/unit/platform-registry.test.ts checks `tests/drive/drivers/<platform>.ts`).
import type { Platform } from '../../../src/core/platforms';
import type { SiteBrowser, Tab, Target } from '../tab';

/** Who the page shows as posting: an account of the rule file's, or nothing readable. */
export type Who = 'corporate' | 'personal' | 'hidden';

/** A post as the fixture site recorded it (window.__sent). */
export interface SentRecord {
  account: string;
  texts: string[];
}

/**
 * What Ctrl/Cmd+Enter does in the compose box, as docs/sites/<platform>.md has it: the site
 * sends (X, Bluesky, Mastodon); nobody knows, so the guard holds it anyway (Facebook); or the
 * site has no such shortcut and nothing happens (LinkedIn's share modal).
 */
export type SendShortcut = 'sends' | 'held' | 'none';

export interface SiteDriver {
  readonly platform: Platform;
  /** How the guard names each account in its dialog and indicator. */
  readonly shown: { corporate: string; personal: string };
  /** How the fixture site records each account in its sends. */
  readonly recorded: { corporate: string; personal: string };
  /**
   * Whether the site's compose box sits in an open shadow root (docs/sites/<platform>.md):
   * the shared scenarios check the claim, and guard that box where it is true.
   */
  readonly composerInShadowRoot: boolean;
  readonly sendShortcut: SendShortcut;
  /**
   * The build the site needs: an organisation's build grants its Mastodon servers at install
   * (tests/e2e/browser.ts, ORGANISATION_SERVERS); the others run in the build as it ships.
   */
  readonly build?: 'organisation';
  /** The compose box's editor. */
  readonly editor: Target;
  /** Opens the site as `who` (in `tab` as a new document, or in a new tab). */
  open(browser: SiteBrowser, who: Who, tab?: Tab): Promise<Tab>;
  /** Opens the compose box if it is not, and writes `text` as a person does: a click, keys. */
  compose(tab: Tab, text: string): Promise<void>;
  /** Sends the way most people do on this site (its Post button, or Enter in a comment). */
  send(tab: Tab): Promise<void>;
  /**
   * Switches the active account with the site's own control, without a reload; where the
   * site has none (Mastodon: one login per server), goes to the other account's page in the
   * same tab, as a person does.
   */
  switchAccount(tab: Tab, to: 'corporate' | 'personal'): Promise<void>;
  /** What the site has sent so far, oldest first. */
  sent(tab: Tab): Promise<SentRecord[]>;
}

/**
 * The council's Page (a listed corporate account) and Jane Doe's own profile (not listed:
 * personal), as Facebook and LinkedIn show them and as their fixtures record them.
 */
export const PAGE_OR_MEMBER = { corporate: 'Kingsford Council', personal: 'Jane Doe' } as const;

/** The fixture's record of its sends, as every fixture site keeps it. */
export async function sentOn(tab: Tab): Promise<SentRecord[]> {
  const all = await tab.evaluate(
    () => (window as unknown as { __sent?: SentRecord[] }).__sent ?? [],
    undefined,
  );
  return all.map(({ account, texts }) => ({ account, texts }));
}

/** `https://<host><path>?<query>`. */
export function siteUrl(host: string, path: string, query: Record<string, string> = {}) {
  const search = new URLSearchParams(query).toString();
  return `https://${host}${path}${search ? `?${search}` : ''}`;
}
