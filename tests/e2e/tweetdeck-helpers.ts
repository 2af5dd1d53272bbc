// Helpers for the legacy TweetDeck e2e specs: the fixture (tests/fixtures/sites/x-tweetdeck)
// served at https://x.com/i/tweetdeck, its docked composer and "From" chooser, the inline
// reply, and what it sent. The chooser's items are found by `data-account-key` (their `title`
// is empty after a hover: README.md), computed from the screen name as the fixture does.
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { account } from '../fixtures/sites/x-tweetdeck/options';
import type { Like, Retweet, SentTweet } from '../fixtures/sites/x-tweetdeck/sent';
import { expect } from './fixtures';
import { enterText } from './typing';

export type { Like, Retweet, SentTweet };

/** The fixture's accounts when `accounts` is not given (the first is the default). */
export const CORPORATE = 'KingsfordGov';
export const PERSONAL = 'janedoe_fun';
export const THIRD = 'jane_kingsford';

export const TWEETDECK_URL = 'https://x.com/i/tweetdeck';

export type TweetdeckQuery = Record<string, string>;

/** TweetDeck's key for the account `screenName` (`twitter:<user id>`), as the fixture makes it. */
export const keyOf = (screenName: string) => account(screenName).key;

/**
 * https://x.com/i/tweetdeck?<query>, once the app has replaced x.com's document and shows its
 * columns (and, with `docked=open`, the composer's text box has focus): in `tab`, or a new tab.
 */
export async function tweetdeckPage(
  context: BrowserContext,
  query: TweetdeckQuery = {},
  tab?: Page,
): Promise<Page> {
  const search = new URLSearchParams(query).toString();
  const page = tab ?? (await context.newPage());
  await page.goto(`${TWEETDECK_URL}${search ? `?${search}` : ''}`);
  await page.locator('body#injected-body .js-app:not(.is-hidden) .js-column').first().waitFor();
  if (query.docked === 'open') await expect(docked(page).text).toBeFocused();
  return page;
}

export interface Docked {
  root: Locator;
  /** The "From" chooser's items (not the Retweet dialog's, not the inline reply's). */
  items: Locator;
  selected: Locator;
  item: (screenName: string) => Locator;
  text: Locator;
  send: Locator;
  stayOpen: Locator;
}

export function docked(page: Page): Docked {
  const root = page.locator('.js-docked-compose');
  const items = '.js-account-list a.js-account-item';
  return {
    root,
    items: root.locator(items),
    selected: root.locator(`${items}.is-selected`),
    item: (screenName) => root.locator(`${items}[data-account-key="${keyOf(screenName)}"]`),
    text: root.locator('textarea.js-compose-text'),
    send: root.locator('button.js-send-button'),
    stayOpen: root.locator('input.js-compose-stay-open'),
  };
}

/** The header's "Tweet" button (it only opens the composer), then the text box has focus. */
export async function openDocked(page: Page): Promise<Docked> {
  await page.locator('button.js-show-drawer[data-drawer="compose"]').click();
  const d = docked(page);
  await expect(d.text).toBeFocused();
  return d;
}

/** The screen names the chooser has selected, in its order (`title || data-original-title`). */
export function selectedNames(page: Page): Promise<string[]> {
  return docked(page).selected.evaluateAll((els) =>
    els.map((el) =>
      (el.getAttribute('title') || el.getAttribute('data-original-title') || '').replace(/^@/, ''),
    ),
  );
}

/**
 * Makes exactly `names` selected in the chooser, as a person does: a click on the account.
 * A click REPLACES the selection (the legacy client's rule), so a person selects one account;
 * several are only there when the composer was opened with them (`selected=a,b`): asking
 * for a selection clicks cannot make throws.
 */
export async function selectFrom(page: Page, names: string[]): Promise<void> {
  const d = docked(page);
  if (JSON.stringify(await selectedNames(page)) === JSON.stringify(names)) return;
  if (names.length !== 1) {
    throw new Error(`clicks select one account at a time; open with selected=${names.join(',')}`);
  }
  await d.item(names[0]!).click();
  await expect(d.selected).toHaveCount(1);
  await expect(d.selected).toHaveAttribute('data-account-key', keyOf(names[0]!));
}

/**
 * Enters `text` in the focused text box (typing.ts: the first character of each line as a key
 * press, the rest as text input) and waits until the box holds it.
 */
export async function typeTweet(page: Page, text: string): Promise<void> {
  const box = page.locator('textarea.js-compose-text:focus');
  const before = await box.inputValue();
  await enterText(page, text);
  await expect(box).toHaveValue(before + text);
}

/** A column, by its heading ("Home", "User", "Mentions"). */
export function column(page: Page, heading: string): Locator {
  return page
    .locator('section.js-column')
    .filter({ has: page.locator('.column-heading', { hasText: heading }) });
}

export interface InlineReply {
  root: Locator;
  /** The one avatar: the account the reply is sent from (its screen name only in `title`). */
  account: Locator;
  text: Locator;
  send: Locator;
}

export function inlineReply(page: Page): InlineReply {
  const root = page.locator('.js-inline-reply.is-inline-active');
  return {
    root,
    account: root.locator('a.js-account-item'),
    text: root.locator('textarea.js-compose-text'),
    send: root.locator('button.js-send-button'),
  };
}

/** Clicks Reply on the `n`th Tweet of a column (compose drawer closed: the inline reply opens). */
export async function openInlineReply(page: Page, heading = 'Home', n = 0): Promise<InlineReply> {
  await column(page, heading)
    .locator('.js-stream-item')
    .nth(n)
    .locator('a.js-reply-action')
    .click();
  const reply = inlineReply(page);
  await expect(reply.text).toBeFocused();
  return reply;
}

/** What the fixture has posted so far, oldest first (window.__sent). */
export function tweetdeckSent(page: Page): Promise<SentTweet[]> {
  return page.evaluate(() => (window as unknown as { __sent?: SentTweet[] }).__sent ?? []);
}

export function tweetdeckRetweets(page: Page): Promise<Retweet[]> {
  return page.evaluate(() => (window as unknown as { __retweets?: Retweet[] }).__retweets ?? []);
}

export function tweetdeckLikes(page: Page): Promise<Like[]> {
  return page.evaluate(() => (window as unknown as { __likes?: Like[] }).__likes ?? []);
}
