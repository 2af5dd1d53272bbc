// Facebook (docs/sites/facebook.md): the post's comment box, sent with Enter; the identity is
// read from the account menu, so opening the site includes a glance at that menu.
import { compose, editorOf, facebookPage, lookAtMenu, send, switchTo } from '../facebook-helpers';
import { PAGE_OR_MEMBER, sentOn, type SiteDriver } from './site-driver';

const NAME = PAGE_OR_MEMBER;

export const facebookDriver: SiteDriver = {
  platform: 'facebook',
  shown: NAME,
  recorded: NAME,
  composerInShadowRoot: false,
  async open(context, who, tab) {
    const query: Record<string, string> =
      who === 'hidden'
        ? { active: NAME.corporate, hideAuthor: '1', hideMenu: '1' }
        : { active: NAME[who] };
    const page = await facebookPage(context, query, tab);
    if (who !== 'hidden') await lookAtMenu(page);
    return page;
  },
  async compose(page, text) {
    await compose(page, 'comment', text);
  },
  send: (page) => send(page, 'comment'),
  async switchAccount(page, to) {
    await switchTo(page, NAME[to]);
    await lookAtMenu(page, { expected: NAME[to] });
  },
  editor: (page) => editorOf(page, 'comment'),
  sent: sentOn,
};
