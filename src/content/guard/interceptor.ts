// Catches every way of sending before the site acts: listeners on window in
// the capture phase run before the site's own (React attaches to its root
// container), so a held send never reaches the site. Keyboard sends are caught
// on keydown (a keypress listener misses Ctrl+Enter: docs/sites/x.md). Each
// event is read where it happened, inside open shadow roots too (event-origin.ts).
import type { SendAttempt, SiteAdapter } from '../sites/adapter';
import { eventOrigin } from './event-origin';
import { isOwnRelease } from './release';

export type Decide = (attempt: SendAttempt) => 'pass' | 'hold';

function hold(event: Event) {
  event.preventDefault();
  event.stopImmediatePropagation();
}

/** Installs the interceptors; returns the function that removes them all. */
export function interceptSends(target: Window, adapter: SiteAdapter, decide: Decide): () => void {
  const onClick = (event: MouseEvent) => {
    const origin = eventOrigin(event);
    if (!origin || isOwnRelease(origin)) return;
    const attempt = adapter.clickSendAt(origin);
    if (attempt && decide(attempt) === 'hold') hold(event);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const origin = eventOrigin(event);
    if (!origin || isOwnRelease(origin)) return;
    const attempt = adapter.keyboardSendAt(event, origin);
    if (attempt && decide(attempt) === 'hold') hold(event);
  };
  target.addEventListener('click', onClick, true);
  target.addEventListener('keydown', onKeyDown, true);
  return () => {
    target.removeEventListener('click', onClick, true);
    target.removeEventListener('keydown', onKeyDown, true);
  };
}
