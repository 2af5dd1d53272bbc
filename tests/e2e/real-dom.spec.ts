// The built extension on pages saved from the live sites (tests/real-dom/snapshots.ts), in
// Chromium, with none of the site's scripts: the test does what the site's script would
// (enables the send button once text is typed). On each page: the indicator names the
// account the page was saved as; a click on the send button's label and Ctrl+Enter are both
// held by the dialog, which shows the text once; the account is still read from each place
// that shows it alone; with every trace of it gone, the send fails closed.
// A missing shared real-dom folder fails these tests (snapshotPath says where it looked).
import { expect, test } from './fixtures';
import { countSends, open, TEXT, write } from './real-dom-page';
import type { Page } from '@playwright/test';
import { SNAPSHOTS } from '../real-dom/snapshots';

// A saved page is large (X's Home: 870 KB of markup and styles): it loads slowly on a busy machine.
test.describe.configure({ timeout: 90_000 });

const indicator = (page: Page) => page.getByRole('status').filter({ hasText: 'Posting as' });

for (const snapshot of SNAPSHOTS) {
  test.describe(`saved page ${snapshot.file}`, () => {
    test(`names ${snapshot.account}, holds a click on the label and Ctrl+Enter, shows the text once`, async ({
      context,
      harness,
    }) => {
      const page = await open(snapshot, { context }, harness.savedPageResources);
      await expect(indicator(page)).toHaveText(`Posting as ${snapshot.account} · corporate`);
      await write(page, snapshot);
      const reached = await countSends(page, snapshot);

      await page.locator(snapshot.sendButton).locator('span span').click();
      const dialog = page.getByRole('alertdialog');
      await expect(dialog).toHaveAccessibleName(
        `Check: posting as ${snapshot.account} · corporate`,
      );
      expect((await dialog.textContent())?.split(TEXT)).toHaveLength(2); // the text, once
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await expect(dialog).toHaveCount(0);

      await page.locator(snapshot.editor).click();
      await page.keyboard.press('Control+Enter');
      await expect(dialog).toHaveAccessibleName(/corporate/);
      expect((await dialog.textContent())?.split(TEXT)).toHaveLength(2);
      expect(await reached()).toEqual([]);
      await expect(page.locator(snapshot.editor)).toContainText(TEXT);
    });

    for (const trace of snapshot.accountTraces) {
      test(`reads ${snapshot.account} from the ${trace.name} alone`, async ({
        context,
        harness,
      }) => {
        const page = await open(snapshot, { context }, harness.savedPageResources);
        const others = snapshot.accountTraces.filter((t) => t !== trace).map((t) => t.selector);
        await page.evaluate((selectors) => {
          for (const s of selectors) document.querySelectorAll(s).forEach((el) => el.remove());
        }, others);
        await expect(indicator(page)).toHaveText(`Posting as ${snapshot.account} · corporate`);
      });
    }

    test('with every trace of the account removed, a send fails closed as unknown', async ({
      context,
      harness,
    }) => {
      const page = await open(snapshot, { context }, harness.savedPageResources);
      const all = snapshot.accountTraces.map((t) => t.selector);
      await page.evaluate((selectors) => {
        for (const s of selectors) document.querySelectorAll(s).forEach((el) => el.remove());
      }, all);
      await expect(indicator(page)).toContainText('Posting as unknown account');
      await write(page, snapshot);
      const reached = await countSends(page, snapshot);
      await page.locator(snapshot.sendButton).locator('span span').click();
      await expect(page.getByRole('alertdialog')).toHaveAccessibleName(/unknown account/);
      expect(await reached()).toEqual([]);
    });
  });
}
