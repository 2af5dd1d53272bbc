// Whether the person can see a control of ours, as they would if they clicked
// it now. The page can hide our dialog (opacity, visibility, filters, a decoy
// above it) and leave the control clickable; a click on something the person
// cannot see is not their decision (docs/security.md, "Steering the click").

/** IntersectionObserver v2 (Chromium): the browser's own word on occlusion and opacity. */
export const OCCLUSION_TRACKED =
  typeof IntersectionObserverEntry !== 'undefined' &&
  'isVisible' in IntersectionObserverEntry.prototype;

// Each hides or changes what the person sees of an element and its contents.
function styleHides(cs: CSSStyleDeclaration): boolean {
  const not = (value: string | undefined, ok: string) => !!value && value !== ok;
  return (
    Number(cs.opacity) < 1 ||
    cs.visibility !== 'visible' ||
    cs.display === 'none' ||
    not(cs.filter, 'none') ||
    not(cs.transform, 'none') ||
    not(cs.clipPath, 'none') ||
    not(cs.mixBlendMode, 'normal') ||
    not(cs.contentVisibility, 'visible')
  );
}

/**
 * From the styles now: `control` (and everything from it up to `dialog`, and the
 * host) fully opaque, visible, untransformed, with a box in the viewport. What
 * the top layer makes irrelevant (the page's own opacity on <html>) is not asked.
 */
export function looksShown(host: Element, dialog: Element, control: Element): boolean {
  const view = control.ownerDocument.defaultView;
  if (!view || !host.isConnected) return false;
  const hostStyle = view.getComputedStyle(host);
  if (Number(hostStyle.opacity) < 1 || hostStyle.visibility !== 'visible') return false;
  for (let el: Element | null = control; el; el = el.parentElement) {
    if (styleHides(view.getComputedStyle(el))) return false;
    if (el === dialog) break;
  }
  // Ancestors made display:none or content-visibility:hidden (even <html>) hide the top layer too.
  if (control.checkVisibility && !control.checkVisibility({ contentVisibilityAuto: true }))
    return false;
  const box = control.getBoundingClientRect();
  const x = box.left + box.width / 2;
  const y = box.top + box.height / 2;
  return (
    box.width >= 8 &&
    box.height >= 8 &&
    x >= 0 &&
    y >= 0 &&
    x < view.innerWidth &&
    y < view.innerHeight
  );
}

/** A pointer's click: what is under the pointer, in our shadow root, is `control`. */
export function underPointer(root: ShadowRoot, control: Element, event: MouseEvent): boolean {
  if (event.detail === 0) return true; // keyboard or assistive technology: no point to check
  const at = root.elementFromPoint?.(event.clientX, event.clientY) ?? null;
  return at !== null && (at === control || control.contains(at));
}

/** Follows `target` with IntersectionObserver v2 where the browser has it. */
export function trackOcclusion(onChange: (visible: boolean) => void) {
  let io: IntersectionObserver | null = null;
  return {
    observe(target: Element) {
      io?.disconnect();
      if (!OCCLUSION_TRACKED) return;
      // `trackVisibility` and `delay` are not in TypeScript's DOM types yet.
      const init = { trackVisibility: true, delay: 100 } as IntersectionObserverInit;
      io = new IntersectionObserver((entries) => {
        const last = entries[entries.length - 1] as IntersectionObserverEntry & {
          isVisible?: boolean;
        };
        if (last) onChange(last.isVisible === true);
      }, init);
      io.observe(target);
    },
    stop() {
      io?.disconnect();
      io = null;
    },
  };
}
