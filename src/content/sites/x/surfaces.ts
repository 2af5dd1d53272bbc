// X's compose boxes: one editor per post (the contenteditable whose test id is
// exactly `tweetTextarea_<n>`), and the send button in the toolbar beside
// them. The toolbar is not an ancestor of the editor, so a compose box is the
// smallest element, walking up from the editor, that also holds a send button
// (docs/sites/x.md#compose-boxes).
import type { ComposeSurface } from '../adapter';
import { closestAny, queryAll, queryFirst, uniqueSurfaces } from '../dom';
import { EDITOR_TEST_ID, X_SELECTORS } from './selectors';

/**
 * The post index of an editable: from its own test id, or (the first
 * edition's shape) the nearest wrapper's. Null when neither is exactly
 * `tweetTextarea_<n>`: a wrapper such as `tweetTextarea_0RichTextInputContainer`
 * is never an editor.
 */
export function postIndex(el: Element): number | null {
  if (el.getAttribute('contenteditable') !== 'true') return null;
  for (let node: Element | null = el; node; node = node.parentElement) {
    const match = EDITOR_TEST_ID.exec(node.getAttribute('data-testid') ?? '');
    if (match) return Number(match[1]);
  }
  return null;
}

/** Every post editor in `scope`, each once, in thread order. */
export function editorsIn(scope: ParentNode): Element[] {
  return queryAll(scope, X_SELECTORS.editor)
    .filter((el) => postIndex(el) !== null)
    .sort((a, b) => postIndex(a)! - postIndex(b)!);
}

/** The post editor `el` is in (or is), if any. */
export function editorAround(el: Element): Element | null {
  const editor = closestAny(el, X_SELECTORS.editor);
  return editor && postIndex(editor) !== null ? editor : null;
}

/** The smallest ancestor-or-self of `el` holding a post editor and a send button. */
function composeRootOf(el: Element): Element | null {
  for (let node: Element | null = el; node; node = node.parentElement) {
    // The button first: one query that stops at the first match.
    if (queryFirst(node, X_SELECTORS.sendButton) && editorsIn(node).length > 0) return node;
  }
  return null;
}

/** The compose box around an editor or a send button. */
export function surfaceOf(el: Element): ComposeSurface | null {
  const root = composeRootOf(el);
  if (!root) return null;
  const sendControl = queryFirst(root, X_SELECTORS.sendButton) as HTMLElement | null;
  const inModal = closestAny(root, X_SELECTORS.modal) !== null;
  // Kind is for people and the audit log only; nothing is decided on it.
  const kind = inModal
    ? 'modal'
    : sendControl?.textContent?.trim() === 'Reply'
      ? 'reply'
      : 'inline';
  return { root, kind, editors: editorsIn(root), sendControl };
}

export function findSurfaces(doc: Document): ComposeSurface[] {
  return uniqueSurfaces(editorsIn(doc), surfaceOf);
}
