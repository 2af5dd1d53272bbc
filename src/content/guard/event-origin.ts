// Where an event really happened. A listener on `window` sees events from an
// open shadow root retargeted to its host (LinkedIn's share modal lives in one:
// docs/sites/linkedin.md), so every event is resolved through composedPath(),
// for every site, and the open shadow roots on the way are remembered for the
// adapters to search (sites/dom.ts).
import { noteShadowRoot } from '../sites/dom';

/** Postguard's own UI host (ui/shadow-host.ts): its shadow root is never a site's. */
const OWN_HOST = 'POSTGUARD-UI';

/** The innermost element the event was dispatched to, inside open shadow roots too. */
export function eventOrigin(event: Event): Element | null {
  const path = event.composedPath();
  for (const node of path) {
    if (node instanceof ShadowRoot && node.mode === 'open' && node.host.nodeName !== OWN_HOST)
      noteShadowRoot(node);
  }
  const first = path[0] ?? event.target;
  if (first instanceof Element) return first;
  return first instanceof Node ? first.parentElement : null;
}
