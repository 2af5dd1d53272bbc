// The guard on LinkedIn in a real Chromium with the built extension: the fixture LinkedIn
// (React + Quill 2, by default the 2026 shell: the share modal in an open shadow root) at
// https://www.linkedin.com, the Kingsford Council rule file imported through the options
// page. The core cases on each shell, and an unreadable author: linkedin-shells.spec.ts. Jane Doe is the member (unlisted: personal); Kingsford Council
// is the company page (listed: corporate).
import { expect, test } from './fixtures';
import {
  expectSentOnce,
  guardDialog,
  setKingsford,
  indicator,
  linkedinPage,
  sentPosts,
  share,
  switchAuthor,
  writePost,
} from './linkedin-helpers';
import { clickWhenArmed } from './release';

const COMPANY = { author: 'Kingsford Council' };

test.describe('with the Kingsford rule file', () => {
  test.beforeEach(async ({ context }) => {
    await setKingsford(context);
  });

  test('a post as the company page is held until "Post as Kingsford Council", then goes out once', async ({
    context,
  }) => {
    const page = await linkedinPage(context, COMPANY);
    const { post } = await writePost(page, 'Bin collections move to Tuesday next week.');
    await expect(indicator(page)).toHaveText('Posting as Kingsford Council · corporate');
    await post.click();

    const dialog = guardDialog(page, /Kingsford Council.*corporate/);
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('Bin collections move to Tuesday next week.');
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    expect(await sentPosts(page)).toEqual([]);

    await clickWhenArmed(dialog.getByRole('button', { name: 'Post as Kingsford Council' }));
    await expect(dialog).toBeHidden();
    await expectSentOnce(page, {
      account: 'Kingsford Council',
      texts: ['Bin collections move to Tuesday next week.'],
    });
  });

  test('a banned term blocks: no "Post as", nothing sent, the text stays', async ({ context }) => {
    const page = await linkedinPage(context, COMPANY);
    const { post, editor, modal } = await writePost(page, 'Stick a bomb under the budget');
    await post.click();

    const dialog = guardDialog(page, /Kingsford Council/);
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('Blocked');
    await expect(dialog.locator('mark').first()).toHaveText('bomb');
    await expect(dialog.getByRole('button', { name: /^Post as/ })).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(modal).toBeVisible(); // Escape went to the guard, not to LinkedIn's modal
    await expect(editor).toHaveText('Stick a bomb under the budget');
    expect(await sentPosts(page)).toEqual([]);
  });

  test('Cancel keeps the text in the box, untouched, and the next Post is asked again', async ({
    context,
  }) => {
    const page = await linkedinPage(context, COMPANY);
    const { post, editor } = await writePost(page, 'Road closure on Mill Lane');
    await post.click();
    const dialog = guardDialog(page, /Kingsford Council/);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    await expect(editor).toHaveText('Road closure on Mill Lane');
    await expect(post).toBeEnabled();
    expect(await sentPosts(page)).toEqual([]);

    await post.click();
    await clickWhenArmed(dialog.getByRole('button', { name: 'Post as Kingsford Council' }));
    await expectSentOnce(page, {
      account: 'Kingsford Council',
      texts: ['Road closure on Mill Lane'],
    });
  });

  test("switching author after typing applies the new author's rules", async ({ context }) => {
    const page = await linkedinPage(context);
    const { post } = await writePost(page, 'Road closure on Mill Lane');
    await expect(indicator(page)).toHaveText('Posting as Jane Doe · personal');
    await switchAuthor(page, 'Kingsford Council');
    await expect(indicator(page)).toHaveText('Posting as Kingsford Council · corporate');
    await post.click();

    const dialog = guardDialog(page, /Kingsford Council.*corporate/);
    await clickWhenArmed(dialog.getByRole('button', { name: 'Post as Kingsford Council' }));
    await expectSentOnce(page, { account: 'Kingsford Council' });
  });

  test('switching from the company page to Jane Doe lets a harmless post through', async ({
    context,
  }) => {
    const page = await linkedinPage(context, COMPANY);
    const { post } = await writePost(page, 'Lovely walk by the river today');
    await switchAuthor(page, 'Jane Doe');
    await expect(indicator(page)).toHaveText('Posting as Jane Doe · personal');
    await post.click();
    await expectSentOnce(page, { account: 'Jane Doe' });
    await expect(guardDialog(page)).toHaveCount(0);
  });

  test('the newer [role=textbox] editor is guarded the same way', async ({ context }) => {
    const page = await linkedinPage(context, { ...COMPANY, editor: 'textbox' });
    const { post, editor } = await writePost(page, 'Road works on the high street');
    await expect(editor).not.toHaveClass(/ql-editor/);
    await page.keyboard.press('Enter');
    await page.keyboard.type('from Monday, our residents');
    await post.click();
    const dialog = guardDialog(page, /Kingsford Council.*corporate/);
    await expect(dialog).toContainText('from Monday');
    await clickWhenArmed(dialog.getByRole('button', { name: 'Post as Kingsford Council' }));
    await expectSentOnce(page, {
      account: 'Kingsford Council',
      texts: ['Road works on the high street\nfrom Monday, our residents'],
    });
  });

  test('the messaging overlay, open beside the share modal, is neither guarded nor taken for it', async ({
    context,
  }) => {
    const page = await linkedinPage(context, { ...COMPANY, messaging: 'open' });
    const { post, editor } = await writePost(page, 'Road works on the high street');
    const chat = page.getByRole('dialog', { name: 'Conversation with Sam Patel' });
    const box = chat.getByRole('textbox', { name: 'Write a message…' });

    // Enter and Send in messaging send the message at once: no dialog, no post.
    await box.click();
    await page.keyboard.type('Running late, see you at ten');
    await page.keyboard.press('Enter');
    await box.click();
    await page.keyboard.type('Call me');
    await chat.getByRole('button', { name: 'Send' }).click();
    await expect(guardDialog(page)).toHaveCount(0);
    expect(await sentPosts(page)).toEqual([
      {
        account: 'Jane Doe',
        texts: ['Running late, see you at ten'],
        surface: 'messaging',
        via: 'keyboard',
      },
      { account: 'Jane Doe', texts: ['Call me'], surface: 'messaging', via: 'click' },
    ]);

    // One indicator, in the share modal; the share text is untouched.
    await expect(indicator(page)).toHaveCount(1);
    await expect(share(page).modal.getByRole('status')).toHaveText(
      'Posting as Kingsford Council · corporate',
    );
    await expect(editor).toHaveText('Road works on the high street');

    // The guard still targets the share modal: its text, not the chat's.
    await post.click();
    const dialog = guardDialog(page, /Kingsford Council.*corporate/);
    await expect(dialog).toContainText('Road works on the high street');
    await expect(dialog).not.toContainText('Running late');
    await clickWhenArmed(dialog.getByRole('button', { name: 'Post as Kingsford Council' }));
    await expect.poll(async () => (await sentPosts(page)).length).toBe(3);
    await expect(share(page).modal).toHaveCount(0);
    const posts = (await sentPosts(page)).filter((s) => s.surface === 'share-modal');
    expect(posts).toEqual([
      {
        account: 'Kingsford Council',
        texts: ['Road works on the high street'],
        surface: 'share-modal',
        via: 'click',
      },
    ]);
  });

  test('a TipTap comment box in the feed is not a share box: no indicator, no dialog', async ({
    context,
  }) => {
    const page = await linkedinPage(context, COMPANY);
    const box = page.locator('.tiptap.ProseMirror[contenteditable="true"]');
    await box.click();
    await page.keyboard.type('Thanks for the update');
    await page.getByRole('button', { name: 'Comment' }).click();
    expect(await sentPosts(page)).toEqual([
      { account: 'Jane Doe', texts: ['Thanks for the update'], surface: 'comment', via: 'click' },
    ]);
    await expect(guardDialog(page)).toHaveCount(0);
    await expect(indicator(page)).toHaveCount(0);
  });

  test('scheduling as the company page is asked once, at Schedule, and goes out once', async ({
    context,
  }) => {
    const page = await linkedinPage(context, COMPANY);
    const { modal, post } = await writePost(page, 'Council meeting on Monday');
    await modal.getByRole('button', { name: 'Schedule post' }).click();
    const dialog = guardDialog(page, /Kingsford Council.*corporate/);
    await expect(dialog).toHaveCount(0);
    await modal.getByRole('button', { name: 'Next' }).click();
    await expect(post).toHaveText('Schedule');
    await post.click();
    await clickWhenArmed(dialog.getByRole('button', { name: 'Post as Kingsford Council' }));
    await expectSentOnce(page, {
      account: 'Kingsford Council',
      scheduledFor: '2026-12-01 09:00',
    });
  });
});

test.describe('in sombre-event mode', () => {
  test.beforeEach(async ({ context }) => {
    await setKingsford(context, (rules) => {
      (rules.sombre as { active: boolean }).active = true;
    });
  });

  test('😂 is blocked for the company page', async ({ context }) => {
    const page = await linkedinPage(context, COMPANY);
    const { post, editor } = await writePost(page, 'What a week 😂');
    await post.click();
    const dialog = guardDialog(page, /Kingsford Council.*corporate/);
    await expect(dialog).toContainText('Sombre-event mode is on');
    await expect(dialog.getByRole('button', { name: /^Post as/ })).toHaveCount(0);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(editor).toHaveText('What a week 😂');
    expect(await sentPosts(page)).toEqual([]);
  });

  test('😂 is allowed for Jane Doe (personal)', async ({ context }) => {
    const page = await linkedinPage(context);
    const { post } = await writePost(page, 'What a week 😂');
    await post.click();
    await expectSentOnce(page, { account: 'Jane Doe', texts: ['What a week 😂'] });
    await expect(guardDialog(page)).toHaveCount(0);
  });
});
