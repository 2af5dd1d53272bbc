// The shared scenarios' Tab (tests/drive/tab.ts) on a puppeteer-core page in Firefox ESR,
// over WebDriver BiDi. A CSS target goes through open shadow roots with puppeteer's `pierce/`
// (each tree matched on its own, as the drivers' selectors need). A role target cannot be an
// ARIA query here: puppeteer's `::-p-aria` found no element at all in Firefox ESR 140 over
// BiDi, in a page or in a shadow root. So it is the elements with that role (explicit, or a
// tag's own for the few roles the scenarios use) whose name — aria-labelledby, aria-label,
// else the text — is exactly the one asked for: enough for the guard's dialog and its buttons,
// which name themselves those ways.
// Puppeteer's handles do not wait as Playwright's locators do: every lookup here polls.
import type { ElementHandle, KeyInput, Page } from 'puppeteer-core';
import { untilArmed } from '../drive/armed';
import type { Tab, Target } from '../drive/tab';

const POLL_MS = 50;
const TIMEOUT_MS = 5_000;

const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/** The elements a tag gives a role without saying so, for the roles the scenarios use. */
const IMPLICIT: Record<string, string> = {
  button: 'button, input[type="button"], input[type="submit"]',
  link: 'a[href]',
  textbox: 'textarea, input:not([type]), input[type="text"]',
  dialog: 'dialog:not([role])',
};

function selectorOf(target: { role: string }): string {
  const implicit = IMPLICIT[target.role];
  return `pierce/[role="${target.role}"]${implicit ? `, ${implicit}` : ''}`;
}

/** The accessible name as the guard's own elements give it (see the head of this file). */
function nameOf(element: Element): string {
  const normal = (text: string | null | undefined) => (text ?? '').replace(/\s+/gu, ' ').trim();
  const root = element.getRootNode() as Document | ShadowRoot;
  const labelledBy = element.getAttribute('aria-labelledby');
  if (labelledBy) {
    const parts = labelledBy.split(/\s+/u).map((id) => root.getElementById?.(id)?.textContent);
    return normal(parts.join(' '));
  }
  return normal(element.getAttribute('aria-label') ?? element.textContent);
}

/** What `css` matches: each part after ` >>> ` inside the last part's matches (tab.ts). */
async function deep(page: Page, css: string): Promise<ElementHandle<Element>[]> {
  const [first, ...inner] = css.split(' >>> ');
  let found = await page.$$(`pierce/${first!}`);
  for (const part of inner) {
    const within = await Promise.all(found.map((outer) => outer.$$(`pierce/${part}`)));
    found = within.flat();
  }
  return found;
}

/** Every element `target` matches now, in document order. */
async function all(page: Page, target: Target): Promise<ElementHandle<Element>[]> {
  const found = 'css' in target ? await deep(page, target.css) : await page.$$(selectorOf(target));
  if (!('css' in target)) {
    const named: ElementHandle<Element>[] = [];
    for (const handle of found) {
      if ((await handle.evaluate(nameOf)) === target.name) named.push(handle);
    }
    return named;
  }
  const kept: ElementHandle<Element>[] = [];
  for (const handle of found) {
    const { text, visible } = target;
    if (text !== undefined) {
      const content = await handle.evaluate((el) => el.textContent ?? '');
      if (!content.includes(text)) continue;
    }
    if (visible && !(await handle.isVisible())) continue;
    kept.push(handle);
  }
  return kept;
}

/** The element `target` names now (its `nth` match), or null. */
async function one(page: Page, target: Target): Promise<ElementHandle<Element> | null> {
  const found = await all(page, target);
  return found['css' in target ? (target.nth ?? 0) : 0] ?? null;
}

/** Polls until `target` is visible; its handle. */
async function visible(page: Page, target: Target, timeout = TIMEOUT_MS) {
  const until = Date.now() + timeout;
  for (;;) {
    const handle = await one(page, target).catch(() => null);
    if (handle && (await handle.isVisible().catch(() => false))) return handle;
    if (Date.now() > until)
      throw new Error(`not visible within ${timeout} ms: ${describe(target)}`);
    await sleep(POLL_MS);
  }
}

/** Polls until `target` is in the page, visible or not; its handle. */
async function attached(page: Page, target: Target, timeout = TIMEOUT_MS) {
  const until = Date.now() + timeout;
  for (;;) {
    const handle = await one(page, target).catch(() => null);
    if (handle) return handle;
    if (Date.now() > until) throw new Error(`not found within ${timeout} ms: ${describe(target)}`);
    await sleep(POLL_MS);
  }
}

const describe = (target: Target) =>
  'css' in target ? JSON.stringify(target) : `${target.role} "${target.name}"`;

/**
 * The WebDriver key for Return, the main keyboard's Enter. Puppeteer sends its "Enter" as
 * WebDriver's \uE007, which Firefox types as the numpad's (`code` "NumpadEnter"): sites
 * that look at `code` (Bluesky's editor) take that for a line break, and so does the guard.
 */
const RETURN = '\uE006' as KeyInput;

/** Presses `keys` in Playwright's notation ('Control+Enter'): modifiers held, then the key. */
async function press(page: Page, keys: string) {
  const parts = keys.split('+') as KeyInput[];
  const last = parts.pop()!;
  const key = last === 'Enter' ? RETURN : last;
  for (const modifier of parts) await page.keyboard.down(modifier);
  await page.keyboard.press(key);
  for (const modifier of parts.reverse()) await page.keyboard.up(modifier);
}

export function puppeteerTab(page: Page): Tab & { page: Page } {
  return {
    page,
    async goto(url, ready) {
      await page.goto(url);
      await visible(page, ready, 10_000);
    },
    async waitFor(target, state = 'visible', timeout = TIMEOUT_MS) {
      if (state === 'visible') return void (await visible(page, target, timeout));
      const until = Date.now() + timeout;
      for (;;) {
        const handle = await one(page, target).catch(() => null);
        if (!handle || !(await handle.isVisible().catch(() => false))) return;
        if (Date.now() > until)
          throw new Error(`still visible after ${timeout} ms: ${describe(target)}`);
        await sleep(POLL_MS);
      }
    },
    async isVisible(target) {
      const handle = await one(page, target);
      return handle ? handle.isVisible() : false;
    },
    count: async (target) => (await all(page, target)).length,
    click: async (target) => (await visible(page, target)).click(),
    async clickWhenArmed(target) {
      const button = await visible(page, target);
      // As tests/e2e/release.ts: the click comes as soon as aria-disabled goes.
      await button.evaluate(untilArmed);
      await button.click();
    },
    press: (keys) => press(page, keys),
    async enterText(text) {
      // Every character a key press (BiDi inserts no text in one go); a line break is Enter.
      for (const [index, line] of text.split('\n').entries()) {
        if (index > 0) await page.keyboard.press(RETURN);
        await page.keyboard.type(line);
      }
    },
    textOf: async (target) =>
      (await attached(page, target)).evaluate((el) =>
        el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement
          ? el.value
          : (el.textContent ?? ''),
      ),
    inShadowRoot: async (target) =>
      (await attached(page, target)).evaluate((el) => el.getRootNode() instanceof ShadowRoot),
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) =>
      page.evaluate(fn as (arg: unknown) => R | Promise<R>, arg as unknown) as Promise<R>,
    pause: sleep,
  };
}
