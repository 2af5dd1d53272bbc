// Where an event really happened. A listener on `window` sees events from an
// open shadow root retargeted to its host (LinkedIn's share modal lives in one:
// docs/sites/linkedin.md), so every event is resolved through composedPath(),
// for every site, and the open shadow roots on the way are remembered for the
// adapters to search (sites/dom.ts).
import { noteShadowRoot } from '../sites/dom';
import { isOwnHost } from '../ui/shadow-host';

/** The innermost element the event was dispatched to, inside open shadow roots too. */
export function eventOrigin(event: Event): Element | null {
  const path = event.composedPath();
  for (const node of path) {
    // Postguard's own UI hosts, known by identity (ui/shadow-host.ts): never a site's root.
    if (node instanceof ShadowRoot && node.mode === 'open' && !isOwnHost(node.host))
      noteShadowRoot(node);
  }
  const first = path[0] ?? event.target;
  if (first instanceof Element) return first;
  return first instanceof Node ? first.parentElement : null;
}
