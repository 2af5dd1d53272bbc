// Smoke test of the Mastodon fixture site itself (no extension): it must behave as the
// evidence says Mastodon's web client does (the fixture's README) for real clicks and keys,
// or the guard's e2e tests prove nothing.
import {
  composeForm,
  CORPORATE,
  CORPORATE_HANDLE,
  initialState,
  mastodonPage,
  mastodonSent,
  ORG_SERVER,
  PERSONAL,
  PERSONAL_HANDLE,
  PUBLIC_SERVER,
  submitEvents,
  typePost,
} from './mastodon-helpers';
import { expect, test } from './fixtures';

const NEWS = 'kingsfordnews@mastodon.social';

test.describe('Mastodon fixture site (extension not loaded)', () => {
  test.use({ withExtension: false });

  test('initial state: in the head before the app, meta.me → accounts, meta.domain', async ({
    context,
  }) => {
    const page = await mastodonPage(context);
    const placed = await page.evaluate(() => {
      const el = document.querySelector('script#initial-state')!;
      const app = document.querySelector('script[type="module"]')!;
      return {
        inHead: el.parentElement === document.head,
        beforeApp: !!(el.compareDocumentPosition(app) & Node.DOCUMENT_POSITION_FOLLOWING),
      };
    });
    expect(placed).toEqual({ inHead: true, beforeApp: true });
    const state = (await initialState(page))!;
    const me = state.meta.me!;
    expect(state.meta).toMatchObject({
      domain: ORG_SERVER,
      locale: 'en',
      title: expect.any(String),
    });
    expect(state.meta.access_token).toMatch(/^[\w-]{43}$/u);
    expect(state.compose.me).toBe(me);
    expect(state.accounts[me]).toMatchObject({ username: CORPORATE, acct: CORPORATE });
    expect(Object.keys(state.accounts).length).toBeGreaterThan(1); // the server's admin too
    const c = composeForm(page);
    const link = c.navigationBar.locator(`a.account__display-name[href="/@${CORPORATE}"]`);
    await expect(link).toContainText(`Kingsford Council Press Office @${CORPORATE}`);
    await expect(c.textarea).toHaveAttribute('placeholder', 'What is on your mind?');
    await expect(c.textarea).not.toBeFocused(); // single column: no autofocus

    const personal = await mastodonPage(context, { host: PUBLIC_SERVER });
    const other = (await initialState(personal))!;
    expect(other.accounts[other.meta.me!]!.acct).toBe(PERSONAL);
    expect(other.meta.domain).toBe(PUBLIC_SERVER);
    expect(other.meta.access_token).not.toBe(state.meta.access_token);

    const split = await mastodonPage(context, { domain: 'kingsford.gov.uk' }, personal);
    const web = (await initialState(split))!;
    expect(web.meta.domain).toBe('kingsford.gov.uk');
    expect(web.accounts[web.meta.me!]).toMatchObject({
      acct: CORPORATE,
      url: expect.stringContaining(ORG_SERVER),
    });
  });

  test('the Post button sends with a submit event; the form is disabled meanwhile', async ({
    context,
  }) => {
    const page = await mastodonPage(context, { sendMs: 600 });
    const c = composeForm(page);
    const submits = await submitEvents(page);
    await typePost(page, 'Bins move to Thursday\nThanks');
    await expect(c.submit).toHaveText('Post');
    // react-textarea-autosize's own hidden textarea, outside the form
    await expect(page.locator('body > textarea[aria-hidden="true"][tabindex="-1"]')).toHaveCount(1);
    // A script changes the text with no input event: handleSubmit posts what the field holds.
    await c.textarea.evaluate((t: HTMLTextAreaElement) => void (t.value += ' (edited)'));
    await c.submit.click();
    await expect(c.textarea).toBeDisabled();
    await expect(c.submit).toHaveAttribute('aria-disabled', 'true'); // 4.4: loading, not disabled
    await expect(c.submit).not.toHaveAttribute('disabled');
    await expect(c.textarea).toHaveValue('');
    await expect(c.textarea).toBeEnabled();
    await expect(c.textarea).toBeFocused();
    expect(await submits()).toBe(1);
    expect(await mastodonSent(page)).toEqual([
      {
        account: CORPORATE_HANDLE,
        texts: ['Bins move to Thursday\nThanks (edited)'],
        spoiler: null,
        poll: null,
        inReplyTo: null,
        via: 'submit',
      },
    ]);
    await expect(page.getByTestId('sent-log')).toContainText(CORPORATE_HANDLE);
  });

  test('Ctrl+Enter in the textarea and in the CW input: no submit event', async ({ context }) => {
    const page = await mastodonPage(context, { host: PUBLIC_SERVER, cw: true });
    const c = composeForm(page);
    const submits = await submitEvents(page);
    await expect(c.cw).toBeFocused();
    await expect(c.cw).toHaveAttribute('placeholder', 'Content warning (optional)');
    await page.keyboard.type('Spoilers');
    await c.textarea.focus();
    await typePost(page, 'The finale');
    await page.keyboard.press('Control+Enter');
    await expect(c.textarea).toHaveValue('');
    await expect(c.cw).toHaveCount(0); // the warning goes with the post
    await page.getByRole('button', { name: 'Add content warning' }).click();
    await expect(c.cw).toBeFocused();
    await page.keyboard.type('CW two');
    await typePost(page, 'Second');
    await c.cw.focus();
    await page.keyboard.press('Control+Enter');
    await expect(c.textarea).toHaveValue('');
    expect(await submits()).toBe(0);
    expect(await mastodonSent(page)).toMatchObject([
      { account: PERSONAL_HANDLE, texts: ['The finale'], spoiler: 'Spoilers', via: 'keyboard' },
      { account: PERSONAL_HANDLE, texts: ['Second'], spoiler: 'CW two', via: 'keyboard' },
    ]);
  });

  test('Enter in a poll option submits the form (implicit submission)', async ({ context }) => {
    const page = await mastodonPage(context, { poll: true });
    const c = composeForm(page);
    const submits = await submitEvents(page);
    await expect(c.pollOptions).toHaveCount(2);
    await expect(c.pollOptions.first()).toHaveAttribute('maxlength', '50');
    await typePost(page, 'Which day for the market?');
    await c.pollOptions.nth(0).fill('Saturday');
    await c.pollOptions.nth(1).fill('Sunday');
    await expect(c.pollOptions).toHaveCount(3); // an empty one is added
    await c.pollOptions.nth(1).press('Enter');
    await expect(c.form.locator('.compose-form__poll')).toHaveCount(0);
    expect(await submits()).toBe(1);
    expect(await mastodonSent(page)).toMatchObject([
      { texts: ['Which day for the market?'], poll: ['Saturday', 'Sunday'], via: 'submit' },
    ]);
  });

  test('canSubmit: whitespace only or over 500 disables; empty posts nothing', async ({
    context,
  }) => {
    const page = await mastodonPage(context, { version: '4.3', sendMs: 600 });
    const c = composeForm(page);
    const url = page.url();
    await expect(c.submit).toBeEnabled(); // empty: enabled, submitCompose ignores it
    await c.submit.click();
    await c.textarea.fill('   ');
    await expect(c.submit).toBeDisabled();
    await c.textarea.fill('x'.repeat(501));
    await expect(c.submit).toBeDisabled();
    await expect(c.form.locator('.character-counter')).toHaveText('-1');
    await c.textarea.fill('x'.repeat(500));
    await c.textarea.press('Control+Enter');
    await expect(c.submit).toBeDisabled(); // 4.3: disabled while posting
    await expect(c.submit).not.toHaveAttribute('aria-disabled');
    await expect(c.textarea).toHaveValue('');
    expect(await mastodonSent(page)).toMatchObject([{ texts: ['x'.repeat(500)] }]);
    expect(page.url()).toBe(url); // the empty post's submit event was cancelled all the same
  });

  test('Reply shows someone else; the text starts with their handle', async ({ context }) => {
    const page = await mastodonPage(context);
    const c = composeForm(page);
    const status = page.locator('article').filter({ hasText: 'Kingsford News' });
    await status.getByRole('button', { name: 'Reply' }).click();
    await expect(c.replyIndicator.locator('.display-name')).toHaveText(`Kingsford News @${NEWS}`);
    await expect(c.replyIndicator).toContainText('Bin collections move to Thursday');
    await expect(c.textarea).toBeFocused();
    await expect(c.textarea).toHaveValue(`@${NEWS} `);
    expect(await c.textarea.evaluate((t: HTMLTextAreaElement) => t.selectionStart)).toBe(
      NEWS.length + 2,
    );
    await expect(c.submit).toHaveText('Reply');
    await expect(c.navigationBar).toContainText(`@${CORPORATE}`);
    await typePost(page, 'Thanks!');
    await page.keyboard.press('Meta+Enter');
    await expect(c.replyIndicator).toHaveCount(0);
    const [sent] = await mastodonSent(page);
    expect(sent).toMatchObject({ texts: [`@${NEWS} Thanks!`], inReplyTo: '114567000000000011' });

    await mastodonPage(context, { compose: 'reply' }, page);
    await expect(c.replyIndicator).toContainText('Kingsford News');
    await expect(c.textarea).toBeFocused();
  });

  test('mention suggestions: other accounts, outside the form; Enter picks', async ({
    context,
  }) => {
    const page = await mastodonPage(context);
    const c = composeForm(page);
    const submits = await submitEvents(page);
    await c.textarea.click();
    await page.keyboard.type('Hello @ka');
    const items = c.suggestions.locator('.autosuggest-textarea__suggestions__item');
    await expect(items).toHaveText([
      'Kat Morgan @kat@fosstodon.org',
      'Kaspar 🚲 @kaspar@chaos.social',
    ]);
    await expect(items.first().locator('.account__avatar img')).toHaveCount(1);
    await expect(c.form.locator('.autosuggest-textarea__suggestions')).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(c.suggestions).toHaveCount(0);
    await page.keyboard.type('t');
    await expect(items).toHaveText(['Kat Morgan @kat@fosstodon.org']);
    await page.keyboard.press('Enter');
    await expect(c.textarea).toHaveValue('Hello @kat@fosstodon.org ');
    await page.keyboard.press('Control+Enter');
    await expect(c.textarea).toHaveValue('');
    expect(await submits()).toBe(0);
    expect(await mastodonSent(page)).toMatchObject([{ texts: ['Hello @kat@fosstodon.org '] }]);
  });

  test('page=plain, loggedOut=1, accounts=none, lang=fr, ui=advanced', async ({ context }) => {
    const plain = await mastodonPage(context, { page: 'plain' });
    expect(await initialState(plain)).toBeNull();
    await plain.locator('form.compose-form textarea').fill('Hello moderators');
    await plain.locator('form.compose-form button[type="submit"]').click();
    await expect(plain.getByRole('status')).toContainText('Thank you');
    expect(await mastodonSent(plain)).toEqual([]);

    const out = await mastodonPage(context, { loggedOut: true }, plain);
    const state = (await initialState(out))!;
    expect(state.meta.me).toBeUndefined();
    expect(state.meta.access_token).toBeNull();
    expect(state.accounts).toEqual({});
    await expect(out.locator('form.compose-form')).toHaveCount(0);
    await expect(out.getByRole('link', { name: 'Login' })).toBeVisible();

    const hidden = await mastodonPage(context, { accounts: 'none' }, out);
    const partial = (await initialState(hidden))!;
    expect(partial.meta.me).toBeTruthy();
    expect(partial.accounts[partial.meta.me!]).toBeUndefined(); // only the admin is there
    await expect(composeForm(hidden).navigationBar.locator('a')).toHaveAttribute(
      'href',
      '/@undefined',
    );
    await typePost(hidden, 'Unnamed');
    await hidden.keyboard.press('Control+Enter');
    await expect.poll(() => mastodonSent(hidden)).toMatchObject([{ account: CORPORATE_HANDLE }]);

    const fr = await mastodonPage(context, { lang: 'fr', cw: true }, hidden);
    const c = composeForm(fr);
    await expect(fr.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(c.textarea).toHaveAttribute('placeholder', 'Qu’avez-vous en tête ?');
    await expect(c.cw).toHaveAttribute('placeholder', 'Avertissement de contenu (optionnel)');
    await expect(c.submit).toHaveText('Publier');
    await fr.locator('article').first().getByRole('button', { name: 'Répondre' }).click();
    await expect(c.submit).toHaveText('Répondre');

    const advanced = await mastodonPage(context, { ui: 'advanced' }, fr);
    await expect(advanced.locator('.columns-area > .drawer form.compose-form')).toHaveCount(1);
    await expect(composeForm(advanced).textarea).toBeFocused(); // the drawer's form autofocuses
  });
});
