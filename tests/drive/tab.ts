// A browser tab as the site drivers and the shared scenarios see it, whichever browser runs
// them: Chromium through Playwright (tests/e2e/playwright-tab.ts) or Firefox ESR through
// puppeteer-core over WebDriver BiDi (tests/firefox/puppeteer-tab.ts). Only what a person
// does (clicks, keys) and what a test reads (text, the fixture's record of its sends), so
// both implementations stay small and the scenarios run unchanged in each browser.

/**
 * What to find on a page: a CSS selector, matched through open shadow roots, each tree on its
 * own (` >>> ` between two selectors: the second inside what the first matched, shadow roots
 * included, such as Postguard's indicator in a compose box: `form >>> [role="status"]`; of the matches
 * whose text contains `text`, if given, and that are visible, with `visible`; `nth`: which of
 * them, the first by default), or an element by its ARIA role and exact accessible name.
 */
export type Target = CssTarget | { role: string; name: string };
export interface CssTarget {
  css: string;
  text?: string;
  visible?: true;
  nth?: number;
}

export const css = (selector: string, more: Omit<CssTarget, 'css'> = {}): Target => ({
  css: selector,
  ...more,
});
export const role = (name: string, accessibleName: string): Target => ({
  role: name,
  name: accessibleName,
});

export interface Tab {
  /** Goes to `url` in this tab and waits for `ready` to be visible. */
  goto(url: string, ready: Target): Promise<void>;
  /** Waits until `target` is visible (or, with `state: 'gone'`, until it is not there). */
  waitFor(target: Target, state?: 'visible' | 'gone', timeoutMs?: number): Promise<void>;
  /** Whether `target` is there and visible now. */
  isVisible(target: Target): Promise<boolean>;
  /** How many elements match `target` now. */
  count(target: Target): Promise<number>;
  /** A trusted click on `target` once it is visible. */
  click(target: Target): Promise<void>;
  /** A trusted click on `target` once it no longer says aria-disabled="true" (release.ts). */
  clickWhenArmed(target: Target): Promise<void>;
  /** Key presses, Playwright's notation: 'Enter', 'Escape', 'Control+Enter'. */
  press(keys: string): Promise<void>;
  /**
   * Enters `text` into the focused editor as tests/e2e/typing.ts does: each line's first
   * character as a key press, the rest as one text insertion, Enter between lines.
   */
  enterText(text: string): Promise<void>;
  /** `target`'s text: a text field's value, otherwise its text content. */
  textOf(target: Target): Promise<string>;
  /** Whether `target` is inside a shadow root. */
  inShadowRoot(target: Target): Promise<boolean>;
  /** Runs `fn` in the page's own world (not the extension's) and returns its result. */
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Waits `ms` milliseconds (to see that nothing more happens). */
  pause(ms: number): Promise<void>;
}

/** What a site driver needs of the browser around its tabs. */
export interface SiteBrowser {
  /** Which browser this is, for what is known to differ (none in the shared scenarios). */
  readonly name: 'chromium' | 'firefox';
  /** A new tab. */
  newTab(): Promise<Tab>;
  /** Puts `rules` (a valid rule file) in force, as an import does. */
  setRules(rules: object): Promise<void>;
  /** Waits until the extension runs its Mastodon script on `host` (its worker registers it). */
  untilGuarded(host: string): Promise<void>;
}
