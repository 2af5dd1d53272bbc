// Scenarios 1 and 3 on X. An allowed post (personal account, harmless text) is the site's own
// send, untouched: no dialog, sent once, by the way the person used. A banned term blocks:
// the dialog says so and highlights the word, offers no "Post as", and nothing is sent.
// Each surface and each way of sending appears once in each group (a Latin square).
import { expect, test } from './fixtures';
import { setRules } from './rules';
import {
  CORPORATE,
  PERSONAL,
  WAY_TITLE,
  expectSentExactly,
  guardDialog,
  indicatorOf,
  kingsfordRules,
  openComposer,
  postsFor,
  sentPosts,
  type SurfaceName,
  type Way,
} from './x-helpers';

test.beforeEach(async ({ context }) => {
  await setRules(context, kingsfordRules());
});

const ALLOWED: [SurfaceName, Way][] = [
  ['home', 'span'],
  ['reply', 'button'],
  ['modal', 'meta'],
  ['thread', 'ctrl'],
];

for (const [surface, way] of ALLOWED) {
  test(`${surface} · ${WAY_TITLE[way]}: a harmless personal post goes out once with no dialog`, async ({
    xPage,
  }) => {
    const composer = await openComposer(xPage, surface, { active: PERSONAL });
    await expect(indicatorOf(composer)).toHaveText(`Posting as @${PERSONAL} · personal`);
    const texts = postsFor(surface, 'Lovely walk by the river today', 'Ducks were out in force');
    await composer.write(texts);
    await composer.send(way);

    const via = way === 'ctrl' || way === 'meta' ? 'keyboard' : 'click';
    await expectSentExactly(composer, [{ ...composer.record(texts, PERSONAL), via }]);
    await expect(guardDialog(composer.page)).toHaveCount(0);
  });
}

const BLOCKED: [SurfaceName, Way][] = [
  ['home', 'ctrl'],
  ['reply', 'meta'],
  ['modal', 'button'],
  ['thread', 'span'],
];

for (const [surface, way] of BLOCKED) {
  test(`${surface} · ${WAY_TITLE[way]}: a banned term blocks, with no "Post as", and nothing is sent`, async ({
    xPage,
  }) => {
    const composer = await openComposer(xPage, surface, { active: CORPORATE });
    const { page } = composer;
    // In a thread the banned word is in the second post.
    const texts = postsFor(
      surface,
      surface === 'thread' ? 'Road closures this weekend' : 'Police found an old bomb in the park',
      'Police found an old bomb in the park',
    );
    await composer.write(texts);
    await composer.send(way);

    const dialog = guardDialog(page);
    await expect(dialog).toBeVisible();
    await expect(dialog).toHaveAccessibleName(`Blocked: posting as @${CORPORATE} · corporate`);
    await expect(dialog).toContainText(
      'Your organisation does not allow "bomb" in posts from this account',
    );
    await expect(dialog.locator('mark').first()).toHaveText('bomb');
    if (surface === 'thread') await expect(dialog).toContainText('Post 2 of 2');
    await expect(dialog.getByRole('button', { name: /^Post/ })).toHaveCount(0);
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    expect(await sentPosts(page)).toEqual([]);

    // Trying again gets the same answer; the post never leaves.
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    if (way === 'ctrl' || way === 'meta') await composer.send('span');
    else {
      await composer.editor(texts.length - 1).click();
      await composer.send('ctrl');
    }
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toHaveCount(0);
    for (const [i, text] of texts.entries()) await expect(composer.editor(i)).toHaveText(text);
    expect(await sentPosts(page)).toEqual([]);
  });
}
