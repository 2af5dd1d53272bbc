// The shared scenarios' Tab (tests/drive/tab.ts) on a Playwright page in Chromium: a CSS
// target is a Playwright CSS locator (which goes through open shadow roots), a role target
// `getByRole` with the exact name.
import type { BrowserContext, Locator, Page } from '@playwright/test';
import type { SiteBrowser, Tab, Target } from '../drive/tab';
import { untilGuarded } from './mastodon-helpers';
import { clickWhenArmed } from './release';
import { setRules } from './rules';
import { enterText } from './typing';

/** Every element `target` matches (a role target: by its exact name). */
function all(page: Page, target: Target): Locator {
  if (!('css' in target)) {
    const role = target.role as Parameters<Page['getByRole']>[0];
    return page.getByRole(role, { name: target.name, exact: true });
  }
  const [first, ...inner] = target.css.split(' >>> ');
  const matches = inner.reduce((outer, css) => outer.locator(css), page.locator(first!));
  return matches.filter({
    ...(target.text !== undefined && { hasText: target.text }),
    ...(target.visible && { visible: true }),
  });
}

const locate = (page: Page, target: Target): Locator =>
  'css' in target ? all(page, target).nth(target.nth ?? 0) : all(page, target);

/** The Tab of a Playwright page (shared scenarios' view of it); `page` stays reachable. */
export function playwrightTab(page: Page): Tab & { page: Page } {
  return {
    page,
    async goto(url, ready) {
      await page.goto(url);
      await locate(page, ready).waitFor();
    },
    waitFor: (target, state = 'visible', timeout = 5_000) =>
      locate(page, target).waitFor({ state: state === 'gone' ? 'hidden' : 'visible', timeout }),
    isVisible: (target) => locate(page, target).isVisible(),
    count: (target) => all(page, target).count(),
    click: (target) => locate(page, target).click(),
    clickWhenArmed: (target) => clickWhenArmed(locate(page, target)),
    press: (keys) => page.keyboard.press(keys),
    enterText: (text) => enterText(page, text),
    textOf: (target) =>
      locate(page, target).evaluate((el) =>
        el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement
          ? el.value
          : (el.textContent ?? ''),
      ),
    inShadowRoot: (target) =>
      locate(page, target).evaluate((el) => el.getRootNode() instanceof ShadowRoot),
    // The argument is plain data (no handles): Playwright's unboxing leaves it as it is.
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) =>
      page.evaluate(fn as (arg: unknown) => R | Promise<R>, arg as unknown),
    pause: (ms) => page.waitForTimeout(ms),
  };
}

/** The shared scenarios' SiteBrowser on a Playwright context of Chromium. */
export function playwrightBrowser(context: BrowserContext): SiteBrowser {
  return {
    name: 'chromium',
    newTab: async () => playwrightTab(await context.newPage()),
    setRules: (rules) => setRules(context, rules),
    untilGuarded: (host) => untilGuarded(context, host),
  };
}
