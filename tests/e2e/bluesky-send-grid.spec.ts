// Bluesky's send grid, a step per cell: each kind of composer (a new post, a reply and a quote,
// which show other people beside the editor, and a thread of two posts) × each way a person
// publishes there: the publish button, Ctrl+Enter and Cmd+Enter in the editor, which the app
// turns into a publish directly, with no click (docs/sites/bluesky.md#sends). In every cell a
// post as the council's account is held for the guard's dialog, which names it and shows the
// post; Cancel sends nothing and keeps the text; "Post as @kingsford.gov.uk" sends it exactly
// once, as that account. A test runs one composer's cells in turn, each on a new document in
// the same tab (tests/e2e/cells.ts).
import type { BrowserContext, Page } from '@playwright/test';
import {
  bskyPage,
  bskySent,
  composer,
  CORPORATE,
  openComposer,
  typePost,
  type SentPost,
} from './bluesky-helpers';
import { cellsInTurn } from './cells';
import { useKingsford } from './rules';
import { expect, test } from './fixtures';
import { clickWhenArmed } from './release';

const TEXT = 'Bin collections move to Tuesday.';
const SECOND = 'Garden waste stays on Friday.';

interface Kind {
  title: string;
  /** Opens the composer as the council with the post written (in `tab`). */
  open(context: BrowserContext, tab?: Page): Promise<Page>;
  texts: string[];
  surface: SentPost['surface'];
}

const withComposer =
  (compose: string): Kind['open'] =>
  async (context, tab) => {
    const page = await bskyPage(context, { active: CORPORATE, compose }, tab);
    await typePost(page, TEXT);
    return page;
  };

const KINDS: Kind[] = [
  {
    title: 'a new post (the nav’s "New post")',
    async open(context, tab) {
      const page = await bskyPage(context, { active: CORPORATE }, tab);
      await openComposer(page);
      await typePost(page, TEXT);
      return page;
    },
    texts: [TEXT],
    surface: 'post',
  },
  { title: 'a reply', open: withComposer('reply'), texts: [TEXT], surface: 'reply' },
  { title: 'a quote', open: withComposer('quote'), texts: [TEXT], surface: 'quote' },
  {
    title: 'a thread of two posts ("Post All")',
    async open(context, tab) {
      const page = await withComposer('open')(context, tab);
      await page.getByRole('button', { name: 'Add another post to thread' }).click();
      await expect(composer(page).editors.nth(1)).toBeFocused();
      await typePost(page, SECOND);
      return page;
    },
    texts: [TEXT, SECOND],
    surface: 'post',
  },
];

interface Way {
  title: string;
  press(page: Page): Promise<void>;
}

const WAYS: Way[] = [
  { title: 'the publish button', press: (page) => composer(page).publish.click() },
  { title: 'Ctrl+Enter in the editor', press: (page) => page.keyboard.press('Control+Enter') },
  { title: 'Cmd+Enter in the editor', press: (page) => page.keyboard.press('Meta+Enter') },
];

const dialogOf = (page: Page) =>
  page.getByRole('alertdialog', { name: /posting as @kingsford\.gov\.uk · corporate/ });

test.beforeEach(async ({ context }) => {
  await useKingsford(context);
});

async function cell(context: BrowserContext, kind: Kind, way: Way, tab?: Page) {
  const page = await kind.open(context, tab);
  const { editors } = composer(page);
  const last = editors.last();

  await way.press(page);
  await expect(dialogOf(page)).toBeVisible();
  for (const text of kind.texts) await expect(dialogOf(page)).toContainText(text);
  await dialogOf(page).getByRole('button', { name: 'Cancel' }).click();
  await expect(dialogOf(page)).toHaveCount(0);
  await page.waitForTimeout(300);
  expect(await bskySent(page)).toEqual([]);
  await expect(editors).toHaveText(kind.texts);

  // Back in the editor the person was writing in, as after the dialog closes.
  await last.click();
  await way.press(page);
  await clickWhenArmed(dialogOf(page).getByRole('button', { name: `Post as @${CORPORATE}` }));
  await expect.poll(() => bskySent(page)).toHaveLength(1);
  await page.waitForTimeout(300);
  expect(await bskySent(page)).toMatchObject([
    { account: CORPORATE, texts: kind.texts, surface: kind.surface },
  ]);
  return page;
}

for (const kind of KINDS) {
  test(`${kind.title} · each way of publishing: held; Cancel sends nothing; "Post as" sends once`, async ({
    context,
  }) => {
    await cellsInTurn(
      WAYS,
      (way) => way.title,
      (way, tab) => cell(context, kind, way, tab),
    );
  });
}
