// The cells of X's send grid that x-release-matrix.spec.ts leaves out: the reply and quote
// modals (opened from a post's Reply button, and Repost › Quote) in every way of sending, the
// narrow layout with no account switcher (hideSwitcher=1, the account read from the Profile
// link) on every surface, and the reply modal whose preview has no article around it
// (replyPreview=plain); and on every surface the keyboard on the focused Post button (a real
// <button>: Space and Enter click it). In each cell a corporate post is held for the guard's
// dialog; Cancel sends nothing and keeps the text; sent again the same way (for the keys: Space
// is cancelled, Enter released), "Post as @KingsfordGov" lets it out exactly once.
// A test runs one surface's cells in turn, each a step on a new document in the same tab
// (tests/e2e/cells.ts).
import type { Page } from '@playwright/test';
import { cellsInTurn } from './cells';
import { expect, test } from './fixtures';
import { setRules } from './rules';
import {
  CORPORATE,
  POST_MODALS,
  SURFACES,
  WAYS,
  WAY_TITLE,
  expectSentExactly,
  guardDialog,
  kingsfordRules,
  openComposer,
  postAsButton,
  postsFor,
  sentPosts,
  type SurfaceName,
  type Way,
} from './x-helpers';
import { clickWhenArmed } from './release';

test.beforeEach(async ({ context }) => {
  await setRules(context, kingsfordRules());
});

type XPage = Parameters<typeof openComposer>[0];

/** X's four ways, and Space then Enter on the focused Post button. */
type GridWay = Way | 'keys';
const GRID_WAYS: GridWay[] = [...WAYS, 'keys'];
const TITLE: Record<GridWay, string> = {
  ...WAY_TITLE,
  keys: 'Space, then Enter, on the focused Post button',
};

async function cancelThenRelease(
  xPage: XPage,
  surface: SurfaceName,
  way: GridWay,
  query: Record<string, string>,
  tab?: Page,
): Promise<Page> {
  const composer = await openComposer(xPage, surface, { active: CORPORATE, ...query }, tab);
  const { page } = composer;
  const texts = postsFor(surface, `Ward surgery moves to Friday (${surface}, ${way}).`, 'Drop in.');
  await composer.write(texts);
  const last = composer.editor(texts.length - 1);

  const send = async (phase: 'cancelled' | 'released') => {
    if (way !== 'keys') return composer.send(way);
    await composer.sendButton.focus();
    await page.keyboard.press(phase === 'cancelled' ? 'Space' : 'Enter');
  };

  await send('cancelled');
  const dialog = guardDialog(page);
  await expect(dialog).toHaveAccessibleName(/@KingsfordGov · corporate/);
  for (const text of texts) await expect(dialog).toContainText(text);
  await expect(dialog).not.toContainText('KingsfordNews');
  expect(await sentPosts(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
  await page.waitForTimeout(200);
  expect(await sentPosts(page)).toEqual([]);
  await expect(last).toHaveText(texts.at(-1) ?? '');

  if (way === 'ctrl' || way === 'meta') await last.click();
  await send('released');
  await expect(dialog).toHaveAccessibleName(/@KingsfordGov · corporate/);
  expect(await sentPosts(page)).toEqual([]);
  await clickWhenArmed(postAsButton(page));
  await expect(dialog).toHaveCount(0);
  await expectSentExactly(composer, [expect.objectContaining(composer.record(texts, CORPORATE))]);
  return page;
}

/** Each of `ways` on `surface` in turn, a step per cell, in one tab. */
async function cells(
  xPage: XPage,
  surface: SurfaceName,
  ways: readonly GridWay[],
  query: Record<string, string>,
) {
  await cellsInTurn(
    ways,
    (way) => `${surface} · ${TITLE[way]}`,
    (way, tab) => cancelThenRelease(xPage, surface, way, query, tab),
  );
}

const held = 'held; Cancel sends nothing; "Post as" sends once';

test.describe('post modals', () => {
  for (const surface of POST_MODALS) {
    test(`${surface} · every way of sending: ${held}`, async ({ xPage }) => {
      await cells(xPage, surface, GRID_WAYS, {});
    });
  }
});

test.describe('narrow layout, no account switcher (hideSwitcher=1)', () => {
  for (const surface of [...SURFACES, ...POST_MODALS]) {
    test(`${surface} · every way of sending: ${held}`, async ({ xPage }) => {
      await cells(xPage, surface, GRID_WAYS, { hideSwitcher: '1' });
    });
  }
});

test.describe('reply modal with a plain preview (replyPreview=plain)', () => {
  test(`reply-modal · every way of sending: ${held}`, async ({ xPage }) => {
    await cells(xPage, 'reply-modal', GRID_WAYS, { replyPreview: 'plain' });
  });
});

test.describe('keyboard on the focused Post button', () => {
  for (const surface of SURFACES) {
    test(`${surface} · ${TITLE.keys}: ${held}`, async ({ xPage }) => {
      await cells(xPage, surface, ['keys'], {});
    });
  }
});
