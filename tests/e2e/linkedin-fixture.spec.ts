// Smoke test of the LinkedIn fixture site itself (no guard involved): it must behave like
// LinkedIn for real key events, buttons and author switching, or the guard's e2e tests
// prove nothing.
import { expect, test } from './fixtures';
import {
  expectSentOnce,
  linkedinPage,
  sentPosts,
  share,
  startPost,
  switchAuthor,
  writePost,
} from './linkedin-helpers';

test.describe('LinkedIn fixture site (extension not loaded)', () => {
  test.use({ withExtension: false });

  test('"Start a post" opens the share modal; Post is disabled while empty, posts once and closes it', async ({
    context,
  }) => {
    const page = await linkedinPage(context);
    const { modal, post, author, editor } = await startPost(page);
    await expect(modal).toHaveAttribute('role', 'dialog');
    await expect(page.locator('#share-to-linkedin-modal__header')).toHaveText('Create a post');
    await expect(author).toHaveText(/^\s*JD\s*Jane Doe\s*▾\s*Post to Anyone\s*$/);
    await expect(editor).toHaveClass(/ql-editor/);
    await expect(post).toBeDisabled();

    await page.keyboard.type('Bins move to Thursday');
    await page.keyboard.press('Enter');
    await page.keyboard.type('1. thanks, our residents');
    // Quill's markup, and no list: LinkedIn's editor keeps "1. " as text.
    await expect(editor.locator('p')).toHaveText([
      'Bins move to Thursday',
      '1. thanks, our residents',
    ]);
    await expect(post).toBeEnabled();
    await post.getByText('Post', { exact: true }).click();

    await expectSentOnce(page, {
      account: 'Jane Doe',
      texts: ['Bins move to Thursday\n1. thanks, our residents'],
      surface: 'share-modal',
      via: 'click',
    });
    await expect(page.getByTestId('sent-log').locator('li')).toHaveCount(1);
    await expect(page.getByText('Post successful.')).toBeVisible();
  });

  test('the author picker switches author inside the modal, without a reload, keeping the text', async ({
    context,
  }) => {
    const page = await linkedinPage(context);
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
    const { post, editor } = await writePost(page, 'Road works on the high street');
    await switchAuthor(page, 'Kingsford Council');
    await expect(editor).toHaveText('Road works on the high street');
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
    await post.click();
    await expectSentOnce(page, { account: 'Kingsford Council' });
  });

  test('query options: author, authors, hideAuthor, editor=textbox, modal=legacy, shareActive', async ({
    context,
  }) => {
    let page = await linkedinPage(context, {
      authors: 'Sam Lee,Kingsford Libraries',
      author: 'Kingsford Libraries',
      shareActive: 'true',
    });
    await expect(share(page).author).toContainText('Kingsford Libraries');
    await share(page).author.click();
    await expect(page.getByRole('radio')).toHaveCount(2);
    await expect(page.getByRole('radio', { name: 'Sam Lee' })).not.toBeChecked();

    page = await linkedinPage(context, { hideAuthor: '1' });
    await startPost(page);
    await expect(share(page).author).toHaveCount(0);

    page = await linkedinPage(context, { modal: 'legacy', shareActive: 'true' });
    await expect(share(page).modal).not.toHaveAttribute('aria-labelledby');
    await expect(share(page).modal).not.toHaveAttribute('data-test-modal-id');

    page = await linkedinPage(context, { editor: 'textbox' });
    const { editor, post } = await startPost(page);
    await expect(share(page).modal.locator('.ql-editor')).toHaveCount(0);
    await page.keyboard.type('first line');
    await page.keyboard.press('Enter');
    await page.keyboard.type('second line');
    await expect(editor.locator('p')).toHaveCount(2);
    await post.click();
    await expectSentOnce(page, { texts: ['first line\nsecond line'] });
  });

  test('the schedule clock opens the scheduler; Post then reads Schedule', async ({ context }) => {
    const page = await linkedinPage(context);
    const { modal, post } = await writePost(page, 'Council meeting on Monday');
    await modal.getByRole('button', { name: 'Schedule post' }).click();
    await modal.getByRole('button', { name: 'Next' }).click();
    await expect(post).toHaveText('Schedule');
    await post.click();
    await expectSentOnce(page, { scheduledFor: '2026-12-01 09:00', via: 'click' });
  });

  test('messaging: Enter sends, Shift+Enter is a new line, Send too; beside an open share modal', async ({
    context,
  }) => {
    const page = await linkedinPage(context, { messaging: 'open' });
    const { editor } = await writePost(page, 'Draft post');
    const chat = page.getByRole('dialog', { name: 'Conversation with Sam Patel' });
    await expect(page.getByRole('dialog')).toHaveCount(2);
    const box = chat.getByRole('textbox', { name: 'Write a message…' });

    await box.click();
    await page.keyboard.type('line one');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('line two');
    await page.keyboard.press('Enter');
    await box.click();
    await page.keyboard.type('by button');
    await chat.getByRole('button', { name: 'Send' }).click();

    expect((await sentPosts(page)).map((s) => [s.surface, s.account, s.via])).toEqual([
      ['messaging', 'Jane Doe', 'keyboard'],
      ['messaging', 'Jane Doe', 'click'],
    ]);
    expect((await sentPosts(page))[0]?.texts).toEqual(['line one\nline two']);
    await expect(editor).toHaveText('Draft post');
  });

  test('the 2026 shell: the share modal in the open shadow root of #interop-outlet, Quill with its attributes, the decoy hidden', async ({
    context,
  }) => {
    const page = await linkedinPage(context);
    const { modal, editor, post } = await startPost(page);
    await expect(page.locator('#interop-outlet')).toHaveAttribute(
      'data-testid',
      'interop-shadowdom',
    );
    const where = await page.evaluate(() => {
      const host = document.getElementById('interop-outlet');
      const inShadow = host?.shadowRoot?.querySelector('[data-test-modal-id="sharebox"]');
      const inLight = [...document.querySelectorAll('[data-test-modal-id="sharebox"]')];
      return {
        mode: host?.shadowRoot?.mode,
        inShadow: inShadow?.matches('[role="dialog"].share-box-v2__modal') ?? false,
        lightCopies: inLight.map((m) => m.closest('[hidden]') !== null),
      };
    });
    expect(where).toEqual({ mode: 'open', inShadow: true, lightCopies: [true] });
    await expect(modal).toHaveAttribute('aria-labelledby', 'share-to-linkedin-modal__header');
    await expect(editor).toHaveAttribute('data-test-ql-editor-contenteditable', 'true');
    await expect(editor).toHaveAttribute('role', 'textbox');
    await expect(editor).toHaveAttribute('aria-label', 'Text editor for creating content');
    await expect(editor).toHaveClass(/ql-blank/);
    await expect(post).toBeDisabled();
    await page.keyboard.type('Hello');
    // A tick later, Quill's commit: ql-blank goes, Post is enabled.
    await expect(editor).not.toHaveClass(/ql-blank/);
    await expect(post).toBeEnabled();
  });

  test('the older shell (shell=light) renders the modal in #artdeco-modal-outlet', async ({
    context,
  }) => {
    const page = await linkedinPage(context, { shell: 'light' });
    const { modal } = await startPost(page);
    await expect(page.locator('#interop-outlet')).toHaveCount(0);
    await expect(page.locator('#artdeco-modal-outlet').locator('[role="dialog"]')).toHaveCount(1);
    await expect(modal).toHaveAttribute('data-test-modal-id', 'sharebox');
  });

  test('composer paths open at load: the company page on its admin composer, the member on /preload/sharebox/', async ({
    context,
  }) => {
    let page = await linkedinPage(
      context,
      { share: 'true' },
      '/company/1234/admin/page-posts/published/',
    );
    await expect(share(page).author).toContainText('Kingsford Council');
    page = await linkedinPage(context, {}, '/preload/sharebox/');
    await expect(share(page).author).toContainText('Jane Doe');
    page = await linkedinPage(context, { flow: 'settings', shareActive: 'true' });
    await expect(share(page).author).toHaveClass(/share-creation-state__author-button/);
    await expect(share(page).author).toContainText('Jane Doe');
  });
});
