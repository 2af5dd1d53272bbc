// Issue 7: garbage written straight into chrome.storage.local from the extension's own options
// page (as a buggy build, a sync tool or a person in DevTools could). The options page and
// the popup say the stored rules are damaged, and the open X tab keeps guarding with the last
// good rules: a post from the corporate account is still held, a banned term still blocked.
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { importRules } from './rules';
import {
  CORPORATE,
  guardDialog,
  indicatorOf,
  kingsfordRules,
  openComposer,
  postAsButton,
  sentPosts,
} from './x-helpers';

declare const chrome: {
  storage: { local: { set(items: Record<string, unknown>): Promise<void> } };
  tabs: { query(query: { url: string }): Promise<{ id?: number }[]> };
};

const GARBAGE: [string, unknown][] = [
  ['a cut-off JSON text', '{"savedAt":"2026-11-20T10:00:00.000Z","rules":{"format":"postgu'],
  [
    'a saved rule set damaged inside',
    {
      savedAt: '2026-11-20T10:00:00.000Z',
      rules: { format: 'postguard-rules', version: 1, accounts: [{ platform: 'x', role: 'boss' }] },
    },
  ],
  ['a list of numbers', [1, 2, 3]],
];

/** The id of the one open tab whose URL matches `pattern`, asked from the options page. */
async function tabIdOf(page: Page, pattern: string): Promise<number> {
  const ids = await page.evaluate(
    async (url) => (await chrome.tabs.query({ url })).map((tab) => tab.id),
    pattern,
  );
  expect(ids).toHaveLength(1);
  return ids[0] as number;
}

async function openPopup(context: BrowserContext, extensionId: string, tabId: number) {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

for (const [name, garbage] of GARBAGE) {
  test(`${name} in the stored rules: reported by the options page and the popup; X still guarded`, async ({
    context,
    extensionId,
    openOptions,
    xPage,
  }) => {
    await importRules(context, extensionId, kingsfordRules());
    const composer = await openComposer(xPage, 'home', { active: CORPORATE });
    await expect(indicatorOf(composer)).toHaveText(`Posting as @${CORPORATE} · corporate`);

    const options = await openOptions();
    await expect(options.getByTestId('organization')).toHaveText('Kingsford Council');
    await options.evaluate((value) => chrome.storage.local.set({ rules: value }), garbage);

    // (a) The options page, which follows storage, says what happened and what is in force.
    const inForce = options.getByRole('region', { name: 'Rules in force' });
    await expect(inForce).toContainText('Problems found in stored settings');
    await expect(inForce).toContainText('Saved rules are damaged');
    await expect(inForce).toContainText('restored from the last good copy');
    await expect(options.getByTestId('organization')).toHaveText('Kingsford Council');

    // The popup, asking the X tab's guard, says the guard needs attention, and why.
    const popup = await openPopup(context, extensionId, await tabIdOf(options, 'https://x.com/*'));
    const tab = popup.getByRole('region', { name: 'This tab' });
    await expect(tab).toContainText('Needs attention');
    await expect(tab).toContainText('The rules have a problem: Saved rules are damaged');
    await expect(tab).toContainText(`@${CORPORATE} · corporate`);

    // (b) The X tab guards with the last good rules: the corporate post is held…
    const { page } = composer;
    await page.bringToFront();
    await expect(indicatorOf(composer)).toHaveText(`Posting as @${CORPORATE} · corporate`);
    await composer.write(['Bin collections move to Tuesday.']);
    await composer.send('button');
    await expect(guardDialog(page)).toBeVisible();
    await expect(postAsButton(page)).toBeVisible();
    expect(await sentPosts(page)).toEqual([]);
    await guardDialog(page).getByRole('button', { name: 'Cancel' }).click();
    await expect(guardDialog(page)).toBeHidden();

    // …and the banned term of those rules still blocks.
    await composer.editor().click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('stick a bomb under the lot of them');
    await composer.send('ctrl');
    await expect(guardDialog(page)).toBeVisible();
    await expect(guardDialog(page).getByRole('button', { name: /^Post as/ })).toHaveCount(0);
    expect(await sentPosts(page)).toEqual([]);
  });
}
