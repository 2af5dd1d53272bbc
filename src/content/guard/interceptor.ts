// Catches every way of sending before the site acts: listeners on window in
// the capture phase run before the site's own (React attaches to its root
// container), so a held send never reaches the site. Keyboard sends are caught
// on keydown (a keypress listener misses Ctrl+Enter, per site-facts).
import type { SendAttempt, SiteAdapter } from '../sites/adapter';
import { isOwnRelease } from './release';

export type Decide = (attempt: SendAttempt) => 'pass' | 'hold';

function hold(event: Event) {
  event.preventDefault();
  event.stopImmediatePropagation();
}

/** Installs the interceptors; returns the function that removes them all. */
export function interceptSends(target: Window, adapter: SiteAdapter, decide: Decide): () => void {
  const onClick = (event: MouseEvent) => {
    if (!(event.target instanceof Element) || isOwnRelease(event.target)) return;
    const attempt = adapter.clickSendAt(event.target);
    if (attempt && decide(attempt) === 'hold') hold(event);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (!(event.target instanceof Element) || isOwnRelease(event.target)) return;
    const attempt = adapter.keyboardSendAt(event, event.target);
    if (attempt && decide(attempt) === 'hold') hold(event);
  };
  target.addEventListener('click', onClick, true);
  target.addEventListener('keydown', onKeyDown, true);
  return () => {
    target.removeEventListener('click', onClick, true);
    target.removeEventListener('keydown', onKeyDown, true);
  };
}
