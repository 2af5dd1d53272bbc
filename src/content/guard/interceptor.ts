// Catches every way of sending before the site acts: listeners on window in
// the capture phase run before the site's own (React attaches to its root
// container), so a held send never reaches the site. Keyboard sends are caught
// on keydown (a keypress listener misses Ctrl+Enter: docs/sites/x.md). Each
// event is read where it happened, inside open shadow roots too (event-origin.ts).
import type { SendAttempt, SiteAdapter } from '../sites/adapter';
import { eventOrigin } from './event-origin';
import { isOwnRelease } from './release';

/** Decides on a send; `event` is the click or key that made it (for its origin). */
export type Decide = (attempt: SendAttempt, event: Event) => 'pass' | 'hold';

function hold(event: Event) {
  event.preventDefault();
  event.stopImmediatePropagation();
}

/**
 * Runs one listener's work; an exception (an adapter that cannot read a
 * changed page, a page that broke something we rely on) holds the event and
 * is reported: a send Postguard could not look at never reaches the site.
 */
function failClosed(event: Event, onError: (error: unknown) => void, work: () => 'pass' | 'hold') {
  let verdict: 'pass' | 'hold';
  try {
    verdict = work();
  } catch (error) {
    hold(event);
    onError(error);
    return;
  }
  if (verdict === 'hold') hold(event);
}

/** Installs the interceptors; returns the function that removes them all. */
export function interceptSends(
  target: Window,
  adapter: SiteAdapter,
  decide: Decide,
  onError: (error: unknown) => void,
): () => void {
  const onClick = (event: MouseEvent) =>
    failClosed(event, onError, () => {
      const origin = eventOrigin(event);
      if (!origin || isOwnRelease(origin)) return 'pass';
      const attempt = adapter.clickSendAt(origin);
      return attempt ? decide(attempt, event) : 'pass';
    });
  const onKeyDown = (event: KeyboardEvent) =>
    failClosed(event, onError, () => {
      const origin = eventOrigin(event);
      if (!origin || isOwnRelease(origin)) return 'pass';
      const attempt = adapter.keyboardSendAt(event, origin);
      return attempt ? decide(attempt, event) : 'pass';
    });
  target.addEventListener('click', onClick, true);
  target.addEventListener('keydown', onKeyDown, true);
  return () => {
    target.removeEventListener('click', onClick, true);
    target.removeEventListener('keydown', onKeyDown, true);
  };
}
