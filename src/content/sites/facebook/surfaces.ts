// Where Facebook's compose boxes are, found by structure (any language):
// - `create-post`: the Create post dialog (a [role=dialog] holding a Lexical
//   editor and no post above it), sent with its primary button;
// - `comment`: a comment box under a post, sent with plain Enter or its button.
import type { ComposeSurface } from '../adapter';
import { closestAny, queryAll, queryFirst, uniqueSurfaces } from '../dom';
import { FACEBOOK_SELECTORS as S } from './selectors';

const CONTROL = S.control.join(', ');

export const follows = (a: Node, b: Node) =>
  (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;

export function isEditor(el: Element): boolean {
  return S.editor.some((selector) => el.matches(selector));
}

export function insideEditor(el: Element): boolean {
  return closestAny(el, S.editor) !== null;
}

export function controlAt(el: Element): HTMLElement | null {
  return el.closest<HTMLElement>(CONTROL);
}

/** Dialogs seen holding a Create post editor: a view of theirs without it (audience) is still theirs. */
const composeDialogs = new WeakSet<Element>();

export function isComposeDialog(el: Element): boolean {
  return composeDialogs.has(el);
}

/** Controls in `root`, outermost only, in document order, outside any editor or shared post. */
function controlsIn(root: Element): HTMLElement[] {
  const all = [...root.querySelectorAll<HTMLElement>(CONTROL)].filter(
    (c) => !insideEditor(c) && !(closestAny(c, S.post) && !closestAny(root, S.post)),
  );
  return all.filter((c) => !all.some((other) => other !== c && other.contains(c)));
}

/** The primary control: the last one after the last editor (structure, any language). */
function structuralSendControl(root: Element, editors: Element[]): HTMLElement | null {
  const last = editors[editors.length - 1];
  if (!last) return null;
  const after = controlsIn(root).filter((c) => follows(last, c));
  return after[after.length - 1] ?? null;
}

export function labelSelectors(kind: string): readonly string[] {
  return kind === 'comment' ? S.commentButtonLabel : S.postButtonLabel;
}

/** A post shown above the editor in its dialog: the dialog is that post's, the editor a comment box. */
function postAbove(editor: Element): boolean {
  const dialog = closestAny(editor, S.dialog);
  return !!dialog && queryAll(dialog, S.post).some((post) => follows(post, editor));
}

/**
 * Is this editor a comment box? It is under a post, or below the post in a
 * post's dialog; the English labels are the last resort.
 */
function isCommentEditor(editor: Element): boolean {
  if (closestAny(editor, S.post) || postAbove(editor)) return true;
  return S.commentEditorLabel.some((selector) => editor.matches(selector));
}

/** A box that holds more than one comment box: a post, a dialog, or around a post. */
function beyondCommentBox(el: Element): boolean {
  return [...S.post, ...S.dialog].some((s) => el.matches(s)) || queryFirst(el, S.post) !== null;
}

function commentRoot(editor: Element): Element {
  const box = closestAny(editor, S.commentBox);
  if (box && !beyondCommentBox(box)) return box;
  // Else the smallest box around the editor that holds a control after it (its
  // send button), never as far as the post: the post's author is not the commenter.
  for (
    let node = editor.parentElement;
    node && !beyondCommentBox(node);
    node = node.parentElement
  ) {
    if (structuralSendControl(node, [editor])) return node;
  }
  return editor.parentElement ?? editor;
}

/** The Create post dialog; a post shown below the editor (sharing a post) is allowed. */
function createPostRoot(editor: Element): Element | null {
  const dialog = postAbove(editor) ? null : closestAny(editor, S.dialog);
  if (dialog) composeDialogs.add(dialog);
  return dialog;
}

export function surfaceOf(editor: Element): ComposeSurface | null {
  let kind: 'comment' | 'create-post' = 'comment';
  let root = isCommentEditor(editor) ? commentRoot(editor) : null;
  if (!root) {
    kind = 'create-post';
    root = createPostRoot(editor);
  }
  if (!root) return null;
  const editors = queryAll(root, S.editor).sort((a, b) => (follows(a, b) ? -1 : 1));
  const sendControl =
    structuralSendControl(root, editors) ??
    (queryFirst(root, labelSelectors(kind)) as HTMLElement | null);
  return { root, kind, editors, sendControl };
}

export function findSurfaces(doc: Document): ComposeSurface[] {
  return uniqueSurfaces(queryAll(doc, S.editor), surfaceOf);
}
