// X. What is known of X's pages, and how sure we are of each part, is in
// docs/sites/x.md; the selectors are data (selectors.ts); its hosts and
// handle format are the platform registry's (core/platforms.ts).
import { displayHandle } from '../../../core/platforms';
import type { SendAttempt, SiteAdapter } from '../adapter';
import { closestAny, editorText, isControlEnabled } from '../dom';
import { readXAccount } from './account';
import { EDITOR_TEST_ID, X_SELECTORS, X_SELECTOR_TABLE } from './selectors';
import { editorAround, editorsIn, findSurfaces, surfaceOf } from './surfaces';
import { isTweetDeck, TWEETDECK_SELECTORS, tweetdeckAdapter } from './tweetdeck';

export { X_SELECTORS } from './selectors';

/** x.com's own web app. */
const xWebAdapter: SiteAdapter<'x'> = {
  platform: 'x',
  selectors: X_SELECTOR_TABLE,
  watch: {
    // The compose box's own avatar sits outside the box: a change in any
    // avatar may change the account (timeline growth adds avatars, but
    // additions are judged by `arrivals`, which holds none).
    anchors: [
      ...X_SELECTORS.editor,
      ...X_SELECTORS.sendButton,
      ...X_SELECTORS.modal,
      ...X_SELECTORS.accountSwitcher,
      ...X_SELECTORS.profileLink,
      ...X_SELECTORS.avatar,
    ].join(', '),
    arrivals: [
      ...X_SELECTORS.editor,
      ...X_SELECTORS.accountSwitcher,
      ...X_SELECTORS.profileLink,
    ].join(', '),
  },

  /** Where the post's test id sits: on the editable (seen in 2025), or on a wrapper (older). */
  shell(doc) {
    const editors = editorsIn(doc);
    if (editors.length === 0) return 'no-composer';
    return editors.every((el) => EDITOR_TEST_ID.test(el.getAttribute('data-testid') ?? ''))
      ? 'testid-on-editor'
      : 'testid-on-wrapper';
  },

  findSurfaces,

  clickSendAt(target): SendAttempt | null {
    const control = closestAny(target, X_SELECTORS.sendButton) as HTMLElement | null;
    const surface = control && surfaceOf(control);
    return control && surface ? { surface, control, via: 'click' } : null;
  },

  keyboardSendAt(event, target): SendAttempt | null {
    // X sends on Ctrl+Enter, and on Cmd+Enter on macOS.
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return null;
    const editor = editorAround(target);
    const surface = editor && surfaceOf(editor);
    const control = surface?.sendControl;
    return surface && control ? { surface, control, via: 'keyboard' } : null;
  },

  isSendEnabled: isControlEnabled,

  readTexts(surface) {
    return surface.editors.map((editor) => editorText(editor, X_SELECTORS.draftBlock));
  },

  readAccount: readXAccount,

  formatAccount: (handle) => displayHandle('x', handle),
};

/**
 * The X adapter: x.com's web app, or legacy TweetDeck where that client has replaced the
 * page at x.com/i/tweetdeck (docs/sites/x.md#tweetdeck). Each call asks the page which it
 * is: the client replaces the document's body after the content script has started.
 */
export const xAdapter: SiteAdapter<'x'> = {
  platform: 'x',
  selectors: {
    ...X_SELECTOR_TABLE,
    ...Object.fromEntries(
      Object.entries(TWEETDECK_SELECTORS).map(([name, list]) => [`tweetdeck.${name}`, list]),
    ),
  },
  watch: {
    anchors: `${xWebAdapter.watch.anchors}, ${tweetdeckAdapter.watch.anchors}`,
    arrivals: `${xWebAdapter.watch.arrivals}, ${tweetdeckAdapter.watch.arrivals}`,
  },
  shell: (doc) => on(doc).shell(doc),
  findSurfaces: (doc) => on(doc).findSurfaces(doc),
  clickSendAt: (target) => on(target.ownerDocument).clickSendAt(target),
  keyboardSendAt: (event, target) => on(target.ownerDocument).keyboardSendAt(event, target),
  isSendEnabled: (control) => on(control.ownerDocument).isSendEnabled(control),
  readTexts: (surface) => on(surface.root.ownerDocument).readTexts(surface),
  readAccount: (surface, doc) => on(doc).readAccount(surface, doc),
  formatAccount: (handle) => displayHandle('x', handle),
};

function on(doc: Document): SiteAdapter<'x'> {
  return isTweetDeck(doc) ? tweetdeckAdapter : xWebAdapter;
}

export default xAdapter;
