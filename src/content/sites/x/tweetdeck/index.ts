// Legacy TweetDeck at x.com/i/tweetdeck (docs/sites/x.md#tweetdeck): the X adapter hands
// over to this one on that page (../index.ts). Its composers are the docked one, whose
// "From" chooser may hold several selected accounts (one tweet each), and the inline
// reply in a column. A person sends with the "Tweet" button (a click, or Enter or Space on
// it) or with Ctrl/Cmd+Enter in the text, which one window listener of the client acts on.
import { displayHandle } from '../../../../core/platforms';
import type { ComposeSurface, SendAttempt, SiteAdapter } from '../../adapter';
import { closestAny, queryAll, queryFirst, uniqueSurfaces } from '../../dom';
import { SiteError } from '../../problems';
import { readTweetDeckAccounts } from './account';
import { TWEETDECK_PATH, TWEETDECK_SELECTORS as S } from './selectors';

export { TWEETDECK_SELECTORS } from './selectors';

/** Whether `doc` is the legacy client: its address, and the page it put in place of x.com's. */
export function isTweetDeck(doc: Document): boolean {
  const path = doc.location?.pathname ?? '';
  const onPath = path === TWEETDECK_PATH || path.startsWith(`${TWEETDECK_PATH}/`);
  return onPath && queryFirst(doc, S.client) !== null;
}

function surfaceOf(root: Element): ComposeSurface {
  return {
    root,
    kind: root.matches('.js-inline-reply') ? 'inline-reply' : 'docked',
    editors: queryAll(root, S.editor),
    sendControl: queryFirst(root, S.sendButton) as HTMLElement | null,
  };
}

const composerOf = (el: Element) => closestAny(el, S.composer);

export const tweetdeckAdapter: SiteAdapter<'x'> = {
  platform: 'x',
  selectors: S,
  watch: {
    // The client replaces the whole body at start, and mounts composers as it opens them.
    anchors: [...S.composer, ...S.selectedAccount].join(', '),
    arrivals: [...S.client, ...S.composer, ...S.editor].join(', '),
  },
  shell: (doc) => (queryFirst(doc, S.composer) ? 'tweetdeck' : 'tweetdeck-no-composer'),

  findSurfaces: (doc) =>
    uniqueSurfaces(queryAll(doc, S.editor), (editor) => {
      const root = composerOf(editor);
      return root ? surfaceOf(root) : null;
    }),

  clickSendAt(target): SendAttempt | null {
    const control = closestAny(target, S.sendButton) as HTMLElement | null;
    const root = control && composerOf(control);
    return control && root ? { surface: surfaceOf(root), control, via: 'click' } : null;
  },

  keyboardSendAt(event, target): SendAttempt | null {
    if (event.key !== 'Enter' && event.key !== ' ') return null;
    const root = composerOf(target);
    if (!root) return null;
    const surface = surfaceOf(root);
    const control = surface.sendControl;
    // Enter or Space on the focused "Tweet" button sends at keydown.
    const onButton = closestAny(target, S.sendButton);
    if (onButton && onButton === control) return { surface, control, via: 'keyboard' };
    // Ctrl/Cmd+Enter in the text (even with the autocomplete list open: its handler forgets
    // the chosen item on the Ctrl or Cmd keydown), or on a checkbox or radio of the composer
    // ("Stay open"), which the client's shortcut matches too (docs/sites/x.md#tweetdeck).
    const fromHere = closestAny(target, [...S.editor, ...S.shortcutToggle]);
    const modified = event.key === 'Enter' && (event.ctrlKey || event.metaKey);
    if (!fromHere || !modified || !control) return null;
    return { surface, control, via: 'keyboard' };
  },

  // "Disabled" is the class alone; the client drops a send then (its own check).
  isSendEnabled: (control) =>
    !control.classList.contains('is-disabled') && !(control as HTMLButtonElement).disabled,

  readTexts(surface) {
    // The client's text box is a plain textarea: its value is the tweet.
    const editor = surface.editors[0];
    if (!(editor instanceof HTMLTextAreaElement)) throw new SiteError('text-box-missing');
    return [editor.value];
  },

  readAccount: (surface, doc) =>
    readTweetDeckAccounts(surface ?? tweetdeckAdapter.findSurfaces(doc)[0] ?? null),

  formatAccount: (handle) => displayHandle('x', handle),
};
