// The fixture Facebook's keyboard paths in a real Chromium with the built extension:
// comments send on Enter (Shift+Enter is a new line), a comment box may have no
// send button at all, and Facebook's div[role=button] controls act on keydown.
import {
  compose,
  editorOf,
  expect,
  KINGSFORD,
  lookAtMenu,
  send,
  surfaceBox,
  test,
} from './facebook-helpers';
import { clickWhenArmed } from './release';

const PAGE = { active: 'Kingsford Council' };
const PERSONAL = { active: 'Jane Doe' };

test.describe('Facebook comment box keys', () => {
  test('a comment box with no send button: Enter as the Page is held, then sent once on "Post as"', async ({
    useRules,
    fbPage,
    fbSent,
  }) => {
    await useRules(KINGSFORD);
    const page = await fbPage({ ...PAGE, noCommentButton: '1' });
    await lookAtMenu(page);
    const editor = await compose(page, 'comment', 'Thanks for reporting the pothole');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('alertdialog', { name: /Kingsford Council.*corporate/ });
    await expect(dialog).toBeVisible();
    expect(await fbSent(page)).toEqual([]);
    await clickWhenArmed(dialog.getByRole('button', { name: 'Post as Kingsford Council' }));
    await expect.poll(() => fbSent(page)).toHaveLength(1);
    expect((await fbSent(page))[0]).toMatchObject({
      account: 'Kingsford Council',
      texts: ['Thanks for reporting the pothole'],
    });
    await expect(editor).toHaveText('');
    await page.waitForTimeout(300);
    expect(await fbSent(page)).toHaveLength(1);
  });

  for (const chord of ['Control+Enter', 'Meta+Enter']) {
    test(`${chord} in a comment as the Page is held too; Cancel sends nothing and keeps the text`, async ({
      useRules,
      fbPage,
      fbSent,
    }) => {
      await useRules(KINGSFORD);
      const page = await fbPage(PAGE);
      await lookAtMenu(page);
      const editor = await compose(page, 'comment', 'See you at the fair');
      await page.keyboard.press(chord);
      const dialog = page.getByRole('alertdialog', { name: /Kingsford Council.*corporate/ });
      await expect(dialog).toBeVisible();
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await expect(dialog).toBeHidden();
      await page.waitForTimeout(300);
      expect(await fbSent(page)).toEqual([]);
      await expect(editor).toHaveText('See you at the fair');
    });
  }

  test('Shift+Enter makes a new line and sends nothing; Enter sends both lines', async ({
    useRules,
    fbPage,
    fbSent,
  }) => {
    await useRules(KINGSFORD);
    const page = await fbPage(PERSONAL);
    await lookAtMenu(page);
    const editor = await compose(page, 'comment', 'first line');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('second line');
    await page.waitForTimeout(200);
    expect(await fbSent(page)).toEqual([]);
    await expect(page.getByRole('alertdialog')).toHaveCount(0);
    await page.keyboard.press('Enter');
    await expect.poll(() => fbSent(page)).toHaveLength(1);
    expect((await fbSent(page))[0]).toMatchObject({
      texts: ['first line\nsecond line'],
      via: 'keyboard',
    });
    await expect(editor).toHaveText('');
  });

  test('Shift+Enter as the Page is not held; Enter is', async ({ useRules, fbPage, fbSent }) => {
    await useRules(KINGSFORD);
    const page = await fbPage(PAGE);
    await lookAtMenu(page);
    await compose(page, 'comment', 'first line');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('second line');
    await expect(page.getByRole('alertdialog')).toHaveCount(0);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('alertdialog', { name: /Kingsford Council.*corporate/ });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('second line');
    await clickWhenArmed(dialog.getByRole('button', { name: 'Post as Kingsford Council' }));
    await expect.poll(() => fbSent(page)).toHaveLength(1);
    expect((await fbSent(page))[0]?.texts).toEqual(['first line\nsecond line']);
  });

  test('the comment send button is guarded like Enter', async ({ useRules, fbPage, fbSent }) => {
    await useRules(KINGSFORD);
    const page = await fbPage(PAGE);
    await lookAtMenu(page);
    await compose(page, 'comment', 'See you there');
    await surfaceBox(page, 'comment').getByRole('button', { name: 'Comment', exact: true }).click();
    const dialog = page.getByRole('alertdialog', { name: /Kingsford Council.*corporate/ });
    await expect(dialog).toBeVisible();
    expect(await fbSent(page)).toEqual([]);
    await clickWhenArmed(dialog.getByRole('button', { name: 'Post as Kingsford Council' }));
    await expect
      .poll(() => fbSent(page))
      .toEqual([
        {
          account: 'Kingsford Council',
          texts: ['See you there'],
          surface: 'comment',
          via: 'click',
        },
      ]);
  });
});

test.describe('Facebook in another language, and keyboard on the buttons', () => {
  test('French labels: "Publier" is found by structure and held as the Page', async ({
    useRules,
    fbPage,
    fbSent,
  }) => {
    await useRules(KINGSFORD);
    const page = await fbPage({ ...PAGE, lang: 'fr' });
    await lookAtMenu(page, { menuLabel: 'Votre profil' });
    await compose(page, 'create-post', 'Travaux sur la grande rue', 'Créer une publication');
    await send(page, 'create-post', 'Publier');
    const dialog = page.getByRole('alertdialog', { name: /Kingsford Council.*corporate/ });
    await expect(dialog).toBeVisible();
    expect(await fbSent(page)).toEqual([]);
    await clickWhenArmed(dialog.getByRole('button', { name: 'Post as Kingsford Council' }));
    await expect.poll(() => fbSent(page)).toHaveLength(1);

    await compose(page, 'comment', 'Merci');
    await send(page, 'comment');
    await expect(dialog).toBeVisible();
    await clickWhenArmed(dialog.getByRole('button', { name: 'Post as Kingsford Council' }));
    await expect.poll(() => fbSent(page)).toHaveLength(2);
  });

  test('Enter on the focused Post button is held too (Facebook buttons act on keydown)', async ({
    useRules,
    fbPage,
    fbSent,
  }) => {
    await useRules(KINGSFORD);
    const page = await fbPage(PAGE);
    await lookAtMenu(page);
    await compose(page, 'create-post', 'Road works on the high street');
    await surfaceBox(page, 'create-post')
      .getByRole('button', { name: 'Post', exact: true })
      .focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('alertdialog', { name: /Kingsford Council.*corporate/ });
    await expect(dialog).toBeVisible();
    expect(await fbSent(page)).toEqual([]);
    await clickWhenArmed(dialog.getByRole('button', { name: 'Post as Kingsford Council' }));
    await expect.poll(() => fbSent(page)).toHaveLength(1);
    expect(await editorOf(page, 'create-post').count()).toBe(0); // the dialog closed after posting
  });
});
