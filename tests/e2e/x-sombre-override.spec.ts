// Scenarios 8 and 9 on X. Sombre-event mode blocks a laughing emoji on the corporate account,
// showing the mode's reason, and leaves the same post alone on a personal account. With
// `policy.allowOverride`, a block offers "Post anyway", usable only once the person has typed
// the account's handle; then the post goes out exactly once.
import { expect, test } from './fixtures';
import { setRules } from './rules';
import {
  CORPORATE,
  PERSONAL,
  expectSentExactly,
  guardDialog,
  kingsfordRules,
  openComposer,
  postAsButton,
  sentPosts,
} from './x-helpers';
import { clickWhenArmed } from './release';

const SOMBRE = kingsfordRules({ sombre: { active: true, reason: 'Remembrance service' } });
const JOKE = 'What a turnout at the quiz night 😂';

test.describe('sombre-event mode', () => {
  test.beforeEach(async ({ context }) => {
    await setRules(context, SOMBRE);
  });

  test('reply · Ctrl+Enter: a laughing emoji on the corporate account is blocked, with the reason', async ({
    xPage,
  }) => {
    const composer = await openComposer(xPage, 'reply', { active: CORPORATE });
    const { page } = composer;
    await composer.write([JOKE]);
    await composer.send('ctrl');

    const dialog = guardDialog(page);
    await expect(dialog).toHaveAccessibleName(`Blocked: posting as @${CORPORATE} · corporate`);
    await expect(dialog).toContainText('Sombre-event mode is on: Remembrance service');
    await expect(dialog).toContainText(
      'Light-hearted emoji are not suitable while sombre-event mode is on',
    );
    await expect(dialog.locator('mark').first()).toHaveText('😂');
    await expect(dialog.getByRole('button', { name: /^Post/ })).toHaveCount(0);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(composer.editor()).toHaveText(JOKE);
    expect(await sentPosts(page)).toEqual([]);
  });

  test('reply · Ctrl+Enter: the same post from a personal account goes out once, no dialog', async ({
    xPage,
  }) => {
    const composer = await openComposer(xPage, 'reply', { active: PERSONAL });
    await composer.write([JOKE]);
    await composer.send('ctrl');
    await expectSentExactly(composer, [{ ...composer.record([JOKE], PERSONAL), via: 'keyboard' }]);
    await expect(guardDialog(composer.page)).toHaveCount(0);
  });

  test('modal · Cmd+Enter: a suitable corporate post asks, naming the event, and goes out once', async ({
    xPage,
  }) => {
    const composer = await openComposer(xPage, 'modal', { active: CORPORATE });
    const text = 'The town hall flag flies at half mast today.';
    await composer.write([text]);
    await composer.send('meta');
    const dialog = guardDialog(composer.page);
    await expect(dialog).toContainText('Sombre-event mode is on: Remembrance service');
    await clickWhenArmed(postAsButton(composer.page));
    await expectSentExactly(composer, [
      expect.objectContaining(composer.record([text], CORPORATE)),
    ]);
  });
});

test.describe('override of a block', () => {
  test.beforeEach(async ({ context }) => {
    await setRules(context, kingsfordRules({ policy: { allowOverride: true } }));
  });

  test('home · a click on the button: "Post anyway" waits for the handle, then sends once', async ({
    xPage,
  }) => {
    const composer = await openComposer(xPage, 'home', { active: CORPORATE });
    const { page } = composer;
    const text = 'Bomb disposal team thanked by the mayor';
    await composer.write([text]);
    await composer.send('button');

    const dialog = guardDialog(page);
    await expect(dialog).toHaveAccessibleName(/^Blocked: posting as @KingsfordGov/);
    const anyway = dialog.getByRole('button', { name: 'Post anyway' });
    const field = dialog.getByLabel('Type the account name to confirm');
    await expect(anyway).toBeDisabled();
    for (const wrong of ['KingsfordGo', `@${PERSONAL}`, 'KingsfordGov2']) {
      await field.click();
      await page.keyboard.press('Control+A');
      await page.keyboard.type(wrong);
      await expect(anyway).toBeDisabled();
    }
    await anyway.click({ force: true }); // a click on the disabled button does nothing
    expect(await sentPosts(page)).toEqual([]);
    await expect(dialog).toBeVisible();

    await field.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(`@${CORPORATE}`);
    await expect(anyway).toBeEnabled();
    await clickWhenArmed(anyway);
    await expect(dialog).toHaveCount(0);
    await expectSentExactly(composer, [
      expect.objectContaining(composer.record([text], CORPORATE)),
    ]);
  });

  test('thread · Ctrl+Enter: the handle typed in any case unlocks "Post anyway" for the whole thread', async ({
    xPage,
  }) => {
    const composer = await openComposer(xPage, 'thread', { active: CORPORATE });
    const { page } = composer;
    const texts = ['Update on the old quarry', 'A wartime bomb was made safe'];
    await composer.write(texts);
    await composer.send('ctrl');

    const dialog = guardDialog(page);
    await expect(dialog).toContainText('Post 2 of 2');
    await dialog.getByLabel('Type the account name to confirm').click();
    await page.keyboard.type('kingsfordgov');
    await clickWhenArmed(dialog.getByRole('button', { name: 'Post anyway' }));
    await expectSentExactly(composer, [expect.objectContaining(composer.record(texts, CORPORATE))]);
  });
});
