// The guard on LinkedIn's shells, in a real Chromium with the built extension
// (docs/sites/linkedin.md#shells): the 2026 shell, where the share modal lives in the open
// shadow root of #interop-outlet and a click on Post reaches the window retargeted to that
// host; the older light-DOM shell; and a company page's admin composer
// (/company/<id>/admin/page-posts/published/?share=true). The same core cases on each:
// a company post is held with the corporate dialog (clicked on Post's inner label, as a
// person clicks), Cancel keeps the text, "Post as" releases it exactly once, a personal
// post goes, and an author that cannot be read fails closed.
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  companyComposer,
  expectSentOnce,
  guardDialog,
  setKingsford,
  indicator,
  linkedinPage,
  sentPosts,
  share,
  typePost,
  writePost,
} from './linkedin-helpers';
import { clickWhenArmed } from './release';

interface Place {
  name: string;
  /** Where the share modal is: the shadow root's host, or none (the light DOM). */
  host: string | null;
  /** Opens the share modal as `author` (or with no author control) and types `text`. */
  write(context: BrowserContext, text: string, query: Record<string, string>): Promise<Page>;
  unreadable: string;
}

const feed =
  (extra: Record<string, string>) =>
  async (context: BrowserContext, text: string, query: Record<string, string>) => {
    const page = await linkedinPage(context, { ...extra, ...query });
    await writePost(page, text);
    return page;
  };

const PLACES: Place[] = [
  {
    name: '2026 shell',
    host: 'interop-outlet',
    write: feed({}),
    unreadable: 'The compose box does not show who the post is from.',
  },
  {
    name: 'older light-DOM shell',
    host: null,
    write: feed({ shell: 'light' }),
    unreadable: 'The compose box does not show who the post is from.',
  },
  {
    name: 'company page composer',
    host: 'interop-outlet',
    async write(context, text, query) {
      const { author: _author, ...rest } = query;
      const page = await companyComposer(context, rest);
      await typePost(page, text);
      return page;
    },
    unreadable: "This composer posts as a company page, but the page's name is not shown in it.",
  },
];

const COMPANY = { author: 'Kingsford Council' };

test.beforeEach(async ({ context }) => {
  await setKingsford(context);
});

for (const place of PLACES) {
  test(`${place.name}: a company post is held at a click on Post's label; Cancel keeps it; "Post as" sends it once`, async ({
    context,
  }) => {
    const page = await place.write(context, 'Bin collections move to Tuesday.', COMPANY);
    const { post, editor } = share(page);
    const label = post.locator('.artdeco-button__text');
    expect(await label.evaluate((el) => (el.getRootNode() as ShadowRoot).host?.id ?? null)).toBe(
      place.host,
    );
    await expect(indicator(page)).toHaveText('Posting as Kingsford Council · corporate');

    await label.click();
    const dialog = guardDialog(page, /Kingsford Council.*corporate/);
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('Bin collections move to Tuesday.');
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    await expect(editor).toHaveText('Bin collections move to Tuesday.');
    expect(await sentPosts(page)).toEqual([]);

    await label.click();
    await clickWhenArmed(dialog.getByRole('button', { name: 'Post as Kingsford Council' }));
    await expectSentOnce(page, {
      account: 'Kingsford Council',
      texts: ['Bin collections move to Tuesday.'],
      surface: 'share-modal',
    });
  });

  test(`${place.name}: with no author shown, the account is unknown and the post is asked about`, async ({
    context,
  }) => {
    const page = await place.write(context, 'Lovely walk by the river today', { hideAuthor: '1' });
    await expect(indicator(page)).toContainText('Posting as unknown account');
    await expect(indicator(page)).toContainText(place.unreadable);
    await share(page).post.locator('.artdeco-button__text').click();
    const dialog = guardDialog(page, /unknown account/);
    await expect(dialog).toContainText(place.unreadable);
    expect(await sentPosts(page)).toEqual([]);
    await clickWhenArmed(dialog.getByRole('button', { name: 'Post as unknown account' }));
    await expectSentOnce(page, { texts: ['Lovely walk by the river today'] });
  });
}

for (const place of PLACES.slice(0, 2)) {
  test(`${place.name}: a harmless post from Jane Doe goes out once, with no dialog`, async ({
    context,
  }) => {
    const page = await place.write(context, 'Lovely walk by the river today', {});
    await expect(indicator(page)).toHaveText('Posting as Jane Doe · personal');
    await share(page).post.locator('.artdeco-button__text').click();
    await expectSentOnce(page, { account: 'Jane Doe', texts: ['Lovely walk by the river today'] });
    await expect(guardDialog(page)).toHaveCount(0);
  });
}

test('the "Post settings" flow: switching to the company page there is followed, and held', async ({
  context,
}) => {
  const page = await linkedinPage(context, { flow: 'settings' });
  const { post, author, modal } = await writePost(page, 'Road closure on Mill Lane');
  await expect(author).toHaveClass(/share-creation-state__author-button/);
  await expect(indicator(page)).toHaveText('Posting as Jane Doe · personal');
  await author.click();
  await modal.getByRole('radio', { name: 'Kingsford Council' }).check();
  await modal.getByRole('button', { name: 'Done' }).click();
  await expect(indicator(page)).toHaveText('Posting as Kingsford Council · corporate');
  await post.click();
  const dialog = guardDialog(page, /Kingsford Council.*corporate/);
  await clickWhenArmed(dialog.getByRole('button', { name: 'Post as Kingsford Council' }));
  await expectSentOnce(page, { account: 'Kingsford Council' });
});

test('a shadow root attached only when the modal opens (interop=late) is found: indicator, then held', async ({
  context,
}) => {
  const page = await linkedinPage(context, { interop: 'late', author: 'Kingsford Council' });
  expect(await page.evaluate(() => !!document.getElementById('interop-outlet')?.shadowRoot)).toBe(
    false,
  );
  const { post } = await writePost(page, 'Road closure on Mill Lane');
  await expect(indicator(page)).toHaveText('Posting as Kingsford Council · corporate');
  await post.locator('.artdeco-button__text').click();
  await expect(guardDialog(page, /Kingsford Council.*corporate/)).toBeVisible();
  expect(await sentPosts(page)).toEqual([]);
});
