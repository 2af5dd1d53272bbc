// The guard's dialog buttons are armed once their input protection is over
// (src/content/ui/input-protection.ts), which a button says by dropping aria-disabled.
// Passed to a browser driver's `evaluate` on the button (Playwright's or puppeteer's), so it
// uses nothing from outside itself.

/** Resolves as soon as `element` no longer says aria-disabled="true". */
export function untilArmed(element: Element): Promise<void> {
  return new Promise<void>((armed) => {
    const isArmed = () => element.getAttribute('aria-disabled') !== 'true';
    if (isArmed()) return armed();
    const watch = new MutationObserver(() => {
      if (!isArmed()) return;
      watch.disconnect();
      armed();
    });
    watch.observe(element, { attributes: true, attributeFilter: ['aria-disabled'] });
  });
}
