// The one interface every site adapter implements. The guard knows nothing of
// any site; everything it needs from a page comes through these methods, and
// each adapter keeps its selectors as data (sites/<site>/selectors.ts), with
// the evidence for each in docs/sites/<site>.md.
//
// Adapters import nothing of the browser's extension API: what they cannot
// read they say with a problem code (problems.ts), which the content script
// puts into words (content/account-seen.ts).
import type { Platform } from '../../core/platforms';
import type { SiteProblemCode } from '../../core/site-problems';

/** One compose box: its editors (several for a thread) and its send control. */
export interface ComposeSurface {
  root: Element;
  /** Which kind of box, e.g. `inline`, `reply`, `modal` (for people and the audit log). */
  kind: string;
  editors: Element[];
  sendControl: HTMLElement | null;
}

export interface SendAttempt {
  surface: ComposeSurface;
  /** The element the send was made on; the guard's own release event targets it. */
  control: HTMLElement;
  via: 'click' | 'keyboard';
  /**
   * How to send once a person confirms, when clicking `control` would not
   * (e.g. a comment box that only sends on Enter). Must dispatch its event on
   * `control` or inside it, synchronously, exactly once.
   */
  release?: () => void;
}

/**
 * The account the page shows now, or the code of what stops it being read. `others`: the
 * further accounts the same send posts from, where a site posts from several at once
 * (legacy TweetDeck's "From" chooser).
 */
export type AccountRead =
  | { handle: string; others?: string[]; problem?: undefined }
  | { handle: null; others?: undefined; problem: SiteProblemCode };

/** Selector lists by name (data), each tried in order: primary first, then fallbacks. */
export type SelectorTable = Readonly<Record<string, readonly string[]>>;

/** What the page observer (content/page-changes.ts) watches for this site. */
export interface WatchSpec {
  /** A change inside one of these may change a compose box or the account shown. */
  anchors: string;
  /** Added or removed, these may add or remove a compose box or change the account. */
  arrivals: string;
}

/** The adapter of platform P (the default export of sites/<P>/index.ts). */
export interface SiteAdapter<P extends Platform = Platform> {
  platform: P;
  /** Every selector list the adapter reads the page with (for diagnostics). */
  selectors: SelectorTable;
  watch: WatchSpec;
  /**
   * Elements that hold a compose box in an OPEN shadow root (LinkedIn's
   * `#interop-outlet`). Shadow roots met on an event's composed path are
   * searched too (sites/dom.ts), whatever their host.
   */
  shadowHosts?: readonly string[];
  /**
   * For a site on any server (Mastodon): whether this document is the site's app at all,
   * asked once it is parsed. Where it is not, the content script does nothing.
   */
  isSitePage?(doc: Document): boolean;
  /** Which generation of the site's markup the page is (e.g. `shadow-2026`, `light-dom`). */
  shell(doc: Document): string;
  /** Every compose surface currently on the page, in open shadow roots included. */
  findSurfaces(doc: Document): ComposeSurface[];
  /** A click whose innermost target (`composedPath()[0]`) is (inside) a send control. */
  clickSendAt(target: Element): SendAttempt | null;
  /** A keydown that sends from an editor (e.g. Ctrl/Cmd+Enter on X); target as for clicks. */
  keyboardSendAt(event: KeyboardEvent, target: Element): SendAttempt | null;
  /** Whether the site would act on the control now (X disables Post while empty). */
  isSendEnabled(control: HTMLElement): boolean;
  /**
   * The text of each post in the surface, in order; never writes into the
   * editor. Throws SiteError when it cannot (the guard then fails closed).
   */
  readTexts(surface: ComposeSurface): string[];
  /**
   * The account active at this moment, read from the source the site itself
   * trusts. When two sources on the page disagree, the account is unknown.
   */
  readAccount(surface: ComposeSurface | null, doc: Document): AccountRead;
  /** The account as the site shows it (X: `@handle`). */
  formatAccount(handle: string): string;
}
