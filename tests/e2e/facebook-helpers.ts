// Helpers for the Facebook e2e specs: the fixture Facebook (tests/fixtures/sites/facebook)
// served at https://www.facebook.com, its two compose surfaces, and the rule files.
import type { BrowserContext, Locator, Page } from '@playwright/test';
import type { SentPost } from '../fixtures/sites/facebook/sent';
import { expect, test as base } from './fixtures';
import { KINGSFORD, kingsfordExample, setRules } from './rules';
import { enterText } from './typing';

export { KINGSFORD };

export type { SentPost };
export { expect };

/** The Lexical editable, as docs/sites/facebook.md describes it. */
export const FB_EDITOR =
  'div[contenteditable="true"][role="textbox"][data-lexical-editor="true"][spellcheck="true"].notranslate';

/** The Kingsford Council example with sombre-event mode switched on. */
export function kingsfordSombre(): object {
  const rules = kingsfordExample();
  return { ...rules, sombre: { ...(rules.sombre as object), active: true } };
}

export type Surface = 'create-post' | 'comment';

/** https://www.facebook.com/?<query>, once the feed is there: in `tab`, or a new tab. */
export async function facebookPage(
  context: BrowserContext,
  query: Record<string, string> = {},
  tab?: Page,
): Promise<Page> {
  const search = new URLSearchParams(query).toString();
  const page = tab ?? (await context.newPage());
  await page.goto(`https://www.facebook.com/${search ? `?${search}` : ''}`);
  await page.locator(`form ${FB_EDITOR}`).waitFor();
  return page;
}

export interface FacebookFixtures {
  /**
   * https://www.facebook.com/?<query>, once the feed is there: in a new tab, or as a new
   * document in `tab`.
   */
  fbPage: (query?: Record<string, string>, tab?: Page) => Promise<Page>;
  fbSent: (page: Page) => Promise<SentPost[]>;
  /** Puts a rule file (object or path) in force (rules.ts, setRules). */
  useRules: (rules: object | string) => Promise<void>;
}

export const test = base.extend<FacebookFixtures>({
  fbPage: async ({ context }, use) => {
    await use((query, tab) => facebookPage(context, query, tab));
  },

  // eslint-disable-next-line no-empty-pattern
  fbSent: async ({}, use) => {
    await use((page) =>
      page.evaluate(() => (window as unknown as { __sent?: SentPost[] }).__sent ?? []),
    );
  },

  useRules: async ({ context }, use) => {
    await use((rules) => setRules(context, rules));
  },
});

/** The box of a surface: the Create post dialog, or the post's comment box. */
export function surfaceBox(page: Page, surface: Surface): Locator {
  return surface === 'create-post' ? page.getByRole('dialog') : page.locator('form.comment-box');
}

export function editorOf(page: Page, surface: Surface): Locator {
  return surfaceBox(page, surface).locator(FB_EDITOR);
}

/** Opens the surface (the dialog from the feed's "Create a post" region) and types. */
export async function compose(page: Page, surface: Surface, text: string, regionName?: string) {
  if (surface === 'create-post' && !(await surfaceBox(page, surface).isVisible())) {
    await page
      .getByRole('region', { name: regionName ?? 'Create a post' })
      .getByRole('button')
      .click();
  }
  const editor = editorOf(page, surface);
  await editor.click();
  await enterText(page, text);
  await expect(editor).toContainText(text.split('\n')[0]!);
  return editor;
}

/** Sends as people do: Post in the dialog; plain Enter in a comment box. */
export async function send(page: Page, surface: Surface, postLabel = 'Post') {
  if (surface === 'create-post') {
    await surfaceBox(page, surface).getByRole('button', { name: postLabel, exact: true }).click();
  } else {
    await editorOf(page, surface).press('Enter');
  }
}

/** The comment box's "Posting as …" indicator (the feed always has one comment box). */
export function commentIndicator(page: Page): Locator {
  return surfaceBox(page, 'comment').getByRole('status').filter({ hasText: 'Posting as' });
}

/** Opens the top bar's account menu (the button holding the "Your profile" picture). */
export async function openAccountMenu(page: Page, menuLabel = 'Your profile') {
  await page.getByRole('banner').getByRole('button', { name: menuLabel, exact: true }).click();
}

/**
 * Opens the account menu (and "See all profiles" when asked), waits until Postguard has
 * read it (the comment box's indicator no longer asks for it; or says `expected`), then
 * closes it with Escape, as a person glancing at it would.
 */
export async function lookAtMenu(
  page: Page,
  {
    expected,
    seeAll = false,
    menuLabel,
  }: { expected?: string | RegExp; seeAll?: boolean; menuLabel?: string } = {},
) {
  await openAccountMenu(page, menuLabel);
  if (seeAll) await page.getByRole('button', { name: 'See all profiles' }).click();
  const indicator = commentIndicator(page);
  if (expected) await expect(indicator).toContainText(expected);
  else await expect(indicator).not.toContainText('Open the account menu');
  await page.keyboard.press('Escape');
  await expect(
    page.getByRole('banner').locator('[role="radio"], [role="menuitemradio"]'),
  ).toHaveCount(0);
}

/** Chooses an identity in the account menu; the fixture switches in place and closes it. */
export async function switchTo(page: Page, name: string) {
  await openAccountMenu(page);
  await page.getByRole('radio', { name }).click();
  await expect(page.getByRole('radio')).toHaveCount(0);
}

/** Follows one of the left-hand shortcuts (client-side, no reload). */
export async function goTo(page: Page, place: string) {
  await page
    .getByRole('navigation', { name: 'Shortcuts' })
    .getByRole('link', { name: place })
    .click();
}

/** How the fixture records a send from each surface by the way `send` sends. */
export const VIA: Record<Surface, SentPost['via']> = {
  'create-post': 'click',
  comment: 'keyboard',
};
