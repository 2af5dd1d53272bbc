// The built extension on pages saved from the live sites (tests/real-dom/snapshots.ts), in
// every way of sending on that page's compose box, through to the end: a click on the send
// button itself (on its padding), on its label's span, Ctrl+Enter and Cmd+Enter in the
// editor, and Space then Enter on the focused button. Each send is held with the dialog
// naming the account; Cancel lets nothing reach the site (no click on the send button, no
// Ctrl/Cmd+Enter keydown); sent again, "Post as" lets exactly one click on the send button
// through, which is how the site's own script would send it. The site's scripts do not run
// (real-dom.ts): what reaches the page is counted instead of what the site sends.
// A missing shared real-dom folder fails these tests (snapshotPath says where it looked).
import { expect, test } from './fixtures';
import { countSends, open, TEXT, write } from './real-dom-page';
import type { Page } from '@playwright/test';
import { SNAPSHOTS, type RealDomSnapshot } from '../real-dom/snapshots';
import { clickWhenArmed } from './release';

// A saved page is large (X's Home: 870 KB of markup and styles): it loads slowly on a busy machine.
test.describe.configure({ timeout: 90_000 });

type Send = (page: Page, snapshot: RealDomSnapshot) => Promise<void>;

const inEditor =
  (key: string): Send =>
  async (page, snapshot) => {
    await page.locator(snapshot.editor).click();
    await page.keyboard.press(key);
  };

const onButton =
  (key: string): Send =>
  async (page, snapshot) => {
    await page.locator(snapshot.sendButton).focus();
    await page.keyboard.press(key);
  };

const clickButton: Send = async (page, snapshot) => {
  const button = page.locator(snapshot.sendButton);
  const size = await button.boundingBox();
  await button.click({ position: { x: 5, y: (size?.height ?? 20) / 2 } });
};

const clickSpan: Send = (page, snapshot) =>
  page.locator(snapshot.sendButton).locator('span span').click();

const WAYS: { title: string; cancelled: Send; released: Send }[] = [
  { title: 'a click on the button', cancelled: clickButton, released: clickButton },
  { title: 'a click on the label span', cancelled: clickSpan, released: clickSpan },
  {
    title: 'Ctrl+Enter',
    cancelled: inEditor('Control+Enter'),
    released: inEditor('Control+Enter'),
  },
  { title: 'Cmd+Enter', cancelled: inEditor('Meta+Enter'), released: inEditor('Meta+Enter') },
  {
    title: 'Space, then Enter, on the focused button',
    cancelled: onButton('Space'),
    released: onButton('Enter'),
  },
];

for (const snapshot of SNAPSHOTS) {
  test.describe(`saved page ${snapshot.file}`, () => {
    for (const way of WAYS) {
      test(`${way.title}: held; Cancel lets nothing through; "Post as" lets one send through`, async ({
        context,
        harness,
      }) => {
        const page = await open(snapshot, { context }, harness.savedPageResources);
        await write(page, snapshot);
        const reached = await countSends(page, snapshot);
        const dialog = page.getByRole('alertdialog');
        const name = `Check: posting as ${snapshot.account} · corporate`;

        await way.cancelled(page, snapshot);
        await expect(dialog).toHaveAccessibleName(name);
        expect((await dialog.textContent())?.split(TEXT)).toHaveLength(2); // the text, once
        await dialog.getByRole('button', { name: 'Cancel' }).click();
        await expect(dialog).toHaveCount(0);
        await page.waitForTimeout(300);
        expect(await reached()).toEqual([]);
        await expect(page.locator(snapshot.editor)).toContainText(TEXT);

        await way.released(page, snapshot);
        await expect(dialog).toHaveAccessibleName(name);
        expect(await reached()).toEqual([]);
        await clickWhenArmed(dialog.getByRole('button', { name: `Post as ${snapshot.account}` }));
        await expect(dialog).toHaveCount(0);
        await expect.poll(reached).toEqual(['click']);
        await page.waitForTimeout(300);
        expect(await reached()).toEqual(['click']);
      });
    }
  });
}
