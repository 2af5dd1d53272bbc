// Helpers for the Bluesky e2e specs: the fixture Bluesky (tests/fixtures/sites/bluesky)
// served at https://bsky.app, its composer, and its account switch.
import type { BrowserContext, Locator, Page } from '@playwright/test';
import type { SentPost } from '../fixtures/sites/bluesky/sent';
import { expect } from './fixtures';
import { enterText } from './typing';

export type { SentPost };

/** The fixture's accounts when `accounts` is not given. */
export const CORPORATE = 'kingsford.gov.uk';
export const PERSONAL = 'janedoe.bsky.social';

/** The post editors (docs/sites/bluesky.md): TipTap, one per post of a thread. */
export const BSKY_EDITOR = '[data-testid="composePostView"] .ProseMirror[contenteditable="true"]';

export type BskyQuery = Record<string, string>;

/**
 * https://bsky.app/?<query>, once the app is there (and, with `compose`, its editor has
 * focus): in `tab` as a new document, or in a new tab.
 *
 * BSKY_STORAGE lives in the browser profile, which the shared browser keeps between tests.
 * So the first bsky.app tab of a test names its account: `active` defaults to the first of
 * `accounts`. A further tab without `active` shares the session the first one wrote, as a
 * second tab of the real site does.
 */
export async function bskyPage(
  context: BrowserContext,
  query: BskyQuery = {},
  tab?: Page,
): Promise<Page> {
  const q = { ...query };
  const others = context.pages().filter((p) => p !== tab && p.url().startsWith('https://bsky.app'));
  if (!q.active && !others.length) q.active = (q.accounts ?? CORPORATE).split(',')[0]!.trim();
  const search = new URLSearchParams(q).toString();
  const page = tab ?? (await context.newPage());
  await page.goto(`https://bsky.app/${search ? `?${search}` : ''}`);
  await page.getByTestId('sent-log').waitFor({ state: 'attached' });
  if (q.compose) await expect(composer(page).editor).toBeFocused();
  return page;
}

export interface Composer {
  /** The composer's layer: `[role=dialog]` holding composePostView (prompts are other dialogs). */
  layer: Locator;
  view: Locator;
  /** Every post's editor, in thread order. */
  editors: Locator;
  /** The first post's editor. */
  editor: Locator;
  /** `composerPublishBtn` (it leaves the DOM while publishing). */
  publish: Locator;
}

export function composer(page: Page): Composer {
  const view = page.getByTestId('composePostView');
  const editors = page.locator(BSKY_EDITOR);
  return {
    layer: page.locator('[role="dialog"]:has([data-testid="composePostView"])'),
    view,
    editors,
    editor: editors.first(),
    publish: view.getByTestId('composerPublishBtn'),
  };
}

/** Opens an empty composer as people do: the nav's "New post" (the floating button without nav). */
export async function openComposer(page: Page): Promise<Composer> {
  const nav = page.getByRole('button', { name: 'Compose new post' });
  await ((await nav.count()) ? nav : page.getByRole('button', { name: 'New post' })).click();
  const c = composer(page);
  await expect(c.editor).toBeFocused();
  return c;
}

/**
 * Enters `text` into the focused editor (typing.ts: a key press, then the rest as text
 * input; "\n" is Enter, a new paragraph) and waits until the editor shows it.
 */
export async function typePost(page: Page, text: string): Promise<Composer> {
  await enterText(page, text);
  const c = composer(page);
  const last = text.split('\n').findLast((line) => line.trim());
  if (last) await expect(page.locator(`${BSKY_EDITOR}:focus`)).toContainText(last);
  return c;
}

/**
 * Switches account as people do: the left nav's card, then "Switch to @handle". The app
 * remounts (an open composer goes) and says "Signed in as @handle".
 */
export async function switchAccount(page: Page, handle: string) {
  await page.getByRole('button', { name: 'Switch accounts' }).click();
  await page.getByRole('menuitem', { name: `Switch to @${handle}` }).click();
  await expect(page.getByText(`Signed in as @${handle}`)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Profile' })).toHaveAttribute(
    'href',
    `/profile/${handle}`,
  );
}

/**
 * Counts, from now on, the clicks that reach the publish button (a capture listener on
 * document, so nothing can hide one): Cmd/Ctrl+Enter, "Post anyway" and the video queue
 * publish with none.
 */
export async function publishClicks(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = window as unknown as { publishClicks: number };
    w.publishClicks = 0;
    document.addEventListener(
      'click',
      (e) => {
        if ((e.target as Element).closest('[data-testid="composerPublishBtn"]')) w.publishClicks++;
      },
      true,
    );
  });
  return () => page.evaluate(() => (window as unknown as { publishClicks: number }).publishClicks);
}

/** What the fixture has published so far, oldest first (window.__sent). */
export function bskySent(page: Page): Promise<SentPost[]> {
  return page.evaluate(() => (window as unknown as { __sent?: SentPost[] }).__sent ?? []);
}

/** BSKY_STORAGE's current account, as the app looks it up: currentAccount.did → accounts[].handle. */
export function storedHandle(page: Page): Promise<string | undefined> {
  return page.evaluate(() => {
    const s = JSON.parse(localStorage.getItem('BSKY_STORAGE') ?? '{}') as {
      session?: { currentAccount?: { did: string }; accounts: { did: string; handle: string }[] };
    };
    const did = s.session?.currentAccount?.did;
    return s.session?.accounts.find((a) => a.did === did)?.handle;
  });
}
