// Facebook's send grid, a step per cell: each way of sending on each surface (the Create
// post dialog, a comment box with its send button, one without: noCommentButton=1), on each
// form of the page the fixture serves (the account menu as radio, menuitemradio or behind
// "See all profiles"; composers that show no author's name, hideAuthor=1; French labels).
// In every cell a post as the Page is held for the guard's dialog, which names the Page; the
// first send is cancelled and nothing leaves, the text kept; the second is released with
// "Post as Kingsford Council" and the site sends it exactly once. Keys come in pairs: the
// first of the pair is cancelled, the second released (Space then Enter on a focused control;
// one of Ctrl+Enter and Cmd+Enter, then the other). A test runs the cells of one form of the
// page in turn, each on a new document in the same tab (tests/e2e/cells.ts).
import type { Page } from '@playwright/test';
import { cellsInTurn } from './cells';
import {
  compose,
  editorOf,
  expect,
  KINGSFORD,
  lookAtMenu,
  surfaceBox,
  test,
  type Surface,
} from './facebook-helpers';
import { clickWhenArmed } from './release';

interface Variant {
  title: string;
  query: Record<string, string>;
  /** How a person glances at the account menu on this form of the page. */
  look(page: Page): Promise<void>;
  post: string;
  comment: string;
  region: string;
}

const EN = { post: 'Post', comment: 'Comment', region: 'Create a post' };

const VARIANTS: Variant[] = [
  { title: 'menu=radio (default)', query: {}, look: (p) => lookAtMenu(p), ...EN },
  {
    title: 'menu=menuitemradio',
    query: { menu: 'menuitemradio' },
    look: (p) => lookAtMenu(p, { expected: 'Kingsford Council · corporate' }),
    ...EN,
  },
  {
    title: 'menu=see-all',
    query: { menu: 'see-all' },
    look: (p) => lookAtMenu(p, { expected: 'Kingsford Council · corporate', seeAll: true }),
    ...EN,
  },
  {
    title: 'hideAuthor=1',
    query: { hideAuthor: '1' },
    look: (p) => lookAtMenu(p, { expected: 'Kingsford Council · corporate' }),
    ...EN,
  },
  {
    title: 'lang=fr',
    query: { lang: 'fr' },
    look: (p) => lookAtMenu(p, { menuLabel: 'Votre profil' }),
    post: 'Publier',
    comment: 'Commenter',
    region: 'Créer une publication',
  },
];

type Press = (page: Page, v: Variant) => Promise<void>;

interface Way {
  title: string;
  surface: Surface;
  noCommentButton?: boolean;
  /** The send that is cancelled, then the one that is released. */
  cancelled: Press;
  released: Press;
}

const control = (page: Page, surface: Surface, v: Variant) =>
  surfaceBox(page, surface).getByRole('button', {
    name: surface === 'comment' ? v.comment : v.post,
    exact: true,
  });

const click =
  (surface: Surface): Press =>
  (page, v) =>
    control(page, surface, v).click();

const keyOnControl =
  (surface: Surface, key: string): Press =>
  async (page, v) => {
    await control(page, surface, v).focus();
    await page.keyboard.press(key);
  };

const keyInEditor =
  (surface: Surface, key: string): Press =>
  async (page) => {
    await editorOf(page, surface).focus();
    await page.keyboard.press(key);
  };

const WAYS: Way[] = [
  {
    title: 'create-post · click on Post',
    surface: 'create-post',
    cancelled: click('create-post'),
    released: click('create-post'),
  },
  {
    title: 'create-post · Space, then Enter, on the focused Post',
    surface: 'create-post',
    cancelled: keyOnControl('create-post', ' '),
    released: keyOnControl('create-post', 'Enter'),
  },
  {
    title: 'create-post · Ctrl+Enter, then Cmd+Enter, in the editor',
    surface: 'create-post',
    cancelled: keyInEditor('create-post', 'Control+Enter'),
    released: keyInEditor('create-post', 'Meta+Enter'),
  },
  {
    title: 'comment · click on Comment',
    surface: 'comment',
    cancelled: click('comment'),
    released: click('comment'),
  },
  {
    title: 'comment · Space, then Enter, on the focused Comment',
    surface: 'comment',
    cancelled: keyOnControl('comment', ' '),
    released: keyOnControl('comment', 'Enter'),
  },
  {
    title: 'comment · plain Enter in the comment',
    surface: 'comment',
    cancelled: keyInEditor('comment', 'Enter'),
    released: keyInEditor('comment', 'Enter'),
  },
  {
    title: 'comment · Cmd+Enter, then Ctrl+Enter, in the comment',
    surface: 'comment',
    cancelled: keyInEditor('comment', 'Meta+Enter'),
    released: keyInEditor('comment', 'Control+Enter'),
  },
  {
    title: 'comment without a send button · plain Enter in the comment',
    surface: 'comment',
    noCommentButton: true,
    cancelled: keyInEditor('comment', 'Enter'),
    released: keyInEditor('comment', 'Enter'),
  },
  {
    title: 'comment without a send button · Ctrl+Enter, then Cmd+Enter, in the comment',
    surface: 'comment',
    noCommentButton: true,
    cancelled: keyInEditor('comment', 'Control+Enter'),
    released: keyInEditor('comment', 'Meta+Enter'),
  },
];

const TEXT = 'Road works on the high street';

type FbPage = (query?: Record<string, string>, tab?: Page) => Promise<Page>;
type FbSent = (page: Page) => Promise<unknown[]>;

async function cell(fbPage: FbPage, fbSent: FbSent, variant: Variant, way: Way, tab?: Page) {
  const query = { ...variant.query, active: 'Kingsford Council' };
  const page = await fbPage(way.noCommentButton ? { ...query, noCommentButton: '1' } : query, tab);
  await variant.look(page);
  const { surface } = way;
  const editor = await compose(page, surface, TEXT, variant.region);
  if (way.noCommentButton) {
    await expect(control(page, surface, variant)).toHaveCount(0);
  }
  const dialog = page.getByRole('alertdialog', { name: /Kingsford Council.*corporate/ });

  await way.cancelled(page, variant);
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(TEXT);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await page.waitForTimeout(300);
  expect(await fbSent(page)).toEqual([]);
  await expect(editor).toHaveText(TEXT);

  await way.released(page, variant);
  await expect(dialog).toBeVisible();
  expect(await fbSent(page)).toEqual([]);
  await clickWhenArmed(dialog.getByRole('button', { name: 'Post as Kingsford Council' }));
  await expect(dialog).toBeHidden();
  await expect.poll(() => fbSent(page)).toHaveLength(1);
  expect((await fbSent(page))[0]).toMatchObject({
    account: 'Kingsford Council',
    texts: [TEXT],
    surface,
  });
  if (surface === 'create-post') await expect(editorOf(page, surface)).toHaveCount(0);
  else await expect(editor).toHaveText('');
  await page.waitForTimeout(300);
  expect(await fbSent(page)).toHaveLength(1);
  return page;
}

for (const variant of VARIANTS) {
  test.describe(`Facebook ${variant.title}`, () => {
    for (const noCommentButton of [false, true]) {
      const ways = WAYS.filter((way) => !!way.noCommentButton === noCommentButton);
      const title = noCommentButton ? 'comment without a send button' : 'each way of sending';
      test(`${title}: held; Cancel sends nothing; "Post as" sends once`, async ({
        useRules,
        fbPage,
        fbSent,
      }) => {
        await useRules(KINGSFORD);
        await cellsInTurn(
          ways,
          (way) => way.title,
          (way, tab) => cell(fbPage, fbSent, variant, way, tab),
        );
      });
    }
  });
}
