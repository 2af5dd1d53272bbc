// Shared by the X end-to-end specs (tests/e2e/x-*.spec.ts): the four compose surfaces, the
// four ways of sending, the rule files, and what a person notices (the guard dialog, the
// indicator, what the site sent and what stays in the box).
import type { Locator, Page } from '@playwright/test';
import type { RuleFileInput } from '../../src/core/rules/schema';
import { expect, type PostguardFixtures, type SentPost } from './fixtures';
import { ruleFile } from './rules';
import { enterText } from './typing';

export const CORPORATE = 'KingsfordGov';
export const PERSONAL = 'janedoe_fun';

/**
 * Nothing on the page names the account (no switcher, Profile link or compose-box avatar, as
 * narrow layouts and other extensions leave it); the fixture still posts as the corporate one.
 */
export const ACCOUNT_NOT_SHOWN = {
  hideSwitcher: '1',
  hideProfileLink: '1',
  hideAvatars: '1',
  active: CORPORATE,
};

/** Home inline box, reply box, the /compose/post modal, a thread of two posts in that modal. */
export const SURFACES = ['home', 'reply', 'modal', 'thread'] as const;
/** The modals opened from a post: its Reply button, and Repost › Quote. */
export const POST_MODALS = ['reply-modal', 'quote-modal'] as const;
export type SurfaceName = (typeof SURFACES)[number] | (typeof POST_MODALS)[number];

/** A click on the Post button itself, on the span of its label, Ctrl+Enter, Cmd(Meta)+Enter. */
export const WAYS = ['button', 'span', 'ctrl', 'meta'] as const;
export type Way = (typeof WAYS)[number];

export const WAY_TITLE: Record<Way, string> = {
  button: 'a click on the button',
  span: 'a click on the label span',
  ctrl: 'Ctrl+Enter',
  meta: 'Cmd+Enter',
};

const PATH: Record<SurfaceName, string> = {
  home: '/home',
  reply: '/KingsfordNews/status/1',
  modal: '/compose/post',
  thread: '/compose/post',
  'reply-modal': '/home',
  'quote-modal': '/home',
};

const inModal = (surface: SurfaceName) => surface !== 'home' && surface !== 'reply';

/** How the fixture X names the surface in window.__sent. */
const SITE_SURFACE: Record<SurfaceName, SentPost['surface']> = {
  home: 'home',
  reply: 'reply',
  modal: 'compose-modal',
  thread: 'compose-modal',
  'reply-modal': 'reply-modal',
  'quote-modal': 'quote-modal',
};

type RuleFields = Omit<RuleFileInput, 'format' | 'version'>;

/** Kingsford Council's X accounts and terms; `fields` replace top-level fields. */
export function kingsfordRules(fields: Partial<RuleFields> = {}) {
  const base: RuleFields = {
    organization: 'Kingsford Council',
    accounts: [
      { platform: 'x', handle: CORPORATE, role: 'corporate', label: 'Council newsroom' },
      { platform: 'x', handle: PERSONAL, role: 'personal' },
    ],
    bannedTerms: [{ term: 'bomb', action: 'block' }],
    workTerms: ['#KingsfordCouncil', 'our residents'],
  };
  return ruleFile({ ...base, ...fields });
}

type XPage = PostguardFixtures['xPage'];

/** The posts a surface takes: a thread gets both texts, every other surface the first. */
export function postsFor(surface: SurfaceName, first: string, second: string): string[] {
  return surface === 'thread' ? [first, second] : [first];
}

export interface XComposer {
  page: Page;
  surface: SurfaceName;
  /** The compose box: the modal dialog, or the inline / reply box in the main column. */
  box: Locator;
  sendButton: Locator;
  editor(index?: number): Locator;
  /** Types one text per post; a thread adds its later posts with "Add post". */
  write(texts: readonly string[]): Promise<void>;
  send(way: Way): Promise<void>;
  /** The record the site keeps of these texts sent from this surface. */
  record(texts: readonly string[], account: string): Omit<SentPost, 'via'>;
}

/**
 * Opens the surface at the real x.com URL (query: the fixture's options), in a new tab or as
 * a new document in `tab`.
 */
export async function openComposer(
  xPage: XPage,
  surface: SurfaceName,
  query: Record<string, string> = {},
  tab?: Page,
): Promise<XComposer> {
  const page = await xPage(query, PATH[surface], tab);
  const newsPost = page.getByRole('article').filter({ hasText: 'Bin collections' });
  if (surface === 'reply-modal') await newsPost.getByTestId('reply').click();
  if (surface === 'quote-modal') {
    await newsPost.getByTestId('retweet').click();
    await page.getByRole('menuitem', { name: 'Quote' }).click();
  }
  const box = inModal(surface)
    ? page.locator('#layers [role="dialog"]')
    : page.getByTestId('primaryColumn').locator('.composer');
  const sendButton = box.getByTestId(inModal(surface) ? 'tweetButton' : 'tweetButtonInline');
  const editor = (index = 0) => box.locator('.public-DraftEditor-content').nth(index);
  await expect(editor()).toBeVisible();

  return {
    page,
    surface,
    box,
    sendButton,
    editor,
    async write(texts) {
      await editor(0).click();
      await enterText(page, texts[0] ?? '');
      for (let i = 1; i < texts.length; i++) {
        await box.getByRole('button', { name: 'Add post' }).click();
        await expect(editor(i)).toBeFocused(); // X moves the focus into the new post
        await enterText(page, texts[i] ?? '');
      }
      await expect(sendButton).not.toHaveAttribute('aria-disabled', 'true');
    },
    async send(way) {
      if (way === 'ctrl') return page.keyboard.press('Control+Enter');
      if (way === 'meta') return page.keyboard.press('Meta+Enter');
      if (way === 'span') return sendButton.locator('span span').click();
      // On the button's own left padding, so that the click's target is the button itself.
      const size = await sendButton.boundingBox();
      await sendButton.click({ position: { x: 5, y: (size?.height ?? 20) / 2 } });
    },
    record: (texts, account) => ({ account, texts: [...texts], surface: SITE_SURFACE[surface] }),
  };
}

/** What the fixture X has sent so far (window.__sent). */
export function sentPosts(page: Page): Promise<SentPost[]> {
  return page.evaluate(() => (window as unknown as { __sent?: SentPost[] }).__sent ?? []);
}

/**
 * The site sent exactly `expected` (in order) and nothing more: checked again once the site
 * has finished the send (the box is cleared; the modal closes), so a late second send shows.
 */
export async function expectSentExactly(composer: XComposer, expected: unknown[]) {
  const { page, surface, box, editor } = composer;
  await expect.poll(() => sentPosts(page)).toEqual(expected);
  if (inModal(surface)) await expect(box).toHaveCount(0);
  else await expect(editor()).toHaveText('');
  expect(await sentPosts(page)).toEqual(expected);
}

/** The guard's dialog (open shadow root, so role queries reach it). */
export function guardDialog(page: Page): Locator {
  return page.getByRole('alertdialog');
}

/** The dialog's release button: `Post as @handle`. */
export function postAsButton(page: Page, handle = CORPORATE): Locator {
  return guardDialog(page).getByRole('button', { name: `Post as @${handle}` });
}

/** Switches account with the side-nav switcher's menu: no reload, as on X. */
export async function switchAccount(page: Page, handle: string) {
  const switcher = page.getByTestId('SideNav_AccountSwitcher_Button');
  await switcher.click();
  await page.getByRole('menuitem', { name: `@${handle}` }).click();
  await expect(switcher).toContainText(`@${handle}`);
}

/** The compose indicator of a compose box. */
export function indicatorOf(composer: XComposer): Locator {
  return composer.box.getByRole('status').filter({ hasText: 'Posting as' });
}
