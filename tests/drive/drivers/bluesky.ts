// Bluesky (docs/sites/bluesky.md): the composer from the left nav's "New post", its publish
// button, and the nav's account menu. The composer covers the nav, and a switch remounts the
// app: the person closes the composer, switches, then opens a new one and writes again.
import { expect } from '@playwright/test';
import { css, type Tab } from '../tab';
import { sentOn, siteUrl, type SiteDriver } from './site-driver';

const CORPORATE = 'kingsford.gov.uk';
const PERSONAL = 'janedoe.bsky.social';
const VIEW = '[data-testid="composePostView"]';
const EDITOR = css(`${VIEW} .ProseMirror[contenteditable="true"]`);
const NEW_POST_ANYWHERE = css(
  'button[aria-label="Compose new post"], button[aria-label="New post"]',
);

/** What each tab's person was writing when they switched: written again afterwards. */
const writing = new WeakMap<Tab, string>();

export const blueskyDriver: SiteDriver = {
  platform: 'bluesky',
  shown: { corporate: `@${CORPORATE}`, personal: `@${PERSONAL}` },
  recorded: { corporate: CORPORATE, personal: PERSONAL },
  composerInShadowRoot: false,
  sendShortcut: 'sends',
  editor: EDITOR,
  async open(browser, who, tab) {
    // Hidden: no left nav (the mobile layout), and the session kept where no version of the
    // app Postguard knows keeps it: nothing says who posts.
    const query: Record<string, string> =
      who === 'hidden'
        ? { active: CORPORATE, nav: 'none', session: 'elsewhere' }
        : { active: who === 'personal' ? PERSONAL : CORPORATE };
    const page = tab ?? (await browser.newTab());
    // Ready once a way to write is there: the nav's "New post", or the floating one.
    await page.goto(siteUrl('bsky.app', '/', query), NEW_POST_ANYWHERE);
    return page;
  },
  async compose(tab, text) {
    if (!(await tab.isVisible(EDITOR))) {
      // The nav's button, or the floating one where there is no nav.
      await tab.click(NEW_POST_ANYWHERE);
    }
    await tab.click(EDITOR);
    await tab.enterText(text);
    await expect.poll(() => tab.textOf(EDITOR)).toContain(text.split('\n').at(-1)!);
    writing.set(tab, text);
  },
  send: (tab) => tab.click(css(`${VIEW} [data-testid="composerPublishBtn"]`)),
  async switchAccount(tab, to) {
    // The composer covers the nav: the person closes it ("Save draft?" › Discard) first.
    if (await tab.isVisible(EDITOR)) {
      await tab.press('Escape');
      await tab.click(css('[role="dialog"] [role="button"][aria-label="Discard"]'));
      await tab.waitFor(EDITOR, 'gone');
    }
    const handle = to === 'corporate' ? CORPORATE : PERSONAL;
    await tab.click(css('button[aria-label="Switch accounts"]'));
    await tab.click(css(`[role="menuitem"][aria-label="Switch to @${handle}"]`));
    // The app remounts, then says so: the person writes once it has.
    await tab.waitFor(css(`a[aria-label="Profile"][href="/profile/${handle}"]`));
    await expect.poll(() => tab.textOf(css('.toasts'))).toContain(`Signed in as @${handle}`);
    const text = writing.get(tab);
    if (text) await this.compose(tab, text);
  },
  sent: sentOn,
};
