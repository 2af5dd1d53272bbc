// Scenario 4 on X: Cancel and Escape send nothing and leave the post exactly as typed (line
// breaks, every post of a thread). The focus goes back where the person was: into the editor
// after a keyboard send (typing simply carries on), onto the Post button after a click.
import { expect, test } from './fixtures';
import { setRules } from './rules';
import {
  CORPORATE,
  expectSentExactly,
  guardDialog,
  kingsfordRules,
  openComposer,
  postAsButton,
  sentPosts,
} from './x-helpers';
import { clickWhenArmed } from './release';

test.beforeEach(async ({ context }) => {
  await setRules(context, kingsfordRules());
});

test('home · a click on the button, then Cancel: nothing sent, both lines kept, Post focused; the same text goes out later', async ({
  xPage,
}) => {
  const composer = await openComposer(xPage, 'home', { active: CORPORATE });
  const { page } = composer;
  await composer.editor().click();
  await page.keyboard.type('Library hours change:');
  await page.keyboard.press('Enter'); // a new line, not a send
  await page.keyboard.type('open until 8pm on Thursdays');
  await composer.send('button');

  const dialog = guardDialog(page);
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
  expect(await sentPosts(page)).toEqual([]);
  const typed = 'Library hours change:\nopen until 8pm on Thursdays';
  expect(await composer.editor().innerText()).toBe(typed);
  await expect(composer.sendButton).toBeFocused();

  // What finally goes out is exactly what was typed: the draft was never rewritten.
  await composer.send('span');
  await clickWhenArmed(postAsButton(page));
  await expectSentExactly(composer, [expect.objectContaining(composer.record([typed], CORPORATE))]);
});

test('reply · Ctrl+Enter, then Escape: nothing sent, text kept, typing carries on in the box', async ({
  xPage,
}) => {
  const composer = await openComposer(xPage, 'reply', { active: CORPORATE });
  const { page } = composer;
  await composer.write(['Thanks for letting us know']);
  await composer.send('ctrl');

  const dialog = guardDialog(page);
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  expect(await sentPosts(page)).toEqual([]);
  await expect(composer.editor()).toBeFocused();
  await page.keyboard.type(', we will fix it.');
  await expect(composer.editor()).toHaveText('Thanks for letting us know, we will fix it.');
  expect(await sentPosts(page)).toEqual([]);
});

test('reply · Ctrl+Enter pressed again while the dialog is open sends nothing', async ({
  xPage,
}) => {
  const composer = await openComposer(xPage, 'reply', { active: CORPORATE });
  const { page } = composer;
  await composer.write(['Pressed twice by habit']);
  await composer.send('ctrl');
  await expect(guardDialog(page)).toBeVisible();
  await page.keyboard.press('Control+Enter');
  await page.keyboard.press('Meta+Enter');
  await composer.sendButton.click({ force: true }); // a click on the page behind the dialog
  expect(await sentPosts(page)).toEqual([]);
  await expect(composer.editor()).toHaveText('Pressed twice by habit');
});

test('modal · a click on the label span, then Escape: the modal stays open with the text, Post focused', async ({
  xPage,
}) => {
  const composer = await openComposer(xPage, 'modal', { active: CORPORATE });
  const { page } = composer;
  await composer.write(['Council tax bills are on their way']);
  await composer.send('span');

  const dialog = guardDialog(page);
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(composer.box).toBeVisible();
  await expect(composer.editor()).toHaveText('Council tax bills are on their way');
  await expect(composer.sendButton).toBeFocused();
  expect(await sentPosts(page)).toEqual([]);
  expect(new URL(page.url()).pathname).toBe('/compose/post');
});

test('thread · Cmd+Enter, then Cancel: both posts kept in order, focus back in the second', async ({
  xPage,
}) => {
  const composer = await openComposer(xPage, 'thread', { active: CORPORATE });
  const { page } = composer;
  await composer.write(['Thread: winter gritting routes', 'Main roads are gritted first']);
  await composer.send('meta');

  const dialog = guardDialog(page);
  await expect(dialog).toContainText('Post 2 of 2');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
  expect(await sentPosts(page)).toEqual([]);
  await expect(composer.editor(0)).toHaveText('Thread: winter gritting routes');
  await expect(composer.editor(1)).toHaveText('Main roads are gritted first');
  await expect(composer.editor(1)).toBeFocused();
  await page.keyboard.type(', then side roads.');
  await expect(composer.editor(1)).toHaveText('Main roads are gritted first, then side roads.');
  expect(await sentPosts(page)).toEqual([]);
});
