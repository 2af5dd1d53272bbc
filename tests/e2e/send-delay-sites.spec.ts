// The send delay on the surfaces of Facebook and LinkedIn beyond those every-site.spec.ts
// covers (a comment box's Enter, the 2026 shell's share modal, Undo keeping the text): the
// countdown releases a Create post dialog's post the way it was sent, and a company page's
// composer posts once. X's own cases are in send-delay.spec.ts.
import { compose, expect, lookAtMenu, send, test, VIA } from './facebook-helpers';
import {
  companyComposer,
  expectSentOnce,
  setKingsford,
  sentPosts,
  share,
  typePost,
} from './linkedin-helpers';
import { kingsfordExample } from './rules';
import { clickWhenArmed } from './release';

const kingsfordWithDelay = (sendDelaySeconds: number) => kingsfordExample({ sendDelaySeconds });

const countdown = (page: import('@playwright/test').Page) =>
  page.getByRole('region', { name: 'Postguard: post waiting to send' });

for (const surface of ['create-post'] as const) {
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
    await clickWhenArmed(page.getByRole('button', { name: 'Post as Kingsford Council' }));
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

test("LinkedIn company page composer: a click on Post's label waits for the countdown, then posts once", async ({
  context,
}) => {
  await setKingsford(context, (rules) => {
    rules.policy = { ...(rules.policy as object), sendDelaySeconds: 2 };
  });
  const page = await companyComposer(context);
  await typePost(page, 'Road works on the high street');
  await share(page).post.locator('.artdeco-button__text').click();
  await clickWhenArmed(page.getByRole('button', { name: 'Post as Kingsford Council' }));
  await expect(countdown(page)).toContainText('Posting as Kingsford Council in');
  expect(await sentPosts(page)).toEqual([]);
  await expect.poll(() => sentPosts(page), { timeout: 6_000 }).toHaveLength(1);
  await expectSentOnce(page, {
    account: 'Kingsford Council',
    texts: ['Road works on the high street'],
  });
});
