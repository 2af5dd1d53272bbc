// LinkedIn's send grid, a step per cell: each form of the share modal the fixture serves
// (the 2026 shell, its shadow root attached late, the older light-DOM shell, the legacy modal
// markup on both, the newer textbox editor, the "Post settings" flow, a company page's admin
// composer, and a scheduled post, whose button reads "Schedule") × each way a person sends a
// post there: a click on the primary button's label, or the keyboard on that button once
// focused (a real <button>: Space and Enter click it). LinkedIn has no keyboard send from the
// editor (docs/sites/linkedin.md). In every cell a post as the company page is held for the
// guard's dialog, which names the page; the first send is cancelled and nothing leaves, the
// text kept; the second is released with "Post as Kingsford Council", and exactly one post
// goes out, as the page, with that text. A test runs one form's cells in turn, each on a new
// document in the same tab (tests/e2e/cells.ts).
import type { BrowserContext, Page } from '@playwright/test';
import { cellsInTurn } from './cells';
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
  switchAuthor,
  typePost,
  writePost,
} from './linkedin-helpers';
import { clickWhenArmed } from './release';

const COMPANY = { author: 'Kingsford Council' };
const TEXT = 'Bin collections move to Tuesday.';

interface Variant {
  title: string;
  /** Opens the share modal as the company page, with TEXT typed, ready to send (in `tab`). */
  open(context: BrowserContext, tab?: Page): Promise<Page>;
  /** What the post's record must also show. */
  sent?: Record<string, string>;
}

const feed = (query: Record<string, string>) => async (context: BrowserContext, tab?: Page) => {
  const page = await linkedinPage(context, { ...COMPANY, ...query }, undefined, tab);
  await writePost(page, TEXT);
  return page;
};

const VARIANTS: Variant[] = [
  { title: '2026 shell (default)', open: feed({}) },
  {
    title: '2026 shell, shadow root attached late (interop=late)',
    async open(context, tab) {
      const page = await linkedinPage(context, { ...COMPANY, interop: 'late' }, undefined, tab);
      const attached = () => !!document.getElementById('interop-outlet')?.shadowRoot;
      expect(await page.evaluate(attached)).toBe(false);
      await writePost(page, TEXT);
      expect(await page.evaluate(attached)).toBe(true);
      return page;
    },
  },
  { title: 'older light-DOM shell (shell=light)', open: feed({ shell: 'light' }) },
  {
    title: '2026 shell, legacy modal (modal=legacy)',
    async open(context, tab) {
      const page = await feed({ modal: 'legacy' })(context, tab);
      await expect(share(page).modal).not.toHaveAttribute('aria-labelledby', /./);
      return page;
    },
  },
  {
    title: 'older light-DOM shell, legacy modal (shell=light&modal=legacy)',
    async open(context, tab) {
      const page = await feed({ shell: 'light', modal: 'legacy' })(context, tab);
      await expect(share(page).modal).not.toHaveAttribute('aria-labelledby', /./);
      return page;
    },
  },
  {
    title: '2026 shell, newer textbox editor (editor=textbox)',
    async open(context, tab) {
      const page = await feed({ editor: 'textbox' })(context, tab);
      await expect(share(page).editor).not.toHaveClass(/ql-editor/);
      return page;
    },
  },
  {
    title: '2026 shell, "Post settings" flow (flow=settings)',
    async open(context, tab) {
      const page = await linkedinPage(context, { flow: 'settings' }, undefined, tab);
      await writePost(page, TEXT);
      await expect(share(page).author).toHaveClass(/share-creation-state__author-button/);
      await switchAuthor(page, 'Kingsford Council');
      return page;
    },
  },
  {
    title: 'company page admin composer (?share=true)',
    async open(context, tab) {
      const page = await companyComposer(context, {}, tab);
      await typePost(page, TEXT);
      return page;
    },
  },
  {
    title: '2026 shell, scheduled (clock → Next → "Schedule")',
    async open(context, tab) {
      const page = await feed({})(context, tab);
      const { modal, post } = share(page);
      await modal.getByRole('button', { name: 'Schedule post' }).click();
      await modal.getByRole('button', { name: 'Next' }).click();
      await expect(post).toHaveText('Schedule');
      await expect(guardDialog(page)).toHaveCount(0);
      return page;
    },
    sent: { scheduledFor: '2026-12-01 09:00' },
  },
];

type Press = (page: Page) => Promise<void>;

interface Way {
  title: string;
  cancelled: Press;
  released: Press;
}

const WAYS: Way[] = [
  {
    title: "a click on the primary button's label",
    cancelled: (page) => share(page).post.locator('.artdeco-button__text').click(),
    released: (page) => share(page).post.locator('.artdeco-button__text').click(),
  },
  {
    title: 'Space, then Enter, on the focused primary button',
    async cancelled(page) {
      await share(page).post.focus();
      await page.keyboard.press('Space');
    },
    async released(page) {
      await share(page).post.focus();
      await page.keyboard.press('Enter');
    },
  },
];

test.beforeEach(async ({ context }) => {
  await setKingsford(context);
});

async function cell(context: BrowserContext, variant: Variant, way: Way, tab?: Page) {
  const page = await variant.open(context, tab);
  const { editor, post } = share(page);
  await expect(indicator(page)).toHaveText('Posting as Kingsford Council · corporate');
  const label = (await post.textContent())?.trim() ?? '';

  await way.cancelled(page);
  const dialog = guardDialog(page, /Kingsford Council.*corporate/);
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(TEXT);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await page.waitForTimeout(300);
  expect(await sentPosts(page)).toEqual([]);
  await expect(editor).toHaveText(TEXT);
  await expect(post).toHaveText(label);

  await way.released(page);
  await expect(dialog).toBeVisible();
  expect(await sentPosts(page)).toEqual([]);
  await clickWhenArmed(dialog.getByRole('button', { name: 'Post as Kingsford Council' }));
  await expectSentOnce(page, {
    account: 'Kingsford Council',
    texts: [TEXT],
    surface: 'share-modal',
    ...variant.sent,
  });
  return page;
}

for (const variant of VARIANTS) {
  test(`${variant.title} · each way of sending: held; Cancel sends nothing; "Post as" sends once`, async ({
    context,
  }) => {
    await cellsInTurn(
      WAYS,
      (way) => way.title,
      (way, tab) => cell(context, variant, way, tab),
    );
  });
}
