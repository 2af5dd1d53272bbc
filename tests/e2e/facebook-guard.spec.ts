// The guard on the fixture Facebook in a real Chromium with the built extension, for both
// surfaces: the Create post dialog (sent with Post) and a comment box (sent with Enter).
// Names come from the rule file's facebook accounts: "Kingsford Council" is corporate,
// "Jane Doe" is not listed (so personal, the example's unlistedRole).
import {
  compose,
  expect,
  kingsfordSombre,
  KINGSFORD,
  lookAtMenu,
  send,
  surfaceBox,
  switchTo,
  test,
  VIA,
  type Surface,
} from './facebook-helpers';
import { clickWhenArmed } from './release';

const SURFACES: Surface[] = ['create-post', 'comment'];
const PAGE = { active: 'Kingsford Council' };
const PERSONAL = { active: 'Jane Doe' };

for (const surface of SURFACES) {
  test.describe(`Facebook ${surface}`, () => {
    test('a personal post goes out once, at once, with no dialog', async ({
      useRules,
      fbPage,
      fbSent,
    }) => {
      await useRules(KINGSFORD);
      const page = await fbPage(PERSONAL);
      await lookAtMenu(page);
      await compose(page, surface, 'Lovely walk by the river today');
      await expect(
        surfaceBox(page, surface).getByRole('status').filter({ hasText: 'Posting as' }),
      ).toHaveText('Posting as Jane Doe · personal');
      await send(page, surface);
      await expect.poll(() => fbSent(page)).toHaveLength(1);
      expect(await fbSent(page)).toEqual([
        {
          account: 'Jane Doe',
          texts: ['Lovely walk by the river today'],
          surface,
          via: VIA[surface],
        },
      ]);
      await expect(page.getByRole('alertdialog')).toHaveCount(0);
    });

    test('a post as the Page is held until "Post as Kingsford Council", then goes once', async ({
      useRules,
      fbPage,
      fbSent,
    }) => {
      await useRules(KINGSFORD);
      const page = await fbPage(PAGE);
      await lookAtMenu(page);
      await compose(page, surface, 'Road works on the high street');
      await send(page, surface);

      const dialog = page.getByRole('alertdialog', { name: /Kingsford Council.*corporate/ });
      await expect(dialog).toBeVisible();
      await expect(dialog).toContainText('Road works on the high street');
      await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
      expect(await fbSent(page)).toEqual([]);

      await clickWhenArmed(dialog.getByRole('button', { name: 'Post as Kingsford Council' }));
      await expect(dialog).toBeHidden();
      await expect.poll(() => fbSent(page)).toHaveLength(1);
      const [sent] = await fbSent(page);
      expect(sent).toMatchObject({
        account: 'Kingsford Council',
        texts: ['Road works on the high street'],
        surface,
      });
      await page.waitForTimeout(300);
      expect(await fbSent(page)).toHaveLength(1);
    });

    test('a banned term blocks: no "Post as", nothing sent, the text stays', async ({
      useRules,
      fbPage,
      fbSent,
    }) => {
      await useRules(KINGSFORD);
      const page = await fbPage(PAGE);
      await lookAtMenu(page);
      const editor = await compose(page, surface, 'stick a bomb under the lot of them');
      await send(page, surface);

      const dialog = page.getByRole('alertdialog', { name: /Blocked.*Kingsford Council/ });
      await expect(dialog).toBeVisible();
      await expect(dialog.getByRole('button', { name: /^Post as/ })).toHaveCount(0);
      await expect(dialog.getByRole('button', { name: 'Post anyway' })).toHaveCount(0);
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      expect(await fbSent(page)).toEqual([]);
      await expect(editor).toHaveText('stick a bomb under the lot of them');
    });

    test('Cancel keeps the text in the box, and it can be sent after', async ({
      useRules,
      fbPage,
      fbSent,
    }) => {
      await useRules(KINGSFORD);
      const page = await fbPage(PAGE);
      await lookAtMenu(page);
      const editor = await compose(page, surface, 'Library opens at ten');
      await send(page, surface);
      const dialog = page.getByRole('alertdialog');
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await expect(dialog).toBeHidden();
      expect(await fbSent(page)).toEqual([]);
      await expect(editor).toHaveText('Library opens at ten');

      await editor.click();
      await page.keyboard.press('Control+End');
      await page.keyboard.type(' tomorrow');
      await send(page, surface);
      await clickWhenArmed(dialog.getByRole('button', { name: 'Post as Kingsford Council' }));
      await expect.poll(() => fbSent(page)).toHaveLength(1);
      expect((await fbSent(page))[0]?.texts).toEqual(['Library opens at ten tomorrow']);
    });

    test('switching to the Page after typing: the guard reads who posts at the moment of sending', async ({
      useRules,
      fbPage,
      fbSent,
    }) => {
      await useRules(KINGSFORD);
      const page = await fbPage(PERSONAL);
      await lookAtMenu(page);
      await compose(page, surface, 'Road works on the high street');
      const indicator = surfaceBox(page, surface)
        .getByRole('status')
        .filter({ hasText: 'Posting as' });
      await expect(indicator).toHaveText('Posting as Jane Doe · personal');

      // The switch closes the menu before it can be read again: unknown, and it says why.
      await switchTo(page, 'Kingsford Council');
      await expect(indicator).toContainText('Posting as unknown account');
      await expect(indicator).toContainText('Open the account menu once');
      await lookAtMenu(page, { expected: 'Kingsford Council · corporate' });
      await expect(indicator).toHaveText('Posting as Kingsford Council · corporate');
      await send(page, surface);
      const dialog = page.getByRole('alertdialog', { name: /Kingsford Council.*corporate/ });
      await expect(dialog).toBeVisible();
      expect(await fbSent(page)).toEqual([]);
      await clickWhenArmed(dialog.getByRole('button', { name: 'Post as Kingsford Council' }));
      await expect.poll(() => fbSent(page)).toHaveLength(1);
      expect((await fbSent(page))[0]?.account).toBe('Kingsford Council');
    });

    test('when nothing shows who is posting, the account is unknown and the post is held', async ({
      useRules,
      fbPage,
      fbSent,
    }) => {
      await useRules(KINGSFORD);
      const page = await fbPage({ ...PAGE, hideAuthor: '1', hideMenu: '1' });
      await compose(page, surface, 'Road works on the high street');
      await expect(
        surfaceBox(page, surface).getByRole('status').filter({ hasText: 'Posting as' }),
      ).toContainText('Posting as unknown account');
      await send(page, surface);

      const dialog = page.getByRole('alertdialog', { name: /unknown account/ });
      await expect(dialog).toBeVisible();
      expect(await fbSent(page)).toEqual([]);
      await clickWhenArmed(dialog.getByRole('button', { name: 'Post as unknown account' }));
      await expect.poll(() => fbSent(page)).toHaveLength(1);
    });

    test('sombre-event mode: 😂 is blocked on the Page', async ({ useRules, fbPage, fbSent }) => {
      await useRules(kingsfordSombre());
      const page = await fbPage(PAGE);
      await lookAtMenu(page);
      const editor = await compose(page, surface, 'Bins are back 😂');
      await send(page, surface);
      const dialog = page.getByRole('alertdialog', { name: /Blocked.*Kingsford Council/ });
      await expect(dialog).toBeVisible();
      await expect(dialog).toContainText('Sombre-event mode is on');
      await expect(dialog.getByRole('button', { name: /^Post as/ })).toHaveCount(0);
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      expect(await fbSent(page)).toEqual([]);
      await expect(editor).toContainText('😂');
    });

    test('sombre-event mode: 😂 goes out from the personal profile', async ({
      useRules,
      fbPage,
      fbSent,
    }) => {
      await useRules(kingsfordSombre());
      const page = await fbPage(PERSONAL);
      await lookAtMenu(page);
      await compose(page, surface, 'Bins are back 😂');
      await send(page, surface);
      await expect.poll(() => fbSent(page)).toHaveLength(1);
      expect((await fbSent(page))[0]).toMatchObject({
        account: 'Jane Doe',
        texts: ['Bins are back 😂'],
      });
      await expect(page.getByRole('alertdialog')).toHaveCount(0);
    });
  });
}
