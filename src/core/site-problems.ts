// What can stop a site adapter reading a page, as codes: the indicator, the popup,
// the dialog and the diagnostics report put them into words
// (content/account-seen.ts), and the audit log records them as they are (audit/events.ts).

export const SITE_PROBLEM_CODES = [
  /** No place on the page names the active account. */
  'account-not-shown',
  /** Two places on the page name different accounts. */
  'accounts-disagree',
  /**
   * The account changed a moment ago, maybe in another tab: the page and the site's own
   * record disagree, or it is not the account the compose box was opened as (Bluesky).
   */
  'account-changed',
  /** The page names an account in a form the site never uses (e.g. not an X handle). */
  'account-malformed',
  /** The site's account menu must be opened once before the account can be read (Facebook). */
  'account-menu-unread',
  /** No compose box is open. */
  'composer-closed',
  /** The compose box has no control that shows who the post is from (LinkedIn). */
  'author-control-missing',
  /** That control shows no name. */
  'author-name-empty',
  /** A company page's admin composer posts as the page, but shows no page name (LinkedIn). */
  'company-page-unnamed',
  /** The compose box's text could not be found. */
  'text-box-missing',
  /** A compose box is on the page but its send control is not where the site keeps it. */
  'send-control-missing',
] as const;

export type SiteProblemCode = (typeof SITE_PROBLEM_CODES)[number];
