// Postguard on legacy TweetDeck at x.com/i/tweetdeck (docs/sites/x.md#tweetdeck): the X
// content script hands over to the TweetDeck adapter there. The docked composer's "From"
// chooser may hold several accounts, and one send posts from each: every one is judged, the
// strictest verdict wins, and the council's account with Jane's own in one send is blocked,
// naming both. The inline reply, the keyboard sends (Ctrl/Cmd+Enter in the text; Enter on the
// focused "Tweet" button), the tooltip that empties an account's title, and the Retweet
// dialog's own account choice (not the composer's) are covered too.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { clickWhenArmed } from './release';
import {
  CORPORATE,
  docked,
  keyOf,
  openInlineReply,
  PERSONAL,
  THIRD,
  tweetdeckPage,
  tweetdeckSent,
  typeTweet,
} from './tweetdeck-helpers';
import { useKingsford } from './rules';

const TEXT = 'Bin collections move to Tuesday.';
const dialogOf = (page: Page) => page.getByRole('alertdialog');
const indicator = (page: Page) => page.getByRole('status').filter({ hasText: 'Posting as' });
const sentFrom = async (page: Page) => (await tweetdeckSent(page)).map((t) => t.account);

// Kingsford's example rules: @KingsfordGov corporate, @jane_kingsford professional,
// @janedoe_fun personal.
test.beforeEach(async ({ context }) => {
  await useKingsford(context);
});

test('the docked composer as the council: held on the button and on Ctrl+Enter; "Post as" sends once', async ({
  context,
}) => {
  const page = await tweetdeckPage(context, { selected: CORPORATE, docked: 'open' });
  await typeTweet(page, TEXT);
  await expect(indicator(page)).toContainText(`@${CORPORATE} · corporate`);
  await docked(page).send.click();
  await expect(dialogOf(page)).toHaveAccessibleName(`Check: posting as @${CORPORATE} · corporate`);
  await dialogOf(page).getByRole('button', { name: 'Cancel' }).click();
  await page.waitForTimeout(300);
  expect(await tweetdeckSent(page)).toEqual([]);
  await expect(docked(page).text).toHaveValue(TEXT);

  await docked(page).text.click();
  await page.keyboard.press('Control+Enter');
  await clickWhenArmed(dialogOf(page).getByRole('button', { name: `Post as @${CORPORATE}` }));
  await expect.poll(() => sentFrom(page)).toEqual([CORPORATE]);
  expect(await tweetdeckSent(page)).toMatchObject([{ texts: [TEXT], surface: 'docked' }]);
});

test('the council’s account and Jane’s own selected together: blocked, both named, nothing sent', async ({
  context,
}) => {
  const page = await tweetdeckPage(context, {
    selected: `${CORPORATE},${PERSONAL}`,
    docked: 'open',
  });
  await typeTweet(page, 'Lovely sunset tonight');
  const both = `@${CORPORATE} and @${PERSONAL}`;
  await expect(indicator(page)).toContainText(both);
  for (const send of [() => docked(page).send.click(), () => page.keyboard.press('Meta+Enter')]) {
    await docked(page).text.click();
    await send();
    await expect(dialogOf(page)).toHaveAccessibleName(`Blocked: posting as ${both} · corporate`);
    await expect(dialogOf(page)).toContainText(
      `This one send posts from @${CORPORATE} (work) and from @${PERSONAL} (personal) at once`,
    );
    await expect(dialogOf(page)).toContainText('cannot go out from these accounts together');
    await expect(dialogOf(page).getByRole('button', { name: /^Post as/ })).toHaveCount(0);
    await dialogOf(page).getByRole('button', { name: 'Cancel' }).click();
  }
  await page.waitForTimeout(300);
  expect(await tweetdeckSent(page)).toEqual([]);
});

test('two work accounts together: asked once, naming both; released, one tweet from each', async ({
  context,
}) => {
  const page = await tweetdeckPage(context, { selected: `${CORPORATE},${THIRD}`, docked: 'open' });
  await typeTweet(page, TEXT);
  await docked(page).send.click();
  const both = `@${CORPORATE} and @${THIRD}`;
  await expect(dialogOf(page)).toHaveAccessibleName(`Check: posting as ${both} · corporate`);
  await clickWhenArmed(dialogOf(page).getByRole('button', { name: `Post as ${both}` }));
  await expect.poll(() => sentFrom(page)).toEqual([CORPORATE, THIRD]);
});

test('Jane’s own account alone: the tweet goes out at once, even after a hover emptied its title', async ({
  context,
}) => {
  const page = await tweetdeckPage(context, { selected: PERSONAL, docked: 'open' });
  await docked(page).item(PERSONAL).hover();
  await expect(docked(page).item(PERSONAL)).toHaveAttribute('data-original-title', `@${PERSONAL}`);
  await docked(page).text.click();
  await typeTweet(page, 'Off to the coast');
  await docked(page).send.click();
  await expect.poll(() => sentFrom(page)).toEqual([PERSONAL]);
  await expect(dialogOf(page)).toHaveCount(0);
});

test('the inline reply from the council’s column: held on Enter on the focused "Tweet" button', async ({
  context,
}) => {
  const page = await tweetdeckPage(context, { selected: CORPORATE });
  const reply = await openInlineReply(page);
  await typeTweet(page, 'Thanks, we will look into it');
  await reply.send.focus();
  await page.keyboard.press('Enter');
  await expect(dialogOf(page)).toHaveAccessibleName(`Check: posting as @${CORPORATE} · corporate`);
  expect(await tweetdeckSent(page)).toEqual([]);
  await clickWhenArmed(dialogOf(page).getByRole('button', { name: `Post as @${CORPORATE}` }));
  await expect
    .poll(() => tweetdeckSent(page))
    .toMatchObject([{ account: CORPORATE, surface: 'inline-reply' }]);
});

test('Jane’s account chosen in the Retweet dialog is not the composer’s: the composer is still the council’s', async ({
  context,
}) => {
  const page = await tweetdeckPage(context, { selected: CORPORATE });
  await page.locator('.js-stream-item').first().locator('a[rel="retweet"]').click();
  const modal = page.locator('#actions-modal');
  await modal.locator(`a.js-account-item[data-account-key="${keyOf(PERSONAL)}"]`).click();
  await expect(modal.locator('a.js-account-item.is-selected')).toHaveAttribute(
    'data-account-key',
    keyOf(PERSONAL),
  );
  await modal.locator('a.js-dismiss').click();
  await page.locator('button.js-show-drawer[data-drawer="compose"]').click();
  await docked(page).text.click();
  await typeTweet(page, TEXT);
  await docked(page).send.click();
  await expect(dialogOf(page)).toHaveAccessibleName(`Check: posting as @${CORPORATE} · corporate`);
});

test('Ctrl+Enter on the composer’s "Stay open" checkbox is held too (the client sends from it)', async ({
  context,
}) => {
  const page = await tweetdeckPage(context, { selected: CORPORATE, docked: 'open' });
  await typeTweet(page, TEXT);
  await docked(page).stayOpen.focus();
  await page.keyboard.press('Control+Enter');
  await expect(dialogOf(page)).toHaveAccessibleName(`Check: posting as @${CORPORATE} · corporate`);
  await page.waitForTimeout(300);
  expect(await tweetdeckSent(page)).toEqual([]);
});
