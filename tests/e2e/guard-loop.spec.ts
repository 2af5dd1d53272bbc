// The whole loop in a real Chromium with the built extension: a rule file is
// imported through the options page, then a corporate post on x.com is held
// for the guard's dialog until a person confirms it.
import { fileURLToPath } from 'node:url';
import { expect, test, X_EDITOR } from './fixtures';
import { clickWhenArmed } from './release';

const KINGSFORD = fileURLToPath(
  new URL('../../docs/examples/kingsford-council.json', import.meta.url),
);

test.beforeEach(async ({ openOptions }) => {
  const options = await openOptions();
  await options.getByLabel('Import rule file').setInputFiles(KINGSFORD);
  await expect(options.getByRole('status')).toContainText('Imported kingsford-council.json');
  await options.close();
});

test('a corporate post is held for the dialog and goes out once after "Post as"', async ({
  xPage,
  sent,
}) => {
  const page = await xPage({
    accounts: 'KingsfordGov,janedoe_fun',
    active: 'KingsfordGov',
  });
  await page.locator(X_EDITOR).first().click();
  await page.keyboard.type('Bin collections move to Tuesday next week.');
  await page.getByTestId('tweetButtonInline').first().click();

  const dialog = page.getByRole('alertdialog', { name: /@KingsfordGov.*corporate/ });
  await expect(dialog).toBeVisible();
  expect(await sent(page)).toEqual([]);
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();

  await clickWhenArmed(dialog.getByRole('button', { name: 'Post as @KingsfordGov' }));
  await expect(dialog).toBeHidden();
  await expect.poll(() => sent(page)).toHaveLength(1);
  expect((await sent(page))[0]?.texts).toEqual(['Bin collections move to Tuesday next week.']);
});

test('a banned term blocks: nothing is sent and there is no "Post as"', async ({ xPage, sent }) => {
  const page = await xPage({ accounts: 'KingsfordGov', active: 'KingsfordGov' });
  await page.locator(X_EDITOR).first().click();
  await page.keyboard.type("stick a bomb under the lot of them and there'll be #nomorecuts");
  await page.keyboard.press('Control+Enter');

  const dialog = page.getByRole('alertdialog', { name: /@KingsfordGov/ });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: /^Post as/ })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(await sent(page)).toEqual([]);
  await expect(page.locator(X_EDITOR).first()).toContainText('stick a bomb under the lot');
});

test('a personal post goes out at once with no dialog', async ({ xPage, sent }) => {
  const page = await xPage({ accounts: 'janedoe_fun', active: 'janedoe_fun' });
  await expect(page.getByRole('status').filter({ hasText: 'Posting as' })).toHaveText(
    'Posting as @janedoe_fun · personal',
  );
  await page.locator(X_EDITOR).first().click();
  await page.keyboard.type('Lovely walk by the river today');
  await page.getByTestId('tweetButtonInline').first().click();
  await expect.poll(() => sent(page)).toHaveLength(1);
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
});
