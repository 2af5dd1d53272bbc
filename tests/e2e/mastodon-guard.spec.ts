// Postguard on Mastodon beyond the shared behaviours (every-site.spec.ts), in an
// organisation's build that grants the council's server and a public one at install
// (docs/admin/README.md#mastodon-servers). Each way the app sends is held before it acts:
// Ctrl+Enter in the text and in the content warning (the app submits with no submit
// event), Enter in a poll option (the browser's implicit submission); Enter that picks a
// mention suggestion is no send. What is judged is the whole post (warning, text, poll).
// The account is the page's own, whoever a reply shows; a page of the same host that is not
// Mastodon's app is left alone; the popup and the badge name the tab's account; and the
// session token beside the account never reaches Postguard's storage.
import type { Page } from '@playwright/test';
import { untilGuarded } from './mastodon-helpers';
import { useKingsford } from './rules';
import { extensionWorker } from './extension-storage';
import { expect, test } from './fixtures';
import {
  composeForm,
  CORPORATE_HANDLE,
  initialState,
  mastodonPage,
  mastodonSent,
  ORG_SERVER,
  PERSONAL_HANDLE,
  PUBLIC_SERVER,
  submitEvents,
  typePost,
} from './mastodon-helpers';
import { clickWhenArmed } from './release';

declare const chrome: {
  storage: { local: { get(keys: null): Promise<object> } };
  tabs: { query(q: { url: string }): Promise<{ id?: number }[]> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
};

test.use({ organisationBuild: true });

const dialog = (page: Page) => page.getByRole('alertdialog');
const postAsCouncil = (page: Page) =>
  dialog(page).getByRole('button', { name: `Post as ${CORPORATE_HANDLE}` });
const indicator = (page: Page) => page.getByRole('status').filter({ hasText: 'Posting as' });

test.beforeEach(async ({ context }) => {
  await useKingsford(context, { auditContent: 'full' });
  await untilGuarded(context, ORG_SERVER);
});

test('Ctrl+Enter in the text is held, with no submit event; "Post as" posts it once', async ({
  context,
}) => {
  const page = await mastodonPage(context, { host: ORG_SERVER });
  await expect(indicator(page)).toContainText(`${CORPORATE_HANDLE} · corporate`);
  const submits = await submitEvents(page);
  await typePost(page, 'Bin collections move to Tuesday.');
  await page.keyboard.press('Control+Enter');
  await expect(dialog(page)).toHaveAccessibleName(
    `Check: posting as ${CORPORATE_HANDLE} · corporate`,
  );
  await page.waitForTimeout(300);
  expect(await mastodonSent(page)).toEqual([]);
  expect(await submits()).toBe(0);
  await clickWhenArmed(postAsCouncil(page));
  // Released through the form's own button: the app's submit, once.
  await expect
    .poll(() => mastodonSent(page))
    .toMatchObject([{ account: CORPORATE_HANDLE, texts: ['Bin collections move to Tuesday.'] }]);
  await page.waitForTimeout(300);
  expect(await mastodonSent(page)).toHaveLength(1);
});

test('a banned word in the content warning is blocked on Ctrl+Enter there; Cancel keeps everything', async ({
  context,
}) => {
  const page = await mastodonPage(context, { cw: true });
  const form = composeForm(page);
  await form.cw.fill('Talk of a bomb');
  await form.textarea.fill('Road closures on the high street this weekend.');
  await form.cw.focus();
  await page.keyboard.press('Control+Enter');
  await expect(dialog(page)).toContainText('bomb');
  await expect(dialog(page)).toContainText('Road closures');
  await expect(dialog(page).getByRole('button', { name: /^Post as/ })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toHaveCount(0);
  await expect(form.cw).toHaveValue('Talk of a bomb');
  await expect(form.textarea).toHaveValue('Road closures on the high street this weekend.');
  expect(await mastodonSent(page)).toEqual([]);
});

test('Enter in a poll option is held before the browser submits; confirmed, the poll posts once', async ({
  context,
}) => {
  const page = await mastodonPage(context, { poll: true });
  const form = composeForm(page);
  await typePost(page, 'Which day suits you for the library event?');
  await form.pollOptions.nth(0).fill('Saturday');
  await form.pollOptions.nth(1).fill('Sunday');
  await form.pollOptions.nth(1).press('Enter');
  await expect(dialog(page)).toContainText('Sunday');
  expect(await mastodonSent(page)).toEqual([]);
  await clickWhenArmed(postAsCouncil(page));
  await expect
    .poll(() => mastodonSent(page))
    .toMatchObject([{ account: CORPORATE_HANDLE, poll: ['Saturday', 'Sunday'] }]);
});

test('Enter that picks a mention suggestion is no send; the next Ctrl+Enter is held', async ({
  context,
}) => {
  const page = await mastodonPage(context, { host: ORG_SERVER });
  const form = composeForm(page);
  await typePost(page, 'Thanks to @ka');
  await expect(
    form.suggestions.locator('.autosuggest-textarea__suggestions__item').first(),
  ).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(form.textarea).toHaveValue(/^Thanks to @ka\S+ $/u);
  await page.waitForTimeout(300);
  await expect(dialog(page)).toHaveCount(0);
  await page.keyboard.press('Control+Enter');
  await expect(dialog(page)).toBeVisible();
  expect(await mastodonSent(page)).toEqual([]);
});

test('a reply shows someone else; the account is still the page’s own, in the indicator and the dialog', async ({
  context,
}) => {
  const page = await mastodonPage(context, { compose: 'reply' });
  await expect(composeForm(page).replyIndicator).toBeVisible();
  await expect(indicator(page)).toContainText(`${CORPORATE_HANDLE} · corporate`);
  await composeForm(page).submit.click();
  await expect(dialog(page)).toHaveAccessibleName(
    `Check: posting as ${CORPORATE_HANDLE} · corporate`,
  );
});

test('a personal account on a public server posts at once, in French too', async ({ context }) => {
  const page = await mastodonPage(context, { host: PUBLIC_SERVER, lang: 'fr' });
  await untilGuarded(context, PUBLIC_SERVER);
  await expect(indicator(page)).toContainText(`${PERSONAL_HANDLE} · personal`);
  await typePost(page, 'Off to the coast this weekend');
  await page.keyboard.press('Control+Enter');
  await expect.poll(() => mastodonSent(page)).toMatchObject([{ account: PERSONAL_HANDLE }]);
  await expect(dialog(page)).toHaveCount(0);
});

test('a page of the server that is not Mastodon’s app is left alone', async ({ context }) => {
  const page = await mastodonPage(context, { page: 'plain' });
  await page.locator('form.compose-form textarea').fill('When is the bomb disposal exhibition?');
  await page.locator('form.compose-form button[type="submit"]').click();
  await expect
    .poll(() => page.evaluate(() => (window as { __contact?: unknown[] }).__contact?.length ?? 0))
    .toBe(1);
  await expect(dialog(page)).toHaveCount(0);
  await expect(indicator(page)).toHaveCount(0);
});

test('the session token beside the account never reaches Postguard’s storage', async ({
  context,
}) => {
  const page = await mastodonPage(context, { host: ORG_SERVER });
  const token = (await initialState(page))?.meta.access_token;
  expect(token?.length).toBeGreaterThan(20);
  await typePost(page, 'Bin collections move to Tuesday.');
  await composeForm(page).submit.click();
  await clickWhenArmed(postAsCouncil(page));
  await expect.poll(() => mastodonSent(page)).toHaveLength(1);
  const stored = await extensionWorker(context).evaluate(() => chrome.storage.local.get(null));
  const text = JSON.stringify(stored);
  expect(text).toContain('press@social.kingsford.gov.uk'); // the audit log has the send
  expect(text).not.toContain(token);
});

test('the popup names the Mastodon tab’s account and role, and the badge says corporate', async ({
  context,
  extensionId,
}) => {
  await mastodonPage(context, { host: ORG_SERVER });
  const worker = extensionWorker(context);
  const [tab] = await worker.evaluate(() =>
    chrome.tabs.query({ url: 'https://social.kingsford.gov.uk/*' }),
  );
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tab?.id}`);
  const section = popup.getByRole('region', { name: 'This tab' });
  await expect(section).toContainText('SiteMastodon');
  await expect(section).toContainText(`${CORPORATE_HANDLE} · corporate`);
  await expect
    .poll(() => worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tab!.id!))
    .toBe('CORP');
});
