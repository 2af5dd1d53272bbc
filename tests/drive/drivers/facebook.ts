// Facebook (docs/sites/facebook.md): the post's comment box, sent with Enter; the identity is
// read from the account menu, so opening the site includes a glance at that menu.
import { expect } from '@playwright/test';
import { css, type Tab } from '../tab';
import { PAGE_OR_MEMBER, sentOn, siteUrl, type SiteDriver } from './site-driver';

const NAME = PAGE_OR_MEMBER;
/** The Lexical editable in the comment box, as docs/sites/facebook.md describes it. */
const EDITOR = css(
  'form.comment-box div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
);
/** The top bar's button holding the "Your profile" picture. */
const MENU_BUTTON = css('[role="banner"] [data-fixture="account-button"]');
const IDENTITIES = '[role="banner"] [role="radio"], [role="banner"] [role="menuitemradio"]';
const INDICATOR = css('form.comment-box >>> [role="status"]');

/**
 * Opens the account menu, waits until Postguard has read it (the comment box's indicator
 * names `expected`, or no longer asks for the menu), then closes it with Escape, as a person
 * glancing at it would.
 */
async function lookAtMenu(tab: Tab, expected?: string) {
  await tab.click(MENU_BUTTON);
  await expect
    .poll(async () => {
      const text = await tab.textOf(INDICATOR);
      return expected ? text.includes(expected) : !text.includes('Open the account menu');
    })
    .toBe(true);
  await tab.press('Escape');
  await tab.waitFor(css(IDENTITIES), 'gone');
}

export const facebookDriver: SiteDriver = {
  platform: 'facebook',
  shown: NAME,
  recorded: NAME,
  composerInShadowRoot: false,
  // No evidence either way (docs/sites/facebook.md, "Send"): held anyway.
  sendShortcut: 'held',
  editor: EDITOR,
  async open(browser, who, tab) {
    const query: Record<string, string> =
      who === 'hidden'
        ? { active: NAME.corporate, hideAuthor: '1', hideMenu: '1' }
        : { active: NAME[who] };
    const page = tab ?? (await browser.newTab());
    await page.goto(siteUrl('www.facebook.com', '/', query), EDITOR);
    if (who !== 'hidden') await lookAtMenu(page);
    return page;
  },
  async compose(tab, text) {
    await tab.click(EDITOR);
    await tab.enterText(text);
    await expect.poll(() => tab.textOf(EDITOR)).toContain(text.split('\n')[0]);
  },
  async send(tab) {
    await tab.click(EDITOR);
    await tab.press('Enter');
  },
  async switchAccount(tab, to) {
    await tab.click(MENU_BUTTON);
    await tab.click(css('[role="banner"] [role="radio"]', { text: NAME[to] }));
    await tab.waitFor(css(IDENTITIES), 'gone');
    await lookAtMenu(tab, NAME[to]);
  },
  sent: sentOn,
};
