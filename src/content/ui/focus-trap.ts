// Keeps the keyboard inside an open dialog. With showModal() the browser makes
// the page inert (it cannot take focus); this is the fallback for what remains:
// a page script blurring us or focusing something of its own in the top layer,
// a browser without inertness. Focus that leaves is always brought back (never
// given up: what the person types next must not land in the post behind), at
// most RETURNS_PER_SECOND times a second so a page that fights back costs a
// few timers, not a busy loop; and a key pressed while focus is away is
// swallowed before the page sees it.
//
// It also knows how focus reached each control: by the person (a trusted Tab,
// which the trap moves itself, or a pointer press) or otherwise (a page
// script's .focus()). Keyboard activation of a release button needs the former.
import { ownKeys } from './own-keys';

const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), [tabindex]:not([tabindex="-1"])';
const RETURNS_PER_SECOND = 10;

export interface FocusTrap {
  /** Focuses `el` as the dialog's own choice (opening, re-rendering). */
  focus(el: HTMLElement): void;
  /** Whether the person put focus on `el` (Tab, pointer), not a script. */
  byPerson(el: Element): boolean;
  release(): void;
}

interface Active {
  container: HTMLElement;
  bringBack(): void;
  onEscape(): void;
}
const active = new Set<Active>();

// Installed when this module loads, with the content script at document_start:
// before any page script, so the first capture listener on window is ours and a
// page's own listener cannot stop a stray key from reaching this one.
function onStrayKey(event: Event) {
  if (!event.isTrusted) return;
  for (const trap of active) {
    if (event.composedPath().includes(trap.container)) continue;
    event.preventDefault();
    event.stopImmediatePropagation();
    trap.bringBack();
    if (event instanceof KeyboardEvent && event.key === 'Escape') trap.onEscape();
    return;
  }
}
if (typeof window !== 'undefined') {
  window.addEventListener('keydown', onStrayKey, true);
  window.addEventListener('beforeinput', onStrayKey, true);
}

/** `container` is the dialog, inside the shadow root of `host` (already in the document). */
export function trapFocus(
  container: HTMLElement,
  host: HTMLElement,
  onEscape: () => void,
  /** The dialog's own handling of a key pressed in it, after the trap's (Tab). */
  onKey: (event: KeyboardEvent) => void = () => {},
): FocusTrap {
  const doc = container.ownerDocument;
  const root = container.getRootNode() as ShadowRoot;
  const focusables = () => [...container.querySelectorAll<HTMLElement>(FOCUSABLE)];
  /** The control that last had focus, to return to. */
  let last: HTMLElement | null = null;
  /** The control the person (not a script) put focus on. */
  let personal: Element | null = null;
  const inside = (el: Element | null) => el !== null && el !== container && container.contains(el);

  function bringBack() {
    if (doc.activeElement === host && inside(root.activeElement)) return;
    const target =
      last?.isConnected && !last.matches(':disabled') ? last : (focusables()[0] ?? container);
    personal = null; // where we put it, not where the person did
    target.focus();
  }

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Tab' || !event.isTrusted) return;
    // Every Tab is moved here, so focus that arrives by Tab is known to be the person's.
    event.preventDefault();
    const items = focusables();
    if (items.length === 0) return;
    const at = items.indexOf(root.activeElement as HTMLElement);
    const step = event.shiftKey ? -1 : 1;
    const next =
      at < 0
        ? items[event.shiftKey ? items.length - 1 : 0]!
        : items.at((at + step) % items.length)!;
    personal = next;
    next.focus();
  };
  const onPointerDown = (event: PointerEvent) => {
    if (!event.isTrusted) return;
    const target = event.composedPath()[0];
    personal = target instanceof Element ? target.closest(FOCUSABLE) : null;
  };
  const onFocusIn = (event: FocusEvent) => {
    const target = event.target as Element;
    if (target !== personal) personal = null;
    if (inside(target)) last = target as HTMLElement;
  };

  // Once focus has settled: if it is no longer ours (the page, or nothing), bring
  // it back. When the whole window loses focus the active element stays ours.
  let pending = 0;
  let recent: number[] = [];
  const onFocusOut = () => {
    if (pending) return;
    const now = Date.now();
    recent = recent.filter((at) => now - at < 1000);
    const wait = recent.length < RETURNS_PER_SECOND ? 0 : 1000 / RETURNS_PER_SECOND;
    pending = window.setTimeout(() => {
      pending = 0;
      if (doc.activeElement === host && inside(root.activeElement)) return;
      recent.push(Date.now());
      bringBack();
    }, wait);
  };

  const trap: Active = { container, bringBack, onEscape };
  active.add(trap);
  // Keys pressed in the dialog reach no listener of the page (own-keys.ts).
  const stopOwnKeys = ownKeys(container, (event) => {
    if (event.type === 'keydown') onKeyDown(event);
    onKey(event);
  });
  container.addEventListener('pointerdown', onPointerDown, true);
  container.addEventListener('focusin', onFocusIn);
  container.addEventListener('focusout', onFocusOut);
  return {
    focus(el) {
      personal = el;
      el.focus();
    },
    byPerson: (el) => personal === el && root.activeElement === el,
    release() {
      active.delete(trap);
      clearTimeout(pending);
      stopOwnKeys();
      container.removeEventListener('pointerdown', onPointerDown, true);
      container.removeEventListener('focusin', onFocusIn);
      container.removeEventListener('focusout', onFocusOut);
    },
  };
}
