// The one interface every site adapter implements. The guard knows nothing of
// any site; everything it needs from a page comes through these methods, and
// each adapter keeps its selectors as data (see sites/x.ts).
import type { AccountSeen } from '../../core/engine';
import type { Platform } from '../../core/rules/schema';

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

export interface SiteHealth {
  ok: boolean;
  /** Why the account cannot be seen, for a person. */
  problem?: string;
}

export interface SiteAdapter {
  platform: Platform;
  /** Every compose surface currently on the page. */
  findSurfaces(doc: Document): ComposeSurface[];
  /** A click whose target is (inside) a send control. */
  clickSendAt(target: Element): SendAttempt | null;
  /** A keydown that sends from an editor (e.g. Ctrl/Cmd+Enter on X). */
  keyboardSendAt(event: KeyboardEvent, target: Element): SendAttempt | null;
  /** Whether the site would act on the control now (X disables Post while empty). */
  isSendEnabled(control: HTMLElement): boolean;
  /** The text of each post in the surface, in order; never writes into the editor. */
  readTexts(surface: ComposeSurface): string[];
  /**
   * The account active at this moment, or why it cannot be seen. The reason is
   * for a person, so it is said with `t` (the indicator, the dialog and the
   * popup show it as it is); the audit log records only reason codes.
   */
  readAccount(surface: ComposeSurface | null, doc: Document): AccountSeen;
  /** The account as the site shows it (X: `@handle`). */
  formatAccount(handle: string): string;
}
