// Smoke test of the Bluesky fixture site itself (no extension): it must behave like the
// evidence says bsky.app does (the fixture's README) for real clicks and keys, or the
// guard's e2e tests prove nothing.
import type { Page } from '@playwright/test';
import {
  bskyPage,
  bskySent,
  composer,
  CORPORATE,
  openComposer,
  PERSONAL,
  publishClicks,
  storedHandle,
  switchAccount,
  typePost,
} from './bluesky-helpers';
import { expect, test } from './fixtures';

const NEWS = 'kingsfordnews.bsky.social';
const TEXT = 'Bins move to Thursday\nThanks for your patience';

test.describe('Bluesky fixture site (extension not loaded)', () => {
  test.use({ withExtension: false });

  test('composer: TipTap, disabled while empty, a click sends once', async ({ context }) => {
    const page = await bskyPage(context);
    const c = await openComposer(page);
    await expect(c.layer).toHaveAttribute('aria-modal', 'true');
    await expect(c.view.locator(':scope > [aria-modal="true"]')).toHaveCount(1);
    // TipTap's own attributes only. TipTap sets role="textbox" when it creates the view;
    // @tiptap/react's EditorContent re-applies editorProps on mount, which drops it.
    await expect(c.editor).toHaveClass(/\bProseMirror\b.*\bProseMirror-light\b/);
    await expect(c.editor).not.toHaveAttribute('aria-label');
    await expect(c.editor).not.toHaveAttribute('role');
    await expect(c.editor.locator('p')).toHaveAttribute('data-placeholder', "What's up?");
    await expect(c.publish).toBeDisabled();
    await expect(c.publish).toHaveAttribute('aria-disabled', 'true');
    await c.publish.click({ force: true }); // nothing happens; focus leaves the editor
    expect(await bskySent(page)).toEqual([]);

    await c.editor.click();
    await typePost(page, TEXT);
    await expect(c.publish).toHaveAttribute('aria-label', 'Publish post');
    await expect(c.publish).toHaveText('Post');
    await expect(c.view).not.toContainText(CORPORATE); // the composer shows an avatar only
    await c.publish.click();
    await expect(c.view.getByText('Processing...')).toBeVisible();
    await expect(c.publish).toHaveCount(0); // replaced while publishing
    await expect(c.layer).toHaveCount(0);
    const did = expect.stringMatching(/^did:plc:[a-z2-7]{24}$/);
    const sent = { account: CORPORATE, did, texts: [TEXT], surface: 'post', via: 'click' };
    expect(await bskySent(page)).toEqual([sent]);
    await expect(page.getByText('Your post was sent')).toBeVisible();
  });

  test('Ctrl+Enter publishes directly, with no click on the button', async ({ context }) => {
    const page = await bskyPage(context, { compose: 'open' });
    const clicks = await publishClicks(page);
    await page.keyboard.type('one');
    await page.keyboard.press('Shift+Enter'); // a hard break, not a send
    await page.keyboard.type('two');
    await page.keyboard.press('Control+NumpadEnter'); // `event.code` is checked: a line break
    expect(await bskySent(page)).toEqual([]);
    await page.keyboard.press('Control+Enter');
    await expect(composer(page).layer).toHaveCount(0);
    expect(await bskySent(page)).toMatchObject([{ texts: ['one\ntwo\n'], via: 'keyboard' }]);
    expect(await clicks()).toBe(0);
  });

  test('"Skip empty posts?" → "Post anyway" publishes, no click', async ({ context }) => {
    const page = await bskyPage(context, { compose: 'open' });
    const c = composer(page);
    const add = page.getByRole('button', { name: 'Add another post to thread' });
    await typePost(page, 'first');
    await add.click();
    await expect(c.editors.nth(1)).toBeFocused();
    await typePost(page, 'second');
    await c.editors.nth(0).click();
    await add.click(); // an empty post between the two
    await expect(c.publish).toHaveAttribute('aria-label', 'Publish posts');
    await expect(c.publish).toHaveText('Post All');
    const clicks = await publishClicks(page);
    await c.publish.click();

    const prompt = page.getByRole('dialog', { name: 'Skip empty posts?' });
    await expect(prompt).not.toHaveAttribute('aria-modal');
    await expect(c.layer.getByText('Skip empty posts?')).toHaveCount(0); // portaled outside
    const postAnyway = prompt.locator('[data-testid="confirmBtn"][aria-label="Post anyway"]');
    await expect(postAnyway).toBeFocused();
    await postAnyway.click();
    await expect(c.layer).toHaveCount(0);
    expect(await bskySent(page)).toMatchObject([
      { texts: ['first', 'second'], surface: 'post', via: 'post-anyway' },
    ]);
    expect(await clicks()).toBe(1);
  });

  test('a video queues the publish, which happens by itself', async ({ context }) => {
    const page = await bskyPage(context, { compose: 'open', videoMs: '2400' });
    const c = composer(page);
    await typePost(page, 'Clip of the new bins');
    await page.getByRole('button', { name: 'Add video' }).click();
    await expect(c.view.getByText('Uploading video...')).toBeVisible();
    await c.publish.click();
    await expect(c.publish).toHaveAttribute('aria-disabled', 'true');
    expect(await bskySent(page)).toEqual([]);
    await expect(c.layer).toHaveCount(0);
    expect(await bskySent(page)).toMatchObject([{ via: 'after-upload', video: true }]);
  });

  test('reply, quote and mentions show other people', async ({ context }) => {
    const page = await bskyPage(context);
    const c = composer(page);
    const item = page.getByTestId(`feedItem-by-${NEWS}`);
    await item.getByRole('button', { name: 'Reply' }).click();
    await expect(c.editor).toBeFocused();
    const header = c.view.getByRole('button', { name: /you are replying to/ });
    await expect(header).toContainText('Kingsford News');
    await expect(c.publish).toHaveAttribute('aria-label', 'Publish reply');
    await expect(c.publish).toHaveText('Reply');
    await expect(c.view.getByRole('button', { name: 'Drafts' })).toHaveCount(0);
    await expect(c.editor.locator('p')).toHaveAttribute('data-placeholder', 'Write your reply');

    await page.keyboard.type('Thanks @ali'); // a tippy-style popup appended to body
    const rows = page.locator('body > [data-tippy-root] .items').getByRole('button');
    await expect(rows).toHaveText(['Alice Smith@alice.bsky.social']);
    await expect(c.layer.locator('.items')).toHaveCount(0);
    await page.keyboard.press('Enter');
    const mention = c.editor.locator('span.mention[data-type="mention"]');
    await expect(mention).toHaveAttribute('data-id', 'alice.bsky.social');
    await c.publish.click();
    await expect(c.layer).toHaveCount(0);

    await item.getByTestId('repostBtn').click();
    await page.getByTestId('repostDropdownQuoteBtn').click();
    const quote = c.view.getByRole('link', { name: /Kingsford News/ });
    await expect(quote).toHaveAttribute('title', `Post by ${NEWS}`);
    await expect(quote).toHaveAttribute('href', `/profile/${NEWS}/post/3lbinmoves2a`);
    await expect(quote).toContainText(`@${NEWS}`);
    await c.publish.click(); // a quote alone is a post
    await expect(c.layer).toHaveCount(0);
    expect(await bskySent(page)).toMatchObject([
      { account: CORPORATE, texts: ['Thanks @alice.bsky.social '], surface: 'reply' },
      { account: CORPORATE, texts: [''], surface: 'quote' },
    ]);
  });

  test('Escape closes the mentions, then asks to save', async ({ context }) => {
    const page = await bskyPage(context, { compose: 'open' });
    const c = composer(page);
    await page.keyboard.type('Hello @bo');
    await expect(page.locator('.items')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.locator('.items')).toHaveCount(0);
    await page.keyboard.press('Escape');
    const prompt = page.getByRole('dialog', { name: 'Save draft?' });
    await expect(prompt.getByRole('button')).toHaveText(['Save draft', 'Discard', 'Keep editing']);
    await expect(prompt.getByTestId('confirmBtn')).toHaveCount(0);
    await prompt.getByRole('button', { name: 'Keep editing' }).click();
    await expect(c.editor).toBeFocused();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await prompt.getByRole('button', { name: 'Discard' }).click();
    await expect(c.layer).toHaveCount(0);
    expect(await bskySent(page)).toEqual([]);
  });

  test('switching in the nav: "/", storage, remount; reposts', async ({ context }) => {
    const page = await bskyPage(context);
    await page.getByRole('link', { name: 'Explore' }).click();
    await expect(page).toHaveURL('https://bsky.app/search');
    const card = page.getByRole('button', { name: 'Switch accounts' });
    const cardText = card.getByText(`@${CORPORATE}`).locator('..');
    await expect(cardText).toHaveCSS('opacity', '0'); // in the DOM, unseen
    await card.hover();
    await expect(cardText).toHaveCSS('opacity', '1');
    const before = await page.getByTestId('feedItem-by-alice.bsky.social').elementHandle();

    await switchAccount(page, PERSONAL);
    await expect(page).toHaveURL('https://bsky.app/');
    expect(await storedHandle(page)).toBe(PERSONAL);
    expect(await before!.evaluate((el) => el.isConnected)).toBe(false); // the tree remounted

    await page.getByTestId('feedItem-by-alice.bsky.social').getByTestId('repostBtn').click();
    await page.getByTestId('repostDropdownRepostBtn').click();
    const reposts = await page.evaluate(() => (window as unknown as { __reposts: [] }).__reposts);
    expect(reposts).toMatchObject([{ account: PERSONAL, of: 'alice.bsky.social' }]);

    await page.locator('body').press('n'); // the global hotkey
    await expect(composer(page).editor).toBeFocused();
    await typePost(page, 'From Jane');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => bskySent(page)).toMatchObject([{ account: PERSONAL }]);
  });

  test('another tab’s switch closes the composer, not with sync=none', async ({ context }) => {
    const profileOf = (page: Page) => page.getByRole('link', { name: 'Profile' });
    const first = await bskyPage(context, { compose: 'open' });
    await typePost(first, 'Half-written');
    const second = await bskyPage(context); // shares the session the first tab wrote
    await expect(profileOf(second)).toHaveAttribute('href', `/profile/${CORPORATE}`);
    await switchAccount(second, PERSONAL);
    await expect(first.getByRole('dialog')).toHaveCount(0); // the composer is gone, no prompt
    await expect(profileOf(first)).toHaveAttribute('href', `/profile/${PERSONAL}`);

    const stale = await bskyPage(context, { sync: 'none', compose: 'open' });
    await typePost(stale, 'Still here');
    await switchAccount(second, CORPORATE);
    await expect(profileOf(first)).toHaveAttribute('href', `/profile/${CORPORATE}`);
    // The stale tab still shows Jane while its storage already says the council.
    expect(await storedHandle(stale)).toBe(CORPORATE);
    await expect(profileOf(stale)).toHaveAttribute('href', `/profile/${PERSONAL}`);
    await composer(stale).publish.click();
    await expect.poll(() => bskySent(stale)).toMatchObject([{ account: CORPORATE }]);
  });

  test('nav=none, session=elsewhere: no account named; nav=minimal', async ({ context }) => {
    const none = await bskyPage(context, { nav: 'none', session: 'elsewhere' });
    await openComposer(none);
    const html = await none.evaluate(() => document.body.outerHTML);
    for (const name of [CORPORATE, 'Kingsford Council', 'did:plc:'])
      expect(html).not.toContain(name);
    expect(await storedHandle(none)).toBeUndefined(); // session=elsewhere: none in BSKY_STORAGE
    await typePost(none, 'Who am I?');
    await none.keyboard.press('Control+Enter');
    await expect.poll(() => bskySent(none)).toMatchObject([{ account: CORPORATE }]);

    const minimal = await bskyPage(context, { nav: 'minimal' }, none);
    await expect(minimal.getByRole('button', { name: 'Switch accounts' })).toHaveText('');
    const profile = minimal.getByRole('link', { name: 'Profile' });
    await expect(profile).toHaveAttribute('href', `/profile/${CORPORATE}`);
    await expect(profile).toHaveText('');
  });
});
