// LinkedIn (docs/sites/linkedin.md): the feed's share modal on the 2026 shell (in an open
// shadow root), its Post button, and the author picker.
import { linkedinPage, share, startPost, switchAuthor, typePost } from '../linkedin-helpers';
import { PAGE_OR_MEMBER, sentOn, type SiteDriver } from './site-driver';

const NAME = PAGE_OR_MEMBER;

export const linkedinDriver: SiteDriver = {
  platform: 'linkedin',
  shown: NAME,
  recorded: NAME,
  composerInShadowRoot: true,
  async open(context, who, tab) {
    // The member (Jane Doe) posts unless the author is set; hideAuthor: nothing shows who.
    const query =
      who === 'personal'
        ? {}
        : { author: NAME.corporate, ...(who === 'hidden' && { hideAuthor: '1' }) };
    return linkedinPage(context, query, undefined, tab);
  },
  async compose(page, text) {
    // The share modal closes after each post; "Start a post" opens it with the editor focused.
    if (!(await share(page).editor.isVisible())) await startPost(page);
    await share(page).editor.click();
    await typePost(page, text);
  },
  send: (page) => share(page).post.click(),
  switchAccount: (page, to) => switchAuthor(page, NAME[to]),
  editor: (page) => share(page).editor,
  sent: sentOn,
};
