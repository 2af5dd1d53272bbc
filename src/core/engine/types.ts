// What the engine takes and gives. The verdict is everything the guard dialog,
// the compose indicator and the audit log need; they never look at rules.
import type { Platform, Role } from '../rules/schema';

/** A post about to be sent: one text per post of a thread, in order. */
export interface Post {
  texts: string[];
}

/** The account the site's page shows as active. */
export interface AccountSeen {
  platform: Platform;
  /** As the page shows it; null when the page did not reveal it. */
  handle: string | null;
  /** Why the handle is null, for a person ("the account menu is not loaded"). */
  reason?: string;
  /**
   * Further accounts the same send posts from, as the page shows them (legacy TweetDeck's
   * "From" chooser: one post per selected account). Each is judged; the strictest wins.
   */
  others?: string[];
}

export type Action = 'allow' | 'confirm' | 'block';

/** Why a post is held; stable identifiers for tests, the audit log and styling. */
export const REASON_CODES = [
  'corporate-account',
  'banned-term',
  'profanity',
  'work-term-on-personal',
  'sombre-mode',
  'sombre-term',
  'sombre-hashtag',
  'sombre-emoji',
  'unknown-account',
  /** The guard could not read the page or evaluate the post; it fails closed. */
  'check-failed',
  /** The post or the account changed while the dialog was open: asked again. */
  'post-changed',
  /** One send posts from a work account and a personal one at once. */
  'mixed-accounts',
  /** A post on a work account that reads like a personal one (the tone check). */
  'reads-personal',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

/** Where a rule matched: `post` indexes Post.texts; start/end are UTF-16 offsets in it. */
export interface Span {
  post: number;
  start: number;
  end: number;
  text: string;
}

export interface Reason {
  code: ReasonCode;
  action: Action;
  /** One plain-English sentence for the person posting. */
  message: string;
  /** Matched words, sorted by post then position; empty for account-wide reasons. */
  spans: Span[];
  /** The admin's note for a banned term. */
  note?: string;
}

/** One account of a send from several. */
export interface AccountVerdict {
  shown: string | null;
  role: Role | 'unknown';
  listed: boolean;
  label?: string;
}

export interface Verdict {
  /** The strictest action of all reasons; allow when there are none. */
  action: Action;
  role: Role | 'unknown';
  account: {
    /** The handle as the page showed it (AccountSeen.handle); null when unknown. */
    shown: string | null;
    /** Whether the rule file lists it (by handle or alias). */
    listed: boolean;
    /** The listed account's label. */
    label?: string;
  };
  /**
   * Every account the send goes from, when it is more than one (AccountSeen.others), in
   * the page's order; `account` and `role` are then the first's and the most senior.
   */
  accounts?: AccountVerdict[];
  /** Whether sombre-event mode is on right now (for any role), and why. */
  sombre: { on: boolean; reason?: string };
  /** Every reason, strictest first, then by position in the post. */
  reasons: Reason[];
}
