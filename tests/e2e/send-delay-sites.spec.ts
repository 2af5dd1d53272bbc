// The send delay on Facebook and LinkedIn: the countdown releases a post the way it was
// sent (a comment box's Enter on Facebook has no button to click), and Undo leaves the
// text in Lexical's and Quill's boxes (LinkedIn's on the 2026 shell, in an open shadow
// root, and on a company page's composer). X's cases are in send-delay.spec.ts.
import { readFileSync } from 'node:fs';
import {
  compose,
  editorOf,
  expect,
  KINGSFORD,
  lookAtMenu,
  send,
  test,
  VIA,
} from './facebook-helpers';
import {
  companyComposer,
  expectSentOnce,
  setKingsford,
  linkedinPage,
  sentPosts,
  share,
  typePost,
  writePost,
} from './linkedin-helpers';

function kingsfordWithDelay(sendDelaySeconds: number) {
  const rules = JSON.parse(readFileSync(KINGSFORD, 'utf8'));
  return { ...rules, policy: { ...rules.policy, sendDelaySeconds } };
}

const countdown = (page: import('@playwright/test').Page) =>
  page.getByRole('region', { name: 'Postguard: post waiting to send' });

for (const surface of ['comment', 'create-post'] as const) {
  test(`Facebook ${surface}: a Page's post waits for the countdown, then goes once`, async ({
    useRules,
    fbPage,
    fbSent,
  }) => {
    await useRules(kingsfordWithDelay(2));
    const page = await fbPage({ active: 'Kingsford Council' });
    await lookAtMenu(page);
    await compose(page, surface, 'Road works on the high street');
    await send(page, surface);
    await page.getByRole('button', { name: 'Post as Kingsford Council' }).click();
    await expect(countdown(page)).toContainText('Posting as Kingsford Council in');
    expect(await fbSent(page)).toEqual([]);
    await expect.poll(() => fbSent(page), { timeout: 6_000 }).toHaveLength(1);
    expect((await fbSent(page))[0]).toMatchObject({
      account: 'Kingsford Council',
      texts: ['Road works on the high street'],
      surface,
      via: VIA[surface],
    });
    await page.waitForTimeout(500);
    expect(await fbSent(page)).toHaveLength(1);
  });
}

test('Facebook comment: Undo sends nothing and the text stays in the box', async ({
  useRules,
  fbPage,
  fbSent,
}) => {
  await useRules(kingsfordWithDelay(3));
  const page = await fbPage({ active: 'Kingsford Council' });
  await lookAtMenu(page);
  await compose(page, 'comment', 'Thanks for coming along');
  await send(page, 'comment');
  await page.getByRole('button', { name: 'Post as Kingsford Council' }).click();
  await countdown(page).getByRole('button', { name: 'Undo' }).click();
  await page.waitForTimeout(3_500);
  expect(await fbSent(page)).toEqual([]);
  await expect(editorOf(page, 'comment')).toHaveText('Thanks for coming along');
});

test('LinkedIn: Undo leaves the text in Quill, and a countdown left to run posts once', async ({
  context,
}) => {
  await setKingsford(context, (rules) => {
    rules.policy = { ...(rules.policy as object), sendDelaySeconds: 2 };
  });
  const page = await linkedinPage(context, { author: 'Kingsford Council' });
  const { post, editor } = await writePost(page, 'Bin collections move to Tuesday.');
  await post.click();
  await page.getByRole('button', { name: 'Post as Kingsford Council' }).click();
  await countdown(page).getByRole('button', { name: 'Undo' }).click();
  await page.waitForTimeout(2_500);
  expect(await sentPosts(page)).toEqual([]);
  await expect(editor).toHaveText('Bin collections move to Tuesday.');

  await post.click();
  await page.getByRole('button', { name: 'Post as Kingsford Council' }).click();
  await expectSentOnce(page, {
    account: 'Kingsford Council',
    texts: ['Bin collections move to Tuesday.'],
  });
});

test("LinkedIn company page composer: a click on Post's label waits for the countdown, then posts once", async ({
  context,
}) => {
  await setKingsford(context, (rules) => {
    rules.policy = { ...(rules.policy as object), sendDelaySeconds: 2 };
  });
  const page = await companyComposer(context);
  await typePost(page, 'Road works on the high street');
  await share(page).post.locator('.artdeco-button__text').click();
  await page.getByRole('button', { name: 'Post as Kingsford Council' }).click();
  await expect(countdown(page)).toContainText('Posting as Kingsford Council in');
  expect(await sentPosts(page)).toEqual([]);
  await expect.poll(() => sentPosts(page), { timeout: 6_000 }).toHaveLength(1);
  await expectSentOnce(page, {
    account: 'Kingsford Council',
    texts: ['Road works on the high street'],
  });
});
