// LinkedIn. What the page looks like, and the evidence for each selector:
// docs/sites/linkedin.md; the selectors themselves: selectors.ts; its hosts:
// core/platforms.ts.
//
// Only the share modal ("Start a post") is guarded, in both shells: the 2026 one renders
// it in an open shadow root on #interop-outlet (found through `shadowHosts`), the older
// one in the light DOM. Everything is scoped to an open share modal: the hidden /preload
// sharebox copy, the messaging overlay (a second dialog with its own editor) and the
// TipTap comment boxes are none of the guard's business. Messages are not guarded: they
// go to one person, from the member, and LinkedIn sends them on plain Enter. Comments are
// not guarded yet (docs/sites/linkedin.md#not-guarded).
import type { SendAttempt, SiteAdapter } from '../adapter';
import { closestAny, isControlEnabled, queryAll } from '../dom';
import { SiteError } from '../problems';
import { readAuthor } from './author';
import { LINKEDIN_SELECTORS as S } from './selectors';
import { isOpenModal, labelledSend, openShareModals, shareModalOf, surfaceOf } from './share-modal';
import { postText, squash } from './text';

export { LINKEDIN_SELECTORS } from './selectors';
export { postText, visibleLines } from './text';

export const linkedinAdapter: SiteAdapter<'linkedin'> = {
  platform: 'linkedin',
  selectors: {
    shadowHost: S.shadowHost,
    shareModal: S.shareModal,
    editor: S.editor,
    sendButton: S.sendButton,
    authorButton: S.authorButton,
    settingsAuthorButton: S.settingsAuthorButton,
  },
  // Everything LinkedIn shows is in its share modal, which holds the editor.
  watch: {
    anchors: [...S.shareModal, ...S.authorButton, ...S.settingsAuthorButton].join(', '),
    arrivals: S.editor.join(', '),
  },
  shadowHosts: S.shadowHost,

  // The 2026 shell has its host from the start (its shadow root may come later); the
  // older one is told by an open share modal in the light DOM. Else: nothing to tell by.
  shell(doc) {
    if (queryAll(doc, S.shadowHost).length > 0) return 'shadow-2026';
    if (queryAll(doc, S.shareModal).some(isOpenModal)) return 'light-dom';
    return 'none';
  },

  findSurfaces(doc) {
    return openShareModals(doc).map(surfaceOf);
  },

  // The modal the click happened in, wherever it lives: the person clicked it, so it is
  // open, whatever the page's markup says about it.
  clickSendAt(target): SendAttempt | null {
    const modal = shareModalOf(target);
    if (!modal) return null;
    const byClass = closestAny(target, S.sendButton) as HTMLElement | null;
    const control = byClass && modal.contains(byClass) ? byClass : labelledSend(target, modal);
    return control ? { surface: surfaceOf(modal), control, via: 'click' } : null;
  },

  // No keyboard shortcut posts from the share box; Enter sends in messaging,
  // which is not guarded (see the top of this file).
  keyboardSendAt: () => null,

  isSendEnabled: isControlEnabled,

  readTexts(surface) {
    const editor = surface.editors[0];
    // Thrown, the guard fails closed: asks, saying the post could not be checked.
    if (!editor) throw new SiteError('text-box-missing');
    return [postText(editor)];
  },

  readAccount(surface, doc) {
    return readAuthor(surface?.root ?? openShareModals(doc)[0] ?? null, doc);
  },

  formatAccount: (handle) => squash(handle),
};

export default linkedinAdapter;
