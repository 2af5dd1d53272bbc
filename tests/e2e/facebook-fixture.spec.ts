// Smoke test of the Facebook fixture site itself (no extension): it must behave like
// Facebook for real key events, clicks and identity switching, or the guard's e2e tests
// prove nothing.
import {
  compose,
  editorOf,
  expect,
  FB_EDITOR,
  surfaceBox,
  goTo,
  openAccountMenu,
  switchTo,
  test,
} from './facebook-helpers';

test.describe('Facebook fixture site (extension not loaded)', () => {
  test.use({ withExtension: false });

  test('the editors are Lexical, with the attributes Facebook has', async ({ fbPage }) => {
    const page = await fbPage();
    // The comment box; then the Create post dialog, opened from the "Create a post" region.
    await expect(page.locator(FB_EDITOR)).toHaveCount(1);
    await page.getByRole('region', { name: 'Create a post' }).getByRole('button').click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('heading', { name: 'Create post' })).toBeVisible();
    await expect(dialog.getByRole('img', { name: 'Jane Doe' })).toBeVisible();
    await expect(dialog.locator(FB_EDITOR)).toBeFocused();
    await expect(page.locator(FB_EDITOR)).toHaveCount(2);
  });

  test('Create post: Post is disabled while empty, sends once, and the dialog closes', async ({
    fbPage,
    fbSent,
  }) => {
    const page = await fbPage();
    await page.getByRole('region', { name: 'Create a post' }).getByRole('button').click();
    const post = surfaceBox(page, 'create-post').getByRole('button', { name: 'Post', exact: true });
    await expect(post).toHaveAttribute('aria-disabled', 'true');
    await post.click({ force: true });
    expect(await fbSent(page)).toEqual([]);

    await compose(page, 'create-post', 'Bins move to Thursday');
    await page.keyboard.press('Enter'); // a new paragraph, not a send
    await page.keyboard.type('Thanks for your patience');
    await expect(post).not.toHaveAttribute('aria-disabled');
    await post.getByText('Post', { exact: true }).click();
    expect(await fbSent(page)).toEqual([
      {
        account: 'Jane Doe',
        texts: ['Bins move to Thursday\nThanks for your patience'],
        surface: 'create-post',
        via: 'click',
      },
    ]);
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page.getByTestId('sent-log').locator('li')).toHaveCount(1);
  });

  test('comment box: Enter sends, Shift+Enter is a new line, an empty box sends nothing', async ({
    fbPage,
    fbSent,
  }) => {
    const page = await fbPage({ active: 'Kingsford Council' });
    const editor = editorOf(page, 'comment');
    await editor.click();
    await page.keyboard.press('Enter');
    expect(await fbSent(page)).toEqual([]);

    await page.keyboard.type('one');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('two');
    expect(await fbSent(page)).toEqual([]);
    await page.keyboard.press('Enter');
    await expect(editor).toHaveText('');
    await page.keyboard.type('three');
    await surfaceBox(page, 'comment').getByRole('button', { name: 'Comment', exact: true }).click();
    expect(await fbSent(page)).toEqual([
      { account: 'Kingsford Council', texts: ['one\ntwo'], surface: 'comment', via: 'keyboard' },
      { account: 'Kingsford Council', texts: ['three'], surface: 'comment', via: 'click' },
    ]);
  });

  test('the account menu checks the active identity and switches in place, without reload', async ({
    fbPage,
    fbSent,
  }) => {
    const page = await fbPage();
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
    // The button holds a picture labelled "Your profile": it names no one.
    const button = page.getByRole('banner').getByRole('button', { name: 'Your profile' });
    await expect(button.getByText('Jane Doe')).toHaveCount(0);
    await openAccountMenu(page);
    await expect(page.getByRole('radio', { name: 'Jane Doe' })).toHaveAttribute(
      'aria-checked',
      'true',
    );
    await expect(page.getByRole('radio', { name: 'Kingsford Council' })).toHaveAttribute(
      'aria-checked',
      'false',
    );
    await page.keyboard.press('Escape');
    await switchTo(page, 'Kingsford Council');
    await openAccountMenu(page);
    await expect(page.getByRole('radio', { name: 'Kingsford Council' })).toHaveAttribute(
      'aria-checked',
      'true',
    );
    await page.keyboard.press('Escape');
    await expect(surfaceBox(page, 'comment').getByRole('img')).toHaveAccessibleName(
      'Kingsford Council',
    );
    await compose(page, 'comment', 'Switched');
    await page.keyboard.press('Enter');
    expect((await fbSent(page))[0]?.account).toBe('Kingsford Council');
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
  });

  test('the menu’s other forms: menuitemradio, behind "See all profiles", an "Account" button', async ({
    fbPage,
  }) => {
    const items = await fbPage({ menu: 'menuitemradio', active: 'Kingsford Council' });
    await openAccountMenu(items);
    await expect(items.getByRole('menu').getByRole('menuitemradio', { checked: true })).toHaveText(
      /^Kingsford Council/,
    );

    const seeAll = await fbPage({ menu: 'see-all', menuButton: 'account' });
    await openAccountMenu(seeAll, 'Account');
    await expect(seeAll.getByRole('radio')).toHaveCount(0);
    await seeAll.getByRole('button', { name: 'See all profiles' }).click();
    await expect(seeAll.getByRole('radio', { checked: true })).toHaveText(/^Jane Doe/);
  });

  test('a group that refuses Pages switches back to the profile, silently and without reload', async ({
    fbPage,
    fbSent,
  }) => {
    const page = await fbPage({ active: 'Kingsford Council' });
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
    await goTo(page, 'Kingsford Allotments');
    await expect(page).toHaveURL('https://www.facebook.com/groups/kingsford-allotments/');
    await expect(page.getByRole('heading', { name: 'Kingsford Allotments' })).toBeVisible();
    await compose(page, 'comment', 'Count me in');
    await page.keyboard.press('Enter');
    expect((await fbSent(page))[0]?.account).toBe('Jane Doe');
    await openAccountMenu(page);
    await expect(page.getByRole('radio', { checked: true })).toHaveText(/^Jane Doe/);
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);

    const business = await fbPage({ active: 'Kingsford Council' });
    await goTo(business, 'Kingsford Business Network');
    await compose(business, 'comment', 'Welcome');
    await business.keyboard.press('Enter');
    expect((await fbSent(business))[0]?.account).toBe('Kingsford Council');
  });

  test('query options: French labels, no author, no menu', async ({ fbPage }) => {
    const fr = await fbPage({ lang: 'fr' });
    await fr.getByRole('region', { name: 'Créer une publication' }).getByRole('button').click();
    const dialog = fr.getByRole('dialog');
    await expect(dialog.getByRole('button', { name: 'Publier', exact: true })).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Post', exact: true })).toHaveCount(0);
    await expect(
      surfaceBox(fr, 'comment').getByRole('button', { name: 'Commenter', exact: true }),
    ).toBeVisible();

    const hidden = await fbPage({ hideAuthor: '1', hideMenu: '1' });
    await hidden.getByRole('region', { name: 'Create a post' }).getByRole('button').click();
    await expect(hidden.getByRole('dialog').getByRole('img')).toHaveCount(0);
    await expect(surfaceBox(hidden, 'comment').getByRole('img')).toHaveCount(0);
    await expect(hidden.getByRole('button', { name: 'Your profile' })).toHaveCount(0);
  });
});
