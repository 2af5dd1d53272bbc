// The built extension on pages saved from the live sites (tests/real-dom/snapshots.ts), in
// Chromium, with none of the site's scripts: the test does what the site's script would
// (enables the send button once text is typed). On each page: the indicator names the
// account the page was saved as; a click on the send button's label and Ctrl+Enter are both
// held by the dialog, which shows the text once; the account is still read from each place
// that shows it alone; with every trace of it gone, the send fails closed.
// A missing shared real-dom folder fails these tests (snapshotPath says where it looked).
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { serveSnapshot } from './real-dom';
import { importRules, ruleFile } from './rules';
import { SNAPSHOTS, type RealDomSnapshot } from '../real-dom/snapshots';

const TEXT = 'Quarterly figures are out today';

// A saved page is large (X's Home: 870 KB of markup and styles): it loads slowly on a busy machine.
test.describe.configure({ timeout: 90_000 });

/** Opens the snapshot with the extension loaded and its account corporate. */
async function open(
  snapshot: RealDomSnapshot,
  fixtures: { context: BrowserContext; extensionId: string },
  allowed: Set<string>,
): Promise<Page> {
  const { context, extensionId } = fixtures;
  const handle = snapshot.account.replace(/^@/, '');
  await importRules(
    context,
    extensionId,
    ruleFile({
      organization: 'Real page check',
      accounts: [{ platform: snapshot.platform, handle, role: 'corporate' }],
    }),
  );
  await serveSnapshot(context, snapshot, allowed);
  const page = await context.newPage();
  await page.goto(snapshot.url);
  await expect(page.locator(snapshot.editor)).toHaveCount(1);
  return page;
}

/** Types into the editor, then does what the site's own script does once there is text. */
async function write(page: Page, snapshot: RealDomSnapshot) {
  const editor = page.locator(snapshot.editor);
  await editor.click();
  // Into the editor's first text block, where the site's editor keeps the caret.
  await editor.evaluate((el) => {
    const block = el.querySelector('[data-block] span') ?? el;
    getSelection()?.collapse(block, 0);
  });
  await page.keyboard.type(TEXT);
  await expect(editor).toContainText(TEXT);
  if (snapshot.enableSend === 'remove-disabled') {
    await page.locator(snapshot.sendButton).evaluate((button) => {
      button.removeAttribute('disabled');
      button.removeAttribute('aria-disabled');
      button.setAttribute('tabindex', '0');
    });
  }
}

/** Counts clicks on the send button and Ctrl+Enter keydowns that get past the guard. */
async function countSends(page: Page, snapshot: RealDomSnapshot) {
  await page.evaluate((sendButton) => {
    const w = window as unknown as { __reached: string[] };
    w.__reached = [];
    document.addEventListener('click', (e) => {
      if ((e.target as Element).closest(sendButton)) w.__reached.push('click');
    });
    document.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) w.__reached.push('keydown');
    });
  }, snapshot.sendButton);
  return () => page.evaluate(() => (window as unknown as { __reached: string[] }).__reached);
}

const indicator = (page: Page) => page.getByRole('status').filter({ hasText: 'Posting as' });

for (const snapshot of SNAPSHOTS) {
  test.describe(`saved page ${snapshot.file}`, () => {
    test(`names ${snapshot.account}, holds a click on the label and Ctrl+Enter, shows the text once`, async ({
      context,
      extensionId,
      harness,
    }) => {
      const page = await open(snapshot, { context, extensionId }, harness.savedPageResources);
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
        extensionId,
        harness,
      }) => {
        const page = await open(snapshot, { context, extensionId }, harness.savedPageResources);
        const others = snapshot.accountTraces.filter((t) => t !== trace).map((t) => t.selector);
        await page.evaluate((selectors) => {
          for (const s of selectors) document.querySelectorAll(s).forEach((el) => el.remove());
        }, others);
        await expect(indicator(page)).toHaveText(`Posting as ${snapshot.account} · corporate`);
      });
    }

    test('with every trace of the account removed, a send fails closed as unknown', async ({
      context,
      extensionId,
      harness,
    }) => {
      const page = await open(snapshot, { context, extensionId }, harness.savedPageResources);
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
