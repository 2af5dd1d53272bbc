// LinkedIn (docs/sites/linkedin.md): the feed's share modal on the 2026 shell (in an open
// shadow root), its Post button, and the author picker.
import { expect } from '@playwright/test';
import { css } from '../tab';
import { PAGE_OR_MEMBER, sentOn, siteUrl, type SiteDriver } from './site-driver';

const NAME = PAGE_OR_MEMBER;
const MODAL = '.share-box-v2__modal';
// The feed keeps a closed share modal in the page: the open one is the visible one.
const EDITOR = css(`${MODAL} div.ql-editor[contenteditable="true"]`, { visible: true });
const POST = `${MODAL} button.share-actions__primary-action`;
const AUTHOR = css(
  `${MODAL} .share-unified-settings-entry-button, ${MODAL} .share-creation-state__author-button`,
  { visible: true },
);

export const linkedinDriver: SiteDriver = {
  platform: 'linkedin',
  shown: NAME,
  recorded: NAME,
  composerInShadowRoot: true,
  // No keyboard shortcut posts from the share modal (docs/sites/linkedin.md, "Send").
  sendShortcut: 'none',
  editor: EDITOR,
  async open(browser, who, tab) {
    // The member (Jane Doe) posts unless the author is set; hideAuthor: nothing shows who.
    const query =
      who === 'personal'
        ? {}
        : { author: NAME.corporate, ...(who === 'hidden' && { hideAuthor: '1' }) };
    const page = tab ?? (await browser.newTab());
    await page.goto(
      siteUrl('www.linkedin.com', '/feed/', query),
      css('button.share-box-feed-entry__trigger'),
    );
    return page;
  },
  async compose(tab, text) {
    // The share modal closes after each post; "Start a post" opens it.
    if (!(await tab.isVisible(EDITOR)))
      await tab.click(css('button.share-box-feed-entry__trigger'));
    await tab.click(EDITOR);
    await tab.enterText(text);
    // LinkedIn enables Post a tick after the text is there.
    await expect.poll(() => tab.count(css(`${POST}:not([disabled])`, { visible: true }))).toBe(1);
  },
  send: (tab) => tab.click(css(POST, { visible: true })),
  async switchAccount(tab, to) {
    await tab.click(AUTHOR);
    const visible = { visible: true } as const;
    await tab.click(css(`${MODAL} input[type="radio"][value="${NAME[to]}"]`, visible));
    await tab.click(
      css(`${MODAL} .share-unified-settings-menu__footer .artdeco-button--primary`, visible),
    );
    await expect.poll(() => tab.textOf(AUTHOR)).toContain(NAME[to]);
  },
  sent: sentOn,
};
