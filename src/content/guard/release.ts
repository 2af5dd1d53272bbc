// Releasing a held send: the guard clicks the site's own send control once
// (or lets the adapter resend its own way), and lets exactly that one event
// through its own interceptor.
import type { SendAttempt } from '../sites/adapter';

let releasing: HTMLElement | null = null;

/** True (once) when `target` is inside the control being released right now. */
export function isOwnRelease(target: EventTarget | null): boolean {
  return releasing !== null && target instanceof Node && releasing.contains(target);
}

/** Sends the held post; false when its control is gone (the compose box was closed). */
export function release(attempt: SendAttempt): boolean {
  const { control } = attempt;
  if (!control.isConnected) return false;
  releasing = control;
  try {
    // Both dispatch synchronously, so the flag covers exactly this one event.
    if (attempt.release) attempt.release();
    else control.click();
  } finally {
    releasing = null;
  }
  return true;
}
