// Facebook. What is known of its pages, and the evidence for every selector
// (selectors.ts): docs/sites/facebook.md; its hosts: core/platforms.ts.
//
// Two surfaces are guarded (surfaces.ts): the Create post dialog and comment
// boxes. The identity, the person's profile or a Page, is read from the
// account menu, cross-checked with the name the compose box shows
// (identity.ts, account-menu.ts); what cannot be read leaves it unknown.
import type { SiteAdapter } from '../adapter';
import { isControlEnabled, queryFirst } from '../dom';
import { noteMenuChoice } from './account-menu';
import { readFacebookAccount } from './identity';
import { FACEBOOK_SELECTORS as S } from './selectors';
import { keyboardSendAt, sendAttemptAt } from './sends';
import { findSurfaces, isEditor } from './surfaces';
import { lexicalText } from './text';

export { FACEBOOK_SELECTORS } from './selectors';

/** What opens the account menu, by which of its selectors (see shell()). */
function accountButtonForm(doc: Document): string {
  const index = S.accountButton.findIndex((selector) => queryFirst(doc, [selector]));
  return ['profile-picture', 'profile-label', 'account-label', 'banner-picture'][index] ?? 'none';
}

export const facebookAdapter: SiteAdapter<'facebook'> = {
  platform: 'facebook',
  selectors: S,
  watch: {
    // The menu's entries: opening it, its list of profiles arriving, and
    // aria-checked moving from one entry to another all change the account.
    // (The menu's button itself names no one: watching it would cost a query
    // of every subtree a busy feed adds, for nothing.)
    anchors: [...S.editor, ...S.dialog, ...S.commentBox, ...S.accountEntry].join(', '),
    arrivals: [...S.editor, ...S.accountEntry].join(', '),
  },
  /** `web` and how the account menu's button was found (`web/account-button:none` when it was not). */
  shell: (doc) => `web/account-button:${accountButtonForm(doc)}`,

  findSurfaces,

  clickSendAt(target) {
    noteMenuChoice(target);
    return sendAttemptAt(target, 'click');
  },

  keyboardSendAt(event, target) {
    // An IME's Enter confirms the composition; it never sends.
    if (event.isComposing || event.keyCode === 229) return null;
    if (event.key === 'Enter' || event.key === ' ') noteMenuChoice(target);
    return keyboardSendAt(event, target);
  },

  isSendEnabled(control) {
    if (isEditor(control)) return lexicalText(control).trim() !== '';
    return isControlEnabled(control);
  },

  readTexts(surface) {
    return surface.editors.map(lexicalText);
  },

  readAccount: readFacebookAccount,

  /** Facebook shows a name ("Jane Doe", "Kingsford Council"), no @. */
  formatAccount: (handle) => handle.trim(),
};

export default facebookAdapter;
