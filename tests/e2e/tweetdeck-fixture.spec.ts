// Smoke test of the legacy TweetDeck fixture itself (no extension): it must behave as the
// evidence says the client OldTweetDeck re-hosts at x.com/i/tweetdeck does (the fixture's
// README) for real clicks and keys, or the guard's e2e tests prove nothing.
import { expect, test } from './fixtures';
import {
  column,
  CORPORATE,
  docked,
  keyOf,
  openDocked,
  openInlineReply,
  PERSONAL,
  selectedNames,
  selectFrom,
  THIRD,
  tweetdeckLikes,
  tweetdeckPage,
  tweetdeckRetweets,
  tweetdeckSent,
  typeTweet,
} from './tweetdeck-helpers';

test.describe('legacy TweetDeck fixture site (extension not loaded)', () => {
  test.use({ withExtension: false });

  test('recognisable as the re-hosted client; other x.com paths stay X', async ({ context }) => {
    const page = await tweetdeckPage(context);
    await expect(page).toHaveURL('https://x.com/i/tweetdeck');
    await expect(page).toHaveTitle('TweetDeck');
    await expect(page.locator('head#injected-head meta[name="application-name"]')).toHaveAttribute(
      'content',
      'TweetDeck',
    );
    await expect(page.locator('body#injected-body > div.application.js-app')).toBeVisible();
    await expect(page.locator('#react-root')).toHaveCount(0); // x.com's shell is gone
    await expect(page.locator('html')).toHaveClass(/\bos-linux\b/);
    await expect(page.locator('html')).not.toHaveClass(/\b(light|dark)\b/);
    await expect(page.locator('.js-docked-compose')).toHaveCount(0); // only while the drawer is open
    // Headers and Tweets name other people; stream items carry the column's account key.
    await expect(column(page, 'User').locator('.attribution')).toHaveText('@KingsfordNews');
    await expect(column(page, 'Home').locator('.attribution')).toHaveText(`@${CORPORATE}`);
    const item = column(page, 'Home').locator('article.js-stream-item').first();
    await expect(item).toHaveAttribute('data-account-key', keyOf(CORPORATE));
    await expect(item.locator('.username')).toHaveText('@KingsfordNews');
    await expect(item.locator('a[rel=reply], a[rel=retweet], a[rel=favorite]')).toHaveCount(3);

    await page.goto('https://x.com/home');
    await expect(page.getByTestId('SideNav_AccountSwitcher_Button')).toBeVisible();
    await expect(page.locator('#injected-body')).toHaveCount(0);
  });

  test('the From chooser: a click replaces the selection; a hover empties title', async ({
    context,
  }) => {
    const page = await tweetdeckPage(context);
    const d = await openDocked(page);
    await expect(d.root.locator('h1.js-compose-title')).toHaveText('New Tweet');
    await expect(d.items).toHaveCount(3);
    await expect(d.items.nth(1)).toHaveAttribute('title', `@${PERSONAL}`);
    await expect(d.items.nth(1).locator('img')).toHaveAttribute('alt', `${PERSONAL}'s avatar`);
    await expect(d.items.first()).toHaveAttribute('data-account-key', /^twitter:\d+$/);
    expect(await selectedNames(page)).toEqual([CORPORATE]); // the default account

    await d.item(PERSONAL).hover(); // the tooltip's fixTitle
    await expect(d.item(PERSONAL)).toHaveAttribute('title', '');
    await expect(d.item(PERSONAL)).toHaveAttribute('data-original-title', `@${PERSONAL}`);
    await expect(page.locator('body > .tooltip')).toHaveText(`@${PERSONAL}`);
    await selectFrom(page, [THIRD]); // a click replaces the selection…
    await expect(d.item(PERSONAL)).toHaveAttribute('title', `@${PERSONAL}`); // …and re-renders
    await d.item(THIRD).click(); // no deselecting the last one
    await d.item(CORPORATE).click(); // and no second one
    expect(await selectedNames(page)).toEqual([CORPORATE]);
    await expect(selectFrom(page, [CORPORATE, PERSONAL])).rejects.toThrow('one account at a time');
  });

  test('one send from two selected accounts posts twice, then the drawer closes', async ({
    context,
  }) => {
    const page = await tweetdeckPage(context, {
      selected: `${CORPORATE},${PERSONAL}`,
      docked: 'open',
    });
    const d = docked(page);
    expect(await selectedNames(page)).toEqual([CORPORATE, PERSONAL]);
    await typeTweet(page, 'Bins move to Thursday');
    await expect(d.send).toHaveText('Tweet'); // never "Tweet to 2 accounts"
    await d.send.click();
    await expect(d.send).toHaveClass(/\btext-hidden\b/); // sending
    const tweet = { texts: ['Bins move to Thursday'], surface: 'docked', via: 'click' };
    expect(await tweetdeckSent(page)).toEqual([
      { account: CORPORATE, ...tweet },
      { account: PERSONAL, ...tweet },
    ]);
    await expect(d.root).toHaveCount(0); // no "Stay open": closed 500 ms after success
    await expect(page.getByTestId('sent-log').locator('li')).toHaveCount(2);
  });

  test('the send button is disabled by its class only: a click then sends nothing', async ({
    context,
  }) => {
    const page = await tweetdeckPage(context, { docked: 'open' });
    const d = docked(page);
    await expect(d.send).toHaveClass(/\bis-disabled\b/);
    await expect(d.send).toBeEnabled(); // no disabled attribute
    await expect(d.send).toHaveAttribute('data-original-title', 'Tweet (Ctrl+Enter)');
    await d.send.click(); // reaches the handler, dropped by canSend
    await d.text.fill('   ');
    await d.send.click();
    await expect(d.send).toHaveClass(/\bis-disabled\b/);
    await d.text.fill('Hello');
    await expect(d.send).not.toHaveClass(/\bis-disabled\b/);
    await expect(d.root.locator('.js-character-count')).toHaveText('275');
    expect(await tweetdeckSent(page)).toEqual([]);
  });

  test('Ctrl+Enter and Meta+Enter send from the text box (and from a checkbox)', async ({
    context,
  }) => {
    const page = await tweetdeckPage(context, { docked: 'open', stayOpen: '1' });
    const d = docked(page);
    await selectFrom(page, [PERSONAL]);
    await d.text.click();
    await typeTweet(page, 'one');
    await page.keyboard.press('Control+Enter');
    await expect(d.text).toHaveValue(''); // "Stay open": cleared, the selection kept
    await expect(d.text).toBeFocused();
    expect(await selectedNames(page)).toEqual([PERSONAL]);
    await typeTweet(page, 'two');
    await page.keyboard.press('Meta+Enter');
    await expect(d.text).toHaveValue('');
    await typeTweet(page, 'three');
    await d.stayOpen.focus(); // a checkbox target matches every shortcut's selector
    await page.keyboard.press('Control+Enter');
    await expect(d.text).toHaveValue('');
    await page.keyboard.press('Control+Enter'); // nothing left to send
    const sent = (text: string) => ({
      account: PERSONAL,
      texts: [text],
      surface: 'docked',
      via: 'keyboard',
    });
    expect(await tweetdeckSent(page)).toEqual([sent('one'), sent('two'), sent('three')]);
  });

  test('the inline reply sends from its column’s account; with the drawer open, replies dock', async ({
    context,
  }) => {
    const page = await tweetdeckPage(context);
    const reply = await openInlineReply(page, 'Mentions'); // the column of janedoe_fun
    await expect(reply.account).toHaveCount(1);
    await expect(reply.account).toHaveClass(/\bis-selected\b/);
    await expect(reply.account).toHaveAttribute('title', `@${PERSONAL}`);
    await expect(reply.root.locator('.js-reply-info-container')).toHaveText(
      /Replying to\s+@bobjones/,
    );
    await typeTweet(page, 'See you there');
    await reply.send.click();
    await expect(reply.root).toHaveCount(0);
    expect(await tweetdeckSent(page)).toEqual([
      {
        account: PERSONAL,
        texts: ['See you there'],
        surface: 'inline-reply',
        via: 'click',
        inReplyTo: '1790000000000000301',
      },
    ]);

    const d = await openDocked(page);
    await column(page, 'Mentions').locator('a.js-reply-action').first().click();
    expect(await selectedNames(page)).toEqual([PERSONAL]); // the column's account, not the default
    await expect(d.root.locator('.js-in-reply-to .username')).toHaveText('@bobjones');
    await expect(page.locator('.js-inline-reply')).toHaveCount(0);
  });

  test('the Retweet dialog’s accounts are not the composer’s; Like from uses none', async ({
    context,
  }) => {
    const page = await tweetdeckPage(context, { docked: 'open' });
    await selectFrom(page, [PERSONAL]);
    await column(page, 'Home').locator('a[rel=retweet]').first().click();
    const dialog = page.locator('#actions-modal');
    const items = dialog.locator('.js-account-selector a.js-account-item[data-id]');
    await expect(items).toHaveCount(3);
    await expect(items.and(page.locator('.is-selected'))).toHaveAttribute('title', `@${CORPORATE}`);
    await items.nth(2).click();
    await expect(dialog.locator('h4.js-action-header-user-list')).toHaveText(`From @${THIRD}`);
    expect(await selectedNames(page)).toEqual([PERSONAL]);
    await dialog.locator('button.js-retweet-button').click();
    await expect(dialog).toBeHidden();
    expect(await tweetdeckRetweets(page)).toEqual([
      { account: THIRD, of: 'KingsfordNews', tweetId: '1790000000000000101', via: 'click' },
    ]);

    await column(page, 'Home')
      .locator('a[rel=favorite]')
      .first()
      .click({ modifiers: ['Shift'] });
    const likeFrom = page.locator('.js-modals-container .js-modal-context');
    await expect(likeFrom.locator('.mdl-header-title')).toHaveText('Like this Tweet from');
    await expect(likeFrom.locator('.js-account-item')).toHaveCount(0);
    await likeFrom.locator(`.js-btn-fav[data-account-key="${keyOf(PERSONAL)}"]`).click();
    await expect(likeFrom).toHaveCount(0);
    expect(await tweetdeckLikes(page)).toEqual([
      { account: PERSONAL, of: 'KingsfordNews', tweetId: '1790000000000000101', via: 'like-from' },
    ]);
    expect(await tweetdeckSent(page)).toEqual([]);
    expect(await selectedNames(page)).toEqual([PERSONAL]);
  });
});
