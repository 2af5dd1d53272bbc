// Attack family: the post changed behind the open dialog. A page script edits
// the text, or switches the account, after the person has read the dialog and
// before they confirm. What the person confirmed is not what would be sent, so
// the guard asks again with what will really be sent (docs/security.md).
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { setRules } from './rules';
import {
  CORPORATE,
  PERSONAL,
  expectSentExactly,
  guardDialog,
  kingsfordRules,
  openComposer,
  postAsButton,
  sentPosts,
} from './x-helpers';
import { clickWhenArmed } from './release';

/**
 * In the page's own world: adds text at the end of the first post's last line, in
 * the markup the guard reads. (Behind the modal dialog the page is inert: it cannot
 * focus the editor to type, but it can still change its own DOM.)
 */
function appendText(page: Page, text: string) {
  return page.evaluate((text) => {
    const spans = document.querySelectorAll('.public-DraftEditor-content [data-text="true"]');
    const last = spans[spans.length - 1];
    if (!last) throw new Error('no text in the editor');
    last.textContent += text;
  }, text);
}

/** In the page's own world: switches X's account with script clicks on the switcher. */
function switchAccountByScript(page: Page, handle: string) {
  return page.evaluate(async (handle) => {
    document.querySelector<HTMLElement>('[data-testid="SideNav_AccountSwitcher_Button"]')?.click();
    await new Promise((done) => setTimeout(done, 50)); // the menu renders on React's next tick
    const item = [...document.querySelectorAll<HTMLElement>('[role="menuitem"]')].find((el) =>
      el.textContent?.includes(`@${handle}`),
    );
    if (!item) throw new Error(`no menu item for @${handle}`);
    item.click();
  }, handle);
}

const ASKED_AGAIN = 'changed while Postguard was asking';

test.beforeEach(async ({ context }) => {
  await setRules(context, kingsfordRules());
});

test('attack: a banned word appended behind the open dialog is caught at "Post as", nothing is sent', async ({
  xPage,
}) => {
  const composer = await openComposer(xPage, 'home', { active: CORPORATE });
  const { page } = composer;
  await composer.write(['Park run on Saturday']);
  await composer.send('span');
  await expect(guardDialog(page)).toContainText('Park run on Saturday');

  await appendText(page, ' bring a bomb');
  await expect(composer.editor()).toContainText('bring a bomb');
  await clickWhenArmed(postAsButton(page));

  // Asked again, now blocked, showing what the site would really have sent.
  await expect(guardDialog(page)).toContainText(ASKED_AGAIN);
  await expect(guardDialog(page)).toContainText('Park run on Saturday bring a bomb');
  await expect(postAsButton(page)).toHaveCount(0);
  expect(await sentPosts(page)).toEqual([]);
});

test('attack: harmless words appended behind the open dialog: asked again with the post as it now reads, then one send', async ({
  xPage,
}) => {
  const composer = await openComposer(xPage, 'home', { active: CORPORATE });
  const { page } = composer;
  await composer.write(['Park run on Saturday']);
  await composer.send('button');
  await expect(guardDialog(page)).toBeVisible();

  await appendText(page, ' at nine');
  await clickWhenArmed(postAsButton(page));
  await expect(guardDialog(page)).toContainText(ASKED_AGAIN);
  await expect(guardDialog(page)).toContainText('Park run on Saturday at nine');
  expect(await sentPosts(page)).toEqual([]);

  // The site sends from its own editor state, which a DOM edit does not reach: the
  // point is that nothing left unseen, and the second "Post as" sends once.
  await clickWhenArmed(postAsButton(page));
  await expect.poll(async () => (await sentPosts(page)).length).toBe(1);
  await expect(guardDialog(page)).toHaveCount(0);
});

test('attack: the account switched by a script behind the open dialog: asked again, naming the account that would post', async ({
  xPage,
}) => {
  const composer = await openComposer(xPage, 'home', { active: CORPORATE });
  const { page } = composer;
  await composer.write(['Park run on Saturday']);
  await composer.send('ctrl');
  await expect(postAsButton(page)).toBeVisible();

  await switchAccountByScript(page, PERSONAL);
  await clickWhenArmed(postAsButton(page));
  // The personal account's post is allowed by the rules, but the person confirmed
  // another account: they are asked again rather than it going out unseen.
  await expect(guardDialog(page)).toContainText(ASKED_AGAIN);
  await expect(postAsButton(page, PERSONAL)).toBeVisible();
  expect(await sentPosts(page)).toEqual([]);

  await clickWhenArmed(postAsButton(page, PERSONAL));
  await expectSentExactly(composer, [
    expect.objectContaining(composer.record(['Park run on Saturday'], PERSONAL)),
  ]);
});
