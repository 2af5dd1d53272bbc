// What Postguard does the same way on every guarded site, run once per platform of the
// registry through its site driver (drivers/): a corporate post is held, and Cancel or Escape
// sends nothing and keeps the text; "Post as" sends it once; a personal post goes straight
// out; switching to the corporate account after writing is caught at the send; the send delay
// counts down, Undo keeps the text, a countdown left to run sends once; nothing on the page
// showing the account makes it unknown, asked about; and the compose box is guarded where the
// site's markup puts it: in an open shadow root on LinkedIn's 2026 shell, in the light DOM on
// the others (the driver says which, and the test checks it).
import type { BrowserContext, Page } from '@playwright/test';
import { PLATFORMS } from '../../src/core/platforms';
import { DRIVERS } from './drivers';
import { useKingsford } from './drivers/site-driver';
import { expect, test } from './fixtures';
import { clickWhenArmed } from './release';

const TEXT = 'Bin collections move to Tuesday.';

const dialogOf = (page: Page) => page.getByRole('alertdialog');
/** The send delay's countdown (an undone one stays a moment to say "Not sent"). */
const countdown = (page: Page) =>
  page
    .getByRole('region', { name: 'Postguard: post waiting to send' })
    .filter({ hasText: 'Posting as' });

for (const platform of PLATFORMS) {
  const site = DRIVERS[platform];
  const { corporate } = site.shown;
  const sentAs = (who: 'corporate' | 'personal') => [
    { account: site.recorded[who], texts: [TEXT] },
  ];
  /** The dialog's name for a post as the corporate account. */
  const asCorporate = `Check: posting as ${corporate} · corporate`;
  const postAs = (page: Page, name = corporate) =>
    dialogOf(page).getByRole('button', { name: `Post as ${name}` });
  /** The Kingsford rules (with `policy`) in force, the site open as `who`, TEXT written. */
  const written = async (
    context: BrowserContext,
    who: Parameters<typeof site.open>[1],
    policy?: Parameters<typeof useKingsford>[1],
  ) => {
    await useKingsford(context, policy);
    const page = await site.open(context, who);
    await site.compose(page, TEXT);
    return page;
  };
  /** The text still in the box (a rich editor's text, or a textarea's value). */
  const expectWritten = async (page: Page) => {
    const editor = site.editor(page);
    if (await editor.evaluate((el) => el instanceof HTMLTextAreaElement)) {
      await expect(editor).toHaveValue(TEXT);
    } else {
      await expect(editor).toHaveText(TEXT);
    }
  };
  /** Nothing sent, the text still in the box, a moment after the dialog went. */
  const keptNotSent = async (page: Page) => {
    await expect(dialogOf(page)).toHaveCount(0);
    await page.waitForTimeout(300);
    expect(await site.sent(page)).toEqual([]);
    await expectWritten(page);
  };

  test.describe(platform, () => {
    if (site.build === 'organisation') test.use({ organisationBuild: true });
    test('a corporate post is held; Cancel and Escape send nothing; "Post as" sends it once', async ({
      context,
    }) => {
      const page = await written(context, 'corporate');
      await site.send(page);
      await expect(dialogOf(page)).toHaveAccessibleName(asCorporate);
      await expect(dialogOf(page)).toContainText(TEXT);
      await dialogOf(page).getByRole('button', { name: 'Cancel' }).click();
      await keptNotSent(page);

      await site.send(page);
      await expect(dialogOf(page)).toBeVisible();
      await page.keyboard.press('Escape');
      await keptNotSent(page);

      await site.send(page);
      await clickWhenArmed(postAs(page));
      await expect.poll(() => site.sent(page)).toEqual(sentAs('corporate'));
      await page.waitForTimeout(300);
      expect(await site.sent(page)).toHaveLength(1);
    });

    test('a personal post goes out at once; switched to the corporate account, the next is held', async ({
      context,
    }) => {
      const page = await written(context, 'personal');
      await site.send(page);
      await expect.poll(() => site.sent(page)).toEqual(sentAs('personal'));
      await expect(dialogOf(page)).toHaveCount(0);

      await site.compose(page, 'Road works on the high street');
      await site.switchAccount(page, 'corporate');
      await site.send(page);
      await expect(dialogOf(page)).toHaveAccessibleName(asCorporate);
      expect(await site.sent(page)).toHaveLength(1);
    });

    test('the send delay: Undo sends nothing and keeps the text; a countdown left to run sends once', async ({
      context,
    }) => {
      const page = await written(context, 'corporate', { sendDelaySeconds: 2 });
      await site.send(page);
      await clickWhenArmed(postAs(page));
      await expect(countdown(page)).toContainText(`Posting as ${corporate} in`);
      await countdown(page).getByRole('button', { name: 'Undo' }).click();
      await page.waitForTimeout(2_500);
      expect(await site.sent(page)).toEqual([]);
      await expectWritten(page);

      await site.send(page);
      await clickWhenArmed(postAs(page));
      await expect(countdown(page)).toBeVisible();
      expect(await site.sent(page)).toEqual([]);
      await expect.poll(() => site.sent(page), { timeout: 6_000 }).toEqual(sentAs('corporate'));
    });

    test('nothing on the page shows the account: unknown, held, and "Post as unknown account" sends once', async ({
      context,
    }) => {
      const page = await written(context, 'hidden', { unknownAccount: 'confirm' });
      await site.send(page);
      await expect(dialogOf(page)).toHaveAccessibleName(/unknown account/);
      expect(await site.sent(page)).toEqual([]);
      await clickWhenArmed(postAs(page, 'unknown account'));
      await expect.poll(() => site.sent(page)).toHaveLength(1);
    });

    const boxIn = site.composerInShadowRoot ? 'an open shadow root' : 'the light DOM';
    test(`the compose box is in ${boxIn}, as docs/sites/${platform}.md says, and it is guarded there`, async ({
      context,
    }) => {
      const page = await written(context, 'corporate');
      const inShadowRoot = await site
        .editor(page)
        .evaluate((editor) => editor.getRootNode() instanceof ShadowRoot);
      expect(inShadowRoot).toBe(site.composerInShadowRoot);
      await site.send(page);
      await expect(dialogOf(page)).toHaveAccessibleName(asCorporate);
      await clickWhenArmed(postAs(page));
      await expect.poll(() => site.sent(page)).toEqual(sentAs('corporate'));
    });
  });
}
