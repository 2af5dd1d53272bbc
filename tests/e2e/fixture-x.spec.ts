// Smoke test of the X fixture site itself (no guard involved): it must behave like X for
// real key events, buttons and account switching, or the guard's e2e tests prove nothing.
import { test, expect, X_EDITOR } from './fixtures';

test.describe('X fixture site (extension not loaded)', () => {
  test.use({ withExtension: false });

  test('typing and clicking Post sends once and clears the editor', async ({ xPage, sent }) => {
    const page = await xPage();
    const post = page.locator('button[data-testid="tweetButtonInline"]');
    await expect(post).toHaveAttribute('aria-disabled', 'true');

    await page.locator(X_EDITOR).click();
    await page.keyboard.type('Bins move to Thursday');
    await expect(page.locator(X_EDITOR)).toHaveText('Bins move to Thursday');
    await expect(post).not.toHaveAttribute('aria-disabled');
    await post.getByText('Post', { exact: true }).click(); // the label span, as a user clicks

    expect(await sent(page)).toEqual([
      {
        account: 'KingsfordGov',
        texts: ['Bins move to Thursday'],
        surface: 'home',
        via: 'click',
      },
    ]);
    await expect(page.locator(X_EDITOR)).toHaveText('');
    await expect(post).toHaveAttribute('aria-disabled', 'true');
    await expect(page.getByTestId('sent-log').locator('li')).toHaveCount(1);
  });

  test('Ctrl+Enter sends from the editor, and typing goes on after it', async ({ xPage, sent }) => {
    const page = await xPage({ accounts: 'a_one,b_two', active: 'b_two' });
    await page.locator(X_EDITOR).click();
    await page.keyboard.type('first');
    await page.keyboard.press('Control+Enter');
    await expect(page.locator(X_EDITOR)).toHaveText('');
    await page.keyboard.type('second');
    await page.keyboard.press('Meta+Enter');
    expect(await sent(page)).toEqual([
      { account: 'b_two', texts: ['first'], surface: 'home', via: 'keyboard' },
      { account: 'b_two', texts: ['second'], surface: 'home', via: 'keyboard' },
    ]);
    await page.keyboard.press('Control+Enter'); // empty: nothing is sent
    expect(await sent(page)).toHaveLength(2);
  });

  test('the account switcher changes account without a reload', async ({ xPage, sent }) => {
    const page = await xPage();
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
    const switcher = page.getByTestId('SideNav_AccountSwitcher_Button');
    await expect(switcher.getByTestId('UserAvatar-Container-KingsfordGov')).toBeVisible();
    await expect(switcher).toContainText('@KingsfordGov');

    await switcher.click();
    await page.getByRole('menuitem', { name: '@janedoe_fun' }).click();
    await expect(switcher.getByTestId('UserAvatar-Container-janedoe_fun')).toBeVisible();
    await expect(page.getByTestId('UserAvatar-Container-KingsfordGov')).toHaveCount(0);
    await expect(page.getByTestId('AppTabBar_Profile_Link')).toHaveAttribute(
      'href',
      '/janedoe_fun',
    );
    await expect(
      page.locator('.composer').getByTestId('UserAvatar-Container-janedoe_fun'),
    ).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);

    await page.locator(X_EDITOR).click();
    await page.keyboard.type('lol');
    await page.keyboard.press('Control+Enter');
    expect((await sent(page))[0]?.account).toBe('janedoe_fun');
  });

  test('the /compose/post modal sends a thread with one Post button', async ({ xPage, sent }) => {
    const page = await xPage();
    await page.getByTestId('SideNav_NewTweet_Button').click();
    const dialog = page.locator('#layers [role="dialog"]');
    await expect(dialog).toBeVisible();
    expect(new URL(page.url()).pathname).toBe('/compose/post');

    await dialog.locator('[contenteditable="true"][data-testid="tweetTextarea_0"]').click();
    await page.keyboard.type('one');
    await dialog.getByTestId('addButton').click();
    await page.keyboard.type('two'); // the new post has the focus, as on X
    await expect(dialog.locator('[data-testid="tweetTextarea_1"]')).toHaveText('two');
    await dialog.locator('button[data-testid="tweetButton"]').click();

    expect(await sent(page)).toEqual([
      {
        account: 'KingsfordGov',
        texts: ['one', 'two'],
        surface: 'compose-modal',
        via: 'click',
      },
    ]);
    await expect(dialog).toHaveCount(0);
    expect(new URL(page.url()).pathname).toBe('/home');
  });

  test('a reply box under a post, and the flags for other layouts', async ({ xPage, sent }) => {
    const page = await xPage({}, '/KingsfordNews/status/1');
    const reply = page.locator('button[data-testid="tweetButtonInline"]');
    await expect(reply).toHaveText('Reply');
    await page.locator(X_EDITOR).click();
    await page.keyboard.type('Thanks!');
    await reply.click();
    expect((await sent(page))[0]).toMatchObject({ texts: ['Thanks!'], surface: 'reply' });

    const hidden = await xPage({ hideSwitcher: '1', hideProfileLink: '1', hideAvatars: '1' });
    await expect(hidden.getByTestId('SideNav_AccountSwitcher_Button')).toHaveCount(0);
    await expect(hidden.getByTestId('AppTabBar_Profile_Link')).toHaveCount(0);
    // Only other people's avatars are left: the post's author, Who to follow, placeholders.
    await expect(hidden.getByTestId('UserAvatar-Container-KingsfordGov')).toHaveCount(0);
    await expect(hidden.locator('[data-testid^="UserAvatar-Container-"]')).toHaveCount(5);
    await expect(hidden.locator('.public-DraftEditor-content')).toHaveAttribute(
      'data-testid',
      'tweetTextarea_0',
    );
  });

  test('reply and quote modals open from a post, the other author first', async ({
    xPage,
    sent,
  }) => {
    const page = await xPage();
    const post = page.locator('article').filter({ hasText: 'Bin collections' });
    await post.getByTestId('reply').click();
    const dialog = page.locator('#layers [role="dialog"][aria-modal="true"]');
    await expect(dialog.locator('[data-testid^="UserAvatar-Container-"]').first()).toHaveAttribute(
      'data-testid',
      'UserAvatar-Container-KingsfordNews',
    );
    await dialog.locator('[contenteditable="true"][data-testid="tweetTextarea_0"]').click();
    await page.keyboard.type('On it');
    await dialog.getByTestId('tweetButton').click();
    await expect(dialog).toHaveCount(0);

    await post.getByTestId('retweet').click();
    await page.getByRole('menuitem', { name: 'Quote' }).click();
    await expect(dialog.locator('[role="link"] [data-testid="User-Name"]')).toContainText(
      '@KingsfordNews',
    );
    await dialog.locator('[contenteditable="true"][data-testid="tweetTextarea_0"]').click();
    await page.keyboard.type('Worth a read');
    await page.keyboard.press('Control+Enter');
    expect(await sent(page)).toEqual([
      { account: 'KingsfordGov', texts: ['On it'], surface: 'reply-modal', via: 'click' },
      {
        account: 'KingsfordGov',
        texts: ['Worth a read'],
        surface: 'quote-modal',
        via: 'keyboard',
      },
    ]);
  });
});

test('harness: the extension loads and its options page opens', async ({
  extensionId,
  openOptions,
  requests,
}) => {
  expect(extensionId).toMatch(/^[a-p]{32}$/);
  const options = await openOptions();
  expect(options.url()).toBe(`chrome-extension://${extensionId}/options.html`);
  expect(requests.filter((u) => u.startsWith('http'))).toEqual([]);
});
