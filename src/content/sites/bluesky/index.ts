// Bluesky (bsky.app). What the web client looks like, and the evidence for each selector:
// docs/sites/bluesky.md; the selectors themselves: selectors.ts; its host: core/platforms.ts.
//
// A post leaves the composer two ways a person starts: the publish button, and
// Ctrl/Cmd+Enter in a post's editor, which the app turns into a publish directly (no click
// on the button, whatever its state). Both are guarded. What may follow a publish the guard
// let go is the same publish, not a new one: the "Skip empty posts?" prompt's "Post anyway"
// and the publish the app makes by itself once a video has uploaded (docs/sites/bluesky.md#sends).
import { displayHandle } from '../../../core/platforms';
import type { SendAttempt, SiteAdapter } from '../adapter';
import { closestAny, isControlEnabled, queryAll } from '../dom';
import { SiteError } from '../problems';
import { readBlueskyAccount } from './account';
import { BLUESKY_SELECTORS as S } from './selectors';
import { composerOf, findSurfaces, surfaceOf } from './surfaces';
import { postText } from './text';

export { BLUESKY_SELECTORS } from './selectors';

/** Whether `event` publishes from `editor`, exactly as the app tests it. */
function publishesFrom(event: KeyboardEvent, editor: Element): boolean {
  if (!(event.ctrlKey || event.metaKey)) return false;
  // TipTap's handler tests `code` (Ctrl+numpad Enter inserts a line break); the plain
  // textarea shown while TipTap loads tests `key`.
  return editor instanceof HTMLTextAreaElement ? event.key === 'Enter' : event.code === 'Enter';
}

/** Presses the person's keys again on the editor: the app publishes as it did for them. */
function pressAgain(event: KeyboardEvent, editor: Element): () => void {
  const { key, code, ctrlKey, metaKey, shiftKey, altKey } = event;
  return () => {
    const init = { key, code, ctrlKey, metaKey, shiftKey, altKey };
    editor.dispatchEvent(
      new KeyboardEvent('keydown', { ...init, bubbles: true, cancelable: true, composed: true }),
    );
  };
}

export const blueskyAdapter: SiteAdapter<'bluesky'> = {
  platform: 'bluesky',
  selectors: S,
  watch: {
    anchors: [...S.composer, ...S.accountCard, ...S.profileLink].join(', '),
    arrivals: [...S.composer, ...S.editor, ...S.accountCard, ...S.profileLink].join(', '),
  },

  /** TipTap's editor, or the plain textarea of a composer whose editor is still loading. */
  shell(doc) {
    const editors = queryAll(doc, S.editor).filter((el) => composerOf(el));
    if (editors.length === 0) return 'no-composer';
    return editors.some((el) => el instanceof HTMLTextAreaElement) ? 'fallback-input' : 'tiptap';
  },

  findSurfaces,

  clickSendAt(target): SendAttempt | null {
    const control = closestAny(target, S.publishButton) as HTMLElement | null;
    const composer = control && composerOf(control);
    return control && composer ? { surface: surfaceOf(composer), control, via: 'click' } : null;
  },

  // The editor is the control: the app publishes on these keys even while its button is
  // disabled or gone, so the guard judges every such press and releases it as pressed.
  keyboardSendAt(event, target): SendAttempt | null {
    const editor = closestAny(target, S.editor);
    const composer = editor && composerOf(editor);
    if (!editor || !composer || !publishesFrom(event, editor)) return null;
    return {
      surface: surfaceOf(composer),
      control: editor as HTMLElement,
      via: 'keyboard',
      release: pressAgain(event, editor),
    };
  },

  isSendEnabled: isControlEnabled,

  readTexts(surface) {
    // Thrown, the guard fails closed: asks, saying the post could not be checked.
    if (surface.editors.length === 0) throw new SiteError('text-box-missing');
    // The app leaves empty posts out of a thread ("Skip empty posts?").
    const texts = surface.editors.map(postText).filter((text) => text.trim() !== '');
    return texts.length > 0 ? texts : [''];
  },

  readAccount: readBlueskyAccount,

  formatAccount: (handle) => displayHandle('bluesky', handle),
};

export default blueskyAdapter;
