// Bluesky (docs/sites/bluesky.md): the composer from the left nav's "New post", its publish
// button, and the nav's account menu. The composer covers the nav, and a switch remounts the
// app: the person closes the composer, switches, then opens a new one and writes again.
import type { Page } from '@playwright/test';
import {
  bskyPage,
  bskySent,
  composer,
  CORPORATE,
  openComposer,
  PERSONAL,
  switchAccount,
  typePost,
} from '../bluesky-helpers';
import type { SiteDriver } from './site-driver';

/** What each page's person was writing when they switched: written again afterwards. */
const writing = new WeakMap<Page, string>();

export const blueskyDriver: SiteDriver = {
  platform: 'bluesky',
  shown: { corporate: `@${CORPORATE}`, personal: `@${PERSONAL}` },
  recorded: { corporate: CORPORATE, personal: PERSONAL },
  composerInShadowRoot: false,
  open(context, who, tab) {
    // Hidden: no left nav (the mobile layout), and the session kept where no version of the
    // app Postguard knows keeps it: nothing says who posts.
    if (who === 'hidden')
      return bskyPage(context, { active: CORPORATE, nav: 'none', session: 'elsewhere' }, tab);
    return bskyPage(context, { active: who === 'personal' ? PERSONAL : CORPORATE }, tab);
  },
  async compose(page, text) {
    if (!(await composer(page).editor.isVisible())) await openComposer(page);
    await composer(page).editor.click();
    await typePost(page, text);
    writing.set(page, text);
  },
  send: (page) => composer(page).publish.click(),
  async switchAccount(page, to) {
    // The composer covers the nav: the person closes it ("Save draft?" › Discard) first.
    if (await composer(page).editor.isVisible()) {
      await page.keyboard.press('Escape');
      await page
        .getByRole('dialog', { name: 'Save draft?' })
        .getByRole('button', { name: 'Discard' })
        .click();
    }
    await switchAccount(page, to === 'corporate' ? CORPORATE : PERSONAL);
    const text = writing.get(page);
    if (text) await this.compose(page, text);
  },
  editor: (page) => composer(page).editor,
  async sent(page) {
    return (await bskySent(page)).map(({ account, texts }) => ({ account, texts }));
  },
};
