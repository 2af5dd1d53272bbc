// Keys pressed in Postguard's own UI are Postguard's alone. Our UI lives in the page's
// document, so a key pressed in it travels the page's capture listeners first (retargeted
// to our host): a site that closes its composer on Escape from a capture listener on
// document (Bluesky's dialog layer does: docs/sites/bluesky.md#composer) would act on the
// Escape meant for our dialog, and a site's hotkeys on the keys typed into it. So each of
// our regions takes its key events here, from the first capture listener on window
// (installed with the content script, before any page script), and they go no further.
// Stopping them changes no default action: Enter still activates the focused button, a
// character still reaches our text field.

type KeyHandler = (event: KeyboardEvent) => void;

const regions = new Map<Element, KeyHandler>();

function onKey(event: KeyboardEvent) {
  if (!event.isTrusted || regions.size === 0) return;
  const path = event.composedPath();
  for (const [region, handle] of regions) {
    if (!path.includes(region)) continue;
    event.stopImmediatePropagation(); // first: a handler that throws still keeps it from the page
    handle(event);
    return;
  }
}

if (typeof window !== 'undefined') {
  window.addEventListener('keydown', onKey, true);
  window.addEventListener('keyup', onKey, true);
}

/**
 * Sends every trusted keydown and keyup inside `region` to `handle` and to no listener of
 * the page (nor any of ours on the way); returns the function that stops it. The handler
 * runs in window's capture phase: `event.target` is the page's view (our shadow host), the
 * element pressed on is `event.composedPath()[0]`.
 */
export function ownKeys(region: Element, handle: KeyHandler): () => void {
  regions.set(region, handle);
  return () => {
    if (regions.get(region) === handle) regions.delete(region);
  };
}
