// Keeps the keyboard inside an open modal dialog: Tab and Shift+Tab wrap
// around its controls, and focus that leaves it comes back. Focus leaves when
// the person clicks the disabled "Post anyway" or the backdrop (the browser
// then focuses the page's body), or when a page script focuses something of
// the site; keys pressed then would go to the site, and Escape would do nothing.
const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * `container` is the dialog, inside the shadow root of `host` (already in the
 * document). Returns the function that releases the trap.
 */
export function trapFocus(container: HTMLElement, host: HTMLElement): () => void {
  const doc = container.ownerDocument;
  const root = container.getRootNode() as ShadowRoot;
  const focusables = () => [...container.querySelectorAll<HTMLElement>(FOCUSABLE)];
  /** The control that last had focus, to return to. */
  let last: HTMLElement | null = null;

  const inside = (el: Element | null) => el !== null && el !== container && container.contains(el);

  function bringBack() {
    const target =
      last?.isConnected && !last.matches(':disabled') ? last : (focusables()[0] ?? container);
    target.focus();
  }

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Tab') return;
    const items = focusables();
    const first = items[0];
    const lastItem = items[items.length - 1];
    if (!first || !lastItem) return;
    const active = root.activeElement;
    if (event.shiftKey && (active === first || !inside(active))) {
      event.preventDefault();
      lastItem.focus();
    } else if (!event.shiftKey && (active === lastItem || !inside(active))) {
      event.preventDefault();
      first.focus();
    }
  };

  const onFocusIn = (event: FocusEvent) => {
    const target = event.target as Element;
    if (inside(target)) last = target as HTMLElement;
  };

  // Once focus has settled: if it is no longer ours (the page, or nothing), bring it back.
  // When the whole window loses focus the active element stays ours: nothing to do. A site
  // with its own focus trap would pull it back again: after a few rounds in a second we
  // stop, rather than fight it forever.
  let pending = 0;
  let recent: number[] = [];
  const onFocusOut = () => {
    clearTimeout(pending);
    pending = window.setTimeout(() => {
      if (doc.activeElement === host) return;
      const now = Date.now();
      recent = [...recent.filter((at) => now - at < 1000), now];
      if (recent.length <= 10) bringBack();
    });
  };

  container.addEventListener('keydown', onKeyDown);
  container.addEventListener('focusin', onFocusIn);
  container.addEventListener('focusout', onFocusOut);
  return () => {
    clearTimeout(pending);
    container.removeEventListener('keydown', onKeyDown);
    container.removeEventListener('focusin', onFocusIn);
    container.removeEventListener('focusout', onFocusOut);
  };
}
