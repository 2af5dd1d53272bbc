// Helpers for the Mastodon e2e specs: the fixture web client (tests/fixtures/sites/mastodon)
// served at each test server (tests/fixtures/sites/paths.mjs, FIXTURE_SERVERS), its compose
// form, and what it posted.
import type { BrowserContext, Locator, Page, Worker } from '@playwright/test';
import type { InitialState } from '../fixtures/sites/mastodon/options';
import type { SentPost } from '../fixtures/sites/mastodon/sent';
import { expect } from './fixtures';
import { enterText } from './typing';

export type { InitialState, SentPost };

/** The organisation's own server, and its corporate account there. */
export const ORG_SERVER = 'social.kingsford.gov.uk';
export const CORPORATE = 'press';
export const CORPORATE_HANDLE = `@${CORPORATE}@${ORG_SERVER}`;

/** A public server staff also use, and a member of staff's personal account there. */
export const PUBLIC_SERVER = 'mastodon.social';
export const PERSONAL = 'janedoe';
export const PERSONAL_HANDLE = `@${PERSONAL}@${PUBLIC_SERVER}`;

/** The third test server (no account of the organisation's). */
export const OTHER_SERVER = 'hachyderm.io';

/** The fixture's query options (its README), and where to open it. */
export interface MastodonOptions {
  /** Default ORG_SERVER. */
  host?: string;
  /** Default `/home`. */
  path?: string;
  /** The signed-in username: default CORPORATE, or PERSONAL on PUBLIC_SERVER. */
  me?: string;
  name?: string;
  /** `meta.domain` (LOCAL_DOMAIN) when it is not the web host. */
  domain?: string;
  loggedOut?: boolean;
  /** `none`: signed in, but the initial state's `accounts` lacks the account (only the admin). */
  accounts?: 'none';
  page?: 'plain';
  ui?: 'advanced';
  compose?: 'reply';
  cw?: boolean;
  poll?: boolean;
  lang?: 'fr';
  sendMs?: number;
  version?: '4.3';
}

export function mastodonUrl(options: MastodonOptions = {}): string {
  const { host = ORG_SERVER, path = '/home', ...rest } = options;
  const q: Record<string, string> = {};
  if (!rest.me && !rest.loggedOut && !rest.page)
    rest.me = host === PUBLIC_SERVER ? PERSONAL : CORPORATE;
  for (const [key, value] of Object.entries(rest)) {
    if (value === undefined || value === false) continue;
    q[key] = value === true ? '1' : String(value);
  }
  const search = new URLSearchParams(q).toString();
  return `https://${host}${path}${search ? `?${search}` : ''}`;
}

/**
 * The fixture at `https://<host><path>?<options>` in `tab` (a new document) or a new tab,
 * once the app has rendered: its compose form, the plain page's form, or (signed out) the
 * server banner.
 */
export async function mastodonPage(
  context: BrowserContext,
  options: MastodonOptions = {},
  tab?: Page,
): Promise<Page> {
  const page = tab ?? (await context.newPage());
  await page.goto(mastodonUrl(options));
  await page.getByTestId('sent-log').waitFor({ state: 'attached' });
  if (options.page === 'plain') await page.locator('form.compose-form textarea').waitFor();
  else if (options.loggedOut) await page.locator('.server-banner').waitFor();
  else await composeForm(page).textarea.waitFor();
  return page;
}

export interface ComposeForm {
  form: Locator;
  textarea: Locator;
  /** The content warning input (in the DOM only while the warning is on). */
  cw: Locator;
  /** The poll's option inputs, in order. */
  pollOptions: Locator;
  /** `.compose-form__submit > button[type=submit]`: Post, Reply or Update. */
  submit: Locator;
  replyIndicator: Locator;
  navigationBar: Locator;
  /** The mention suggestions (portaled into body, outside the form). */
  suggestions: Locator;
}

export function composeForm(page: Page): ComposeForm {
  const form = page.locator('form.compose-form');
  return {
    form,
    textarea: form.locator('textarea.autosuggest-textarea__textarea'),
    cw: form.locator('.spoiler-input input.spoiler-input__input#cw-spoiler-input'),
    pollOptions: form.locator('.compose-form__poll label.poll__option.editable input'),
    submit: form.locator('.compose-form__submit > button[type="submit"]'),
    replyIndicator: form.locator('.reply-indicator'),
    navigationBar: form.locator('.navigation-bar'),
    suggestions: page.locator('.autosuggest-textarea__suggestions'),
  };
}

/**
 * Enters `text` into the textarea (focusing it first if needed; typing.ts: a key press, then
 * the rest as text input; "\n" is Enter, a new line) and waits until the textarea shows it.
 */
export async function typePost(page: Page, text: string): Promise<ComposeForm> {
  const c = composeForm(page);
  if (!(await c.textarea.evaluate((el) => el === document.activeElement))) await c.textarea.focus();
  const before = await c.textarea.inputValue();
  await enterText(page, text);
  await expect(c.textarea).toHaveValue(before + text);
  return c;
}

/** What the fixture has posted so far, oldest first (window.__sent). */
export function mastodonSent(page: Page): Promise<SentPost[]> {
  return page.evaluate(() => (window as unknown as { __sent?: SentPost[] }).__sent ?? []);
}

/** The page's `script#initial-state`, parsed. */
export function initialState(page: Page): Promise<InitialState | null> {
  return page.evaluate(() => {
    const el = document.querySelector('script#initial-state[type="application/json"]');
    return el ? (JSON.parse(el.textContent ?? 'null') as InitialState) : null;
  });
}

/**
 * Counts, from now on, the `submit` events in the page (a capture listener on window, so
 * nothing can hide one): Ctrl/Cmd+Enter posts with none.
 */
export async function submitEvents(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = window as unknown as { submitEvents: number };
    w.submitEvents = 0;
    window.addEventListener('submit', () => w.submitEvents++, true);
  });
  return () => page.evaluate(() => (window as unknown as { submitEvents: number }).submitEvents);
}

declare const chrome: {
  scripting: { getRegisteredContentScripts(): Promise<{ matches?: string[] }[]> };
};

function extensionWorker(context: BrowserContext): Promise<Worker> {
  const isExtension = (w: Worker) => w.url().startsWith('chrome-extension://');
  const running = context.serviceWorkers().find(isExtension);
  return running
    ? Promise.resolve(running)
    : context.waitForEvent('serviceworker', { predicate: isExtension });
}

/** The match patterns the worker has registered the Mastodon script on. */
export async function registeredServers(context: BrowserContext): Promise<string[]> {
  const worker = await extensionWorker(context);
  return worker.evaluate(async () =>
    (await chrome.scripting.getRegisteredContentScripts()).flatMap((s) => s.matches ?? []),
  );
}

/**
 * Waits until the worker runs the Mastodon script on `host`. In a new browser its first
 * sync reads the rules, managed storage included, and Chromium's first read of that takes
 * 2 to 5 seconds, more on a busy machine (shared-browser.ts): hence the longer wait.
 */
export async function untilGuarded(context: BrowserContext, host: string): Promise<void> {
  await expect
    .poll(() => registeredServers(context), { timeout: 20_000 })
    .toContain(`https://${host}/*`);
}
