// X (docs/sites/x.md): Home's inline compose box, its Post button, the side-nav switcher.
import { expect } from '@playwright/test';
import { css } from '../tab';
import { sentOn, siteUrl, type SiteDriver } from './site-driver';

const CORPORATE = 'KingsfordGov';
const PERSONAL = 'janedoe_fun';
const HOME_BOX = '[data-testid="primaryColumn"] .composer';
const SWITCHER = css('[data-testid="SideNav_AccountSwitcher_Button"]');

export const xDriver: SiteDriver = {
  platform: 'x',
  shown: { corporate: `@${CORPORATE}`, personal: `@${PERSONAL}` },
  recorded: { corporate: CORPORATE, personal: PERSONAL },
  composerInShadowRoot: false,
  sendShortcut: 'sends',
  editor: css(`${HOME_BOX} .public-DraftEditor-content`),
  async open(browser, who, tab) {
    // Hidden: no switcher, Profile link or avatars, as narrow layouts and other extensions
    // leave it; the fixture still posts as the corporate account.
    const hidden = { hideSwitcher: '1', hideProfileLink: '1', hideAvatars: '1' };
    const query = {
      active: who === 'personal' ? PERSONAL : CORPORATE,
      ...(who === 'hidden' && hidden),
    };
    const page = tab ?? (await browser.newTab());
    await page.goto(siteUrl('x.com', '/home', query), this.editor);
    return page;
  },
  async compose(tab, text) {
    await tab.click(this.editor);
    await tab.enterText(text);
  },
  send: (tab) => tab.click(css(`${HOME_BOX} [data-testid="tweetButtonInline"]`)),
  async switchAccount(tab, to) {
    const handle = to === 'corporate' ? CORPORATE : PERSONAL;
    await tab.click(SWITCHER);
    await tab.click(css(`[data-testid="AccountSwitcher_Item-${handle}"]`));
    await expect.poll(() => tab.textOf(SWITCHER)).toContain(`@${handle}`);
  },
  sent: sentOn,
};
