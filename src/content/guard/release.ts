// Releasing a held send: the guard clicks the site's own send control once,
// and lets exactly that one click through its own interceptor.

let releasing: HTMLElement | null = null;

/** True (once) when `target` is inside the control being released right now. */
export function isOwnRelease(target: EventTarget | null): boolean {
  return releasing !== null && target instanceof Node && releasing.contains(target);
}

export function release(control: HTMLElement): void {
  if (!control.isConnected) return;
  releasing = control;
  try {
    // click() dispatches synchronously, so the flag covers exactly this click.
    control.click();
  } finally {
    releasing = null;
  }
}
