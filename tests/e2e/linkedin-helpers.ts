// Helpers for the LinkedIn e2e specs: the fixture LinkedIn (tests/fixtures/sites/linkedin)
// served at https://www.linkedin.com, its share modal, and the Kingsford rule file. By
// default the fixture is the 2026 shell: the share modal is in an open shadow root on
// #interop-outlet, which Playwright's CSS locators pierce; a hidden /preload copy of the
// sharebox sits in the light DOM, so every locator here keeps to the visible one.
import type { BrowserContext, Locator, Page } from '@playwright/test';
import type { SentPost } from '../fixtures/sites/linkedin/sent';
import { expect } from './fixtures';
import { kingsfordExample, setRules } from './rules';
import { enterText } from './typing';

export type { SentPost };

/** The share modal, newer and older markup (docs/sites/linkedin.md). */
export const SHARE_MODAL =
  '[role="dialog"][aria-labelledby="share-to-linkedin-modal__header"], .share-box-v2__modal';

/** The fixture's paths: the member's composer and a company page's admin composer (docs/sites/linkedin.md). */
export const PERSONAL_COMPOSER = '/preload/sharebox/';
export const COMPANY_COMPOSER = '/company/1234/admin/page-posts/published/';
/** Its editor: Quill, or the newer textbox (?editor=textbox). */
export const SHARE_EDITOR =
  'div.ql-editor[contenteditable="true"], [role="textbox"][aria-label="Text editor for creating content"]';

export type Query = string | Record<string, string>;

/**
 * https://www.linkedin.com<path>?<query>, once the feed's share box is there: in a new tab,
 * or as a new document in `tab`.
 */
export async function linkedinPage(
  context: BrowserContext,
  query: Query = '',
  path = '/feed/',
  tab?: Page,
) {
  const search = new URLSearchParams(query).toString();
  const page = tab ?? (await context.newPage());
  await page.goto(`https://www.linkedin.com${path}${search ? `?${search}` : ''}`);
  await page.getByRole('button', { name: 'Start a post' }).waitFor();
  return page;
}

/** The company page's admin composer, open at load (`?share=true`), its editor focused. */
export async function companyComposer(
  context: BrowserContext,
  query: Record<string, string> = {},
  tab?: Page,
) {
  const page = await linkedinPage(context, { ...query, share: 'true' }, COMPANY_COMPOSER, tab);
  await expect(share(page).editor).toBeFocused();
  return page;
}

export interface Share {
  modal: Locator;
  editor: Locator;
  /** `button.share-actions__primary-action`: "Post", or "Schedule" once a time is set. */
  post: Locator;
  /** The author picker (first line: the author; second: the audience). */
  author: Locator;
}

export function share(page: Page): Share {
  const modal = page.locator(SHARE_MODAL).filter({ visible: true });
  return {
    modal,
    editor: modal.locator(SHARE_EDITOR),
    post: modal.locator('button.share-actions__primary-action'),
    author: modal.locator(
      '.share-unified-settings-entry-button, .share-creation-state__author-button',
    ),
  };
}

/** Clicks "Start a post" and waits for the share modal's editor to have focus. */
export async function startPost(page: Page): Promise<Share> {
  await page.getByRole('button', { name: 'Start a post' }).click();
  const s = share(page);
  await expect(s.editor).toBeFocused();
  return s;
}

/** Opens the share modal and types `text` into its editor, as a person does. */
export async function writePost(page: Page, text: string): Promise<Share> {
  await startPost(page);
  return typePost(page, text);
}

/** Types into the focused share editor; waits for Post, which LinkedIn enables a tick late. */
export async function typePost(page: Page, text: string): Promise<Share> {
  const s = share(page);
  await enterText(page, text);
  await expect(s.post).toBeEnabled();
  return s;
}

/** Switches the share modal's author through its picker, as a person does. */
export async function switchAuthor(page: Page, name: string) {
  const s = share(page);
  await s.author.click();
  await s.modal.getByRole('radio', { name }).check();
  await s.modal.getByRole('button', { name: 'Done' }).click();
  await expect(s.author).toContainText(name);
  await expect(s.editor).toBeFocused();
}

export const sentPosts = (page: Page) =>
  page.evaluate(() => (window as unknown as { __sent?: SentPost[] }).__sent ?? []);

/**
 * Exactly one send, then none more: waits for it, for LinkedIn's modal to close (the
 * fixture closes it after posting), and checks again.
 */
export async function expectSentOnce(page: Page, expected: Partial<SentPost>) {
  await expect.poll(() => sentPosts(page)).toHaveLength(1);
  await expect(share(page).modal).toHaveCount(0);
  const all = await sentPosts(page);
  expect(all).toHaveLength(1);
  expect(all[0]).toMatchObject(expected);
}

/** The guard's dialog (ui-contract.md), by role. */
export const guardDialog = (page: Page, name?: RegExp) =>
  page.getByRole('alertdialog', name ? { name } : {});

/** The compose indicator beside the share box. */
export const indicator = (page: Page) => page.getByRole('status').filter({ hasText: 'Posting as' });

/** Puts docs/examples/kingsford-council.json in force (rules.ts, setRules), optionally edited. */
export async function setKingsford(
  context: BrowserContext,
  edit?: (rules: Record<string, unknown>) => void,
) {
  const rules = kingsfordExample();
  edit?.(rules);
  await setRules(context, rules);
}
