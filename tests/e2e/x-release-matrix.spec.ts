// Scenario 2 on every cell of X: each compose surface × each way of sending. A post from the
// corporate account is held for the guard's dialog, nothing leaves while it waits, and after
// "Post as @KingsfordGov" the site sends it exactly once, with exactly the text typed. A test
// runs one surface's ways in turn, a step per cell on a new document in the same tab
// (tests/e2e/cells.ts).
import type { Page } from '@playwright/test';
import { cellsInTurn } from './cells';
import { expect, test, type PostguardFixtures } from './fixtures';
import { setRules } from './rules';
import {
  CORPORATE,
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
} from './x-helpers';
import { clickWhenArmed } from './release';

test.beforeEach(async ({ context }) => {
  await setRules(context, kingsfordRules());
});

type Surface = (typeof SURFACES)[number];
type Way = (typeof WAYS)[number];

async function cell(xPage: PostguardFixtures['xPage'], surface: Surface, way: Way, tab?: Page) {
  const composer = await openComposer(xPage, surface, { active: CORPORATE }, tab);
  const { page } = composer;
  const texts = postsFor(
    surface,
    `Bin collections move to Thursday (${surface}, ${way}).`,
    'Garden waste goes out on Friday.',
  );
  await composer.write(texts);
  await composer.send(way);

  const dialog = guardDialog(page);
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAccessibleName(/@KingsfordGov · corporate/);
  for (const text of texts) await expect(dialog).toContainText(text);
  if (texts.length > 1) await expect(dialog).toContainText('Post 2 of 2');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  expect(await sentPosts(page)).toEqual([]);
  await expect(composer.editor(texts.length - 1)).toHaveText(texts.at(-1) ?? '');

  await clickWhenArmed(postAsButton(page));
  await expect(dialog).toHaveCount(0);
  await expectSentExactly(composer, [expect.objectContaining(composer.record(texts, CORPORATE))]);
  return page;
}

for (const surface of SURFACES) {
  test(`${surface} · every way of sending: a corporate post waits for "Post as" and goes out once`, async ({
    xPage,
  }) => {
    await cellsInTurn(
      WAYS,
      (way) => `${surface} · ${WAY_TITLE[way]}`,
      (way, tab) => cell(xPage, surface, way, tab),
    );
  });
}

// Some X builds put tweetTextarea_N on the contenteditable itself (draft-js webDriverTestID).
test('thread · Ctrl+Enter, with the testid on the contenteditable: held, then both posts go out once', async ({
  xPage,
}) => {
  const composer = await openComposer(xPage, 'thread', { active: CORPORATE, testid: 'editor' });
  await expect(composer.editor(0)).toHaveAttribute('data-testid', 'tweetTextarea_0');
  const texts = ['Ward surgery on Saturday', 'Drop in from 10am'];
  await composer.write(texts);
  await composer.send('ctrl');
  await expect(guardDialog(composer.page)).toContainText('Post 2 of 2');
  expect(await sentPosts(composer.page)).toEqual([]);
  await clickWhenArmed(postAsButton(composer.page));
  await expectSentExactly(composer, [expect.objectContaining(composer.record(texts, CORPORATE))]);
});
