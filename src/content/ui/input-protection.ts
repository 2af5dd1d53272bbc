// Input protection for the buttons that release a post ("Post as", "Post
// anyway"): after the dialog opens, and after it is shown again (re-rendered,
// back from hidden, the tab visible again), they ignore clicks and keys for a
// moment, so a click or key meant for something else (a decoy's double-click,
// typing carried on from the post) cannot land on them. While unarmed they say
// so with aria-disabled, which people, assistive tools and Playwright all see.
// The state itself is kept here, in the isolated world: a page script removing
// the attribute changes nothing.
import { looksShown, OCCLUSION_TRACKED, trackOcclusion, underPointer } from './visibility';

/** How long a release button stays unarmed once the dialog is (again) in view. */
export const INPUT_PROTECTION_MS = 500;

export interface ProtectedParts {
  host: HTMLElement;
  root: ShadowRoot;
  dialog: HTMLElement;
  release: HTMLButtonElement | null;
}

export interface InputProtection {
  /** A new rendering: unarmed again, watching its release button. */
  restart(parts: ProtectedParts): void;
  /** Re-reads visibility and updates aria-disabled; true when it changed the DOM. */
  tick(): boolean;
  /** Whether a release may act now (the delay is over and it is in view). */
  armed(): boolean;
  /** At the moment of a click: the release button is seen, and is what was clicked. */
  seenAt(event: MouseEvent): boolean;
  stop(): void;
}

export function createInputProtection(now: () => number = () => performance.now()) {
  let parts: ProtectedParts | null = null;
  /** Since when the release button has been in view without a break. */
  let since = now();
  /** IntersectionObserver v2's latest word (undefined until its first report). */
  let occlusionSaysVisible: boolean | undefined;
  let shownArmed = false;

  const occlusion = trackOcclusion((visible) => {
    // Hidden, or back in view after being hidden: the delay starts again.
    if (visible !== occlusionSaysVisible) since = now();
    occlusionSaysVisible = visible;
  });

  const inView = () => {
    if (!parts?.release) return false;
    if (OCCLUSION_TRACKED && occlusionSaysVisible !== true) return false;
    if (parts.host.ownerDocument.visibilityState === 'hidden') return false;
    return looksShown(parts.host, parts.dialog, parts.release);
  };
  const armedNow = () => inView() && now() - since >= INPUT_PROTECTION_MS;

  const protection: InputProtection = {
    restart(next) {
      parts = next;
      since = now();
      occlusionSaysVisible = undefined;
      shownArmed = false;
      next.release?.setAttribute('aria-disabled', 'true');
      if (next.release) occlusion.observe(next.release);
    },
    tick() {
      if (!parts?.release) return false;
      if (!inView()) since = now();
      const armed = armedNow();
      if (armed === shownArmed) return false;
      shownArmed = armed;
      if (armed) parts.release.removeAttribute('aria-disabled');
      else parts.release.setAttribute('aria-disabled', 'true');
      return true;
    },
    armed: () => shownArmed && armedNow(), // and the person saw it enabled
    seenAt(event) {
      if (!parts?.release) return false;
      return inView() && underPointer(parts.root, parts.release, event);
    },
    stop() {
      occlusion.stop();
      parts = null;
    },
  };
  return protection;
}
