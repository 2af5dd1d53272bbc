// Runs in the page (main world) before any of the page's scripts, installed with
// page.addInitScript. It times one send from inside the page, so Playwright's round trips
// are not counted: t0 is performance.now() in a capture listener for the trusted click;
// the dialog is "in the DOM" when a MutationObserver sees Postguard's dialog host with its
// role=alertdialog, and "visible" at the next animation frame (the frame that paints it).
//
// Why an init script and not page.evaluate: the guard's own capture listener on window
// stops the held click's propagation (stopImmediatePropagation), so a listener added later
// on window never sees it. Listeners on one target run in the order they were added, and an
// init script runs before the content script's document_start code.

export interface SendTiming {
  /** Click → dialog element in the page. */
  clickToDom: number;
  /** Click → the animation frame that first paints the dialog. */
  clickToFrame: number;
  /** Whether that frame is the first frame after the click (no frame was missed). */
  firstFrame: boolean;
  /** The dialog is rendered (checkVisibility) in that frame. */
  visible: boolean;
}

export interface Probe {
  /** Arms the probe for the next trusted click; `result` settles once the dialog shows. */
  arm(): void;
  result: Promise<SendTiming> | null;
}

// No `const f = () => …` inside: tsx (esbuild keepNames) would wrap it in a __name() call,
// and the page has no __name.
export function installProbe(): void {
  let pending: ((timing: SendTiming) => void) | null = null;
  const probe: Probe = {
    result: null,
    arm() {
      probe.result = new Promise<SendTiming>((resolve, reject) => {
        pending = resolve;
        setTimeout(
          () => reject(new Error('no trusted click reached the probe, or no dialog in 5 s')),
          5_000,
        );
      });
    },
  };
  (window as unknown as { __pgBench: Probe }).__pgBench = probe;

  addEventListener(
    'click',
    (event) => {
      const resolve = pending;
      if (!event.isTrusted || !resolve) return;
      pending = null;
      const t0 = performance.now();
      let firstFrameTime = -1;
      requestAnimationFrame((time) => (firstFrameTime = time));
      const observer = new MutationObserver(() => {
        const dialog = document
          .querySelector('[data-postguard="dialog"]')
          ?.shadowRoot?.querySelector('[role="alertdialog"]');
        if (!dialog) return;
        observer.disconnect();
        const inDom = performance.now();
        requestAnimationFrame((time) => {
          const frame = performance.now();
          resolve({
            clickToDom: inDom - t0,
            clickToFrame: frame - t0,
            firstFrame: time === firstFrameTime,
            visible: dialog.checkVisibility(),
          });
        });
      });
      // The dialog's host is appended to <html> (src/content/ui/dialog.ts).
      observer.observe(document.documentElement, { childList: true });
    },
    true,
  );
}
