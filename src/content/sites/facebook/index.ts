// Facebook (www., web., m.facebook.com). Site knowledge from docs:
// ../shared/site-facts.md; every selector is data with fallbacks, tried in order.
//
// Facebook is localised ("Post" is "Publier", "Posten"…), so controls are found
// by where they are and what role they have; English labels are the last
// fallback. Two surfaces are guarded:
// - `create-post`: the Create post dialog (a [role=dialog] holding a Lexical
//   editor and no post), sent with its primary button;
// - `comment`: a comment box under a post, sent with plain Enter or its button.
import type { AccountRead, ComposeSurface, SendAttempt, SiteAdapter } from '../adapter';
import { closestAny, queryAll, queryFirst } from '../dom';
import { lexicalText } from './text';

export const FACEBOOK_SELECTORS = {
  /** The Lexical editable (Mask, snorkel); then any Lexical root that is editable. */
  editor: [
    'div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
    '[contenteditable="true"][data-lexical-editor="true"]',
  ],
  dialog: ['[role="dialog"]'],
  /** A post in the feed or in a post's own dialog; comment boxes live under one. */
  post: ['[role="article"]'],
  /** The smallest box around one comment box (its editor, tools and send control). */
  commentBox: ['form'],
  /** Every control, in document order. The send control is the last one after the editor. */
  control: '[role="button"], button',
  /** English labels: only when the structure gives nothing (the site is localised). */
  postButtonLabel: ['div[role="button"][aria-label="Post"]', '[role="button"][aria-label="Post"]'],
  commentButtonLabel: ['[role="button"][aria-label="Comment"]'],
  commentEditorLabel: [
    '[aria-label^="Write a comment"]',
    '[aria-label^="Write a public comment"]',
    '[aria-label^="Write a reply"]',
    '[aria-label^="Comment as"]',
  ],
  /** Who the composer shows as author: a named picture, then the name written beside it. */
  authorPicture: ['svg[role="img"][aria-label]', '[role="img"][aria-label]', 'img[alt]'],
  /** Text before the editor that is not the author's name. */
  notAuthorText:
    'h1, h2, h3, h4, h5, h6, [role="heading"], [role="button"], button, [aria-hidden="true"], svg, [contenteditable], script, style',
  /** The top bar's account menu: a button showing the current profile's picture. */
  accountMenu: [
    '[role="banner"] [role="button"][aria-haspopup="menu"]',
    '[role="navigation"] [role="button"][aria-haspopup="menu"]',
    '[role="button"][aria-label="Your profile"]',
    '[role="button"][aria-label="Account"]',
  ],
  /** The account menu, when open, checks the current profile. */
  currentProfile: [
    '[role="menu"] [role="menuitemradio"][aria-checked="true"]',
    '[role="menu"] [role="menuitemcheckbox"][aria-checked="true"]',
  ],
} as const;

const S = FACEBOOK_SELECTORS;

const follows = (a: Node, b: Node) =>
  (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;

function isEditor(el: Element): boolean {
  return S.editor.some((selector) => el.matches(selector));
}

function insideEditor(el: Element): boolean {
  return closestAny(el, S.editor) !== null;
}

/** Controls in `root`, outermost only, in document order, outside any editor or shared post. */
function controlsIn(root: Element): HTMLElement[] {
  const all = [...root.querySelectorAll<HTMLElement>(S.control)].filter(
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

function labelSelectors(kind: string): readonly string[] {
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
  return postAbove(editor) ? null : closestAny(editor, S.dialog);
}

function surfaceOf(editor: Element): ComposeSurface | null {
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

function findSurfaces(doc: Document): ComposeSurface[] {
  const roots = new Set<Element>();
  const surfaces: ComposeSurface[] = [];
  for (const editor of queryAll(doc, S.editor)) {
    const surface = surfaceOf(editor);
    if (surface && !roots.has(surface.root)) {
      roots.add(surface.root);
      surfaces.push(surface);
    }
  }
  return surfaces;
}

/** The surface whose send control `el` is (or is inside), by structure or by label. */
function sendAttemptAt(el: Element, via: SendAttempt['via']): SendAttempt | null {
  const control = closestAny(el, [S.control]) as HTMLElement | null;
  if (!control || insideEditor(control)) return null;
  for (const surface of findSurfaces(el.ownerDocument)) {
    if (!surface.root.contains(control)) continue;
    const byLabel = labelSelectors(surface.kind).some((selector) => control.matches(selector));
    if (control === surface.sendControl || byLabel) return { surface, control, via };
  }
  return null;
}

function nameOf(el: Element): string {
  const name = (
    el.getAttribute('aria-label') ??
    el.getAttribute('alt') ??
    el.textContent ??
    ''
  ).trim();
  return name.replace(/\s+/gu, ' ');
}

/** The author the composer shows above its editor, or null. */
function composerAuthor(surface: ComposeSurface): string | null {
  const editor = surface.editors[0];
  if (!editor) return null;
  const header = (el: Element) =>
    follows(el, editor) && !closestAny(el, [S.control]) && !insideEditor(el);
  for (const selector of S.authorPicture) {
    for (const picture of surface.root.querySelectorAll(selector)) {
      const name = header(picture) ? nameOf(picture) : '';
      if (name) return name;
    }
  }
  // The name written beside the picture: the first text before the editor that is
  // not a heading ("Create post"), a control or hidden.
  const doc = surface.root.ownerDocument;
  const walker = doc.createTreeWalker(surface.root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || !follows(node, editor)) break;
    if (closestAny(parent, [S.notAuthorText])) continue;
    const text = (node.nodeValue ?? '').trim().replace(/\s+/gu, ' ');
    if (text) return text;
  }
  return null;
}

/** The current profile as the top bar's account menu shows it, or null. */
function menuAccount(doc: Document): string | null {
  for (const button of queryAll(doc, S.accountMenu)) {
    const own = button.getAttribute('aria-label')?.trim();
    for (const picture of queryAll(button, S.authorPicture)) {
      const name = nameOf(picture);
      // A picture labelled like its button ("Your profile") names no one.
      if (name && name !== own) return name;
    }
  }
  const checked = queryFirst(doc, S.currentProfile);
  const name = checked ? nameOf(checked) : '';
  return name || null;
}

export const facebookAdapter: SiteAdapter = {
  platform: 'facebook',
  selectors: {
    editor: S.editor,
    dialog: S.dialog,
    post: S.post,
    commentBox: S.commentBox,
    accountMenu: S.accountMenu,
    currentProfile: S.currentProfile,
  },
  watch: {
    anchors: [
      ...S.editor,
      ...S.dialog,
      ...S.commentBox,
      ...S.accountMenu,
      ...S.currentProfile,
    ].join(', '),
    arrivals: [...S.editor, ...S.accountMenu, ...S.currentProfile].join(', '),
  },
  shell: () => 'web',

  findSurfaces,

  clickSendAt(target) {
    return sendAttemptAt(target, 'click');
  },

  keyboardSendAt(event, target): SendAttempt | null {
    // An IME's Enter confirms the composition; it never sends.
    if (event.isComposing || event.keyCode === 229) return null;
    // Facebook's controls are div[role=button] that act on Enter and Space
    // themselves: no click event follows, so catch the key on the send control.
    const onControl = !isEditor(target) && !insideEditor(target);
    if (onControl) {
      return event.key === 'Enter' || event.key === ' ' ? sendAttemptAt(target, 'keyboard') : null;
    }
    if (event.key !== 'Enter' || event.shiftKey) return null;
    const editor = closestAny(target, S.editor);
    const surface = editor && surfaceOf(editor);
    if (!surface) return null;
    // Comments send on plain Enter (Shift+Enter = new line). No shortcut is known
    // for posts; Ctrl/Cmd+Enter is caught anyway: holding a key that would not
    // have sent costs a confirmation, missing one that does lets a post out.
    const sends = surface.kind === 'comment' || event.ctrlKey || event.metaKey;
    if (!sends) return null;
    if (surface.kind !== 'comment' && surface.sendControl) {
      return { surface, control: surface.sendControl, via: 'keyboard' };
    }
    // A comment sent with Enter is released the way the person sent it: with an
    // Enter on the editor (Lexical handles key events on its root element,
    // whoever made them). A comment box may have no send button at all, and
    // guessing one by structure could pick an emoji or GIF button.
    const box = editor as HTMLElement;
    const { ctrlKey, metaKey } = event;
    const init = { key: 'Enter', code: 'Enter', ctrlKey, metaKey, bubbles: true, cancelable: true };
    const release = () => box.dispatchEvent(new KeyboardEvent('keydown', init));
    return { surface, control: box, via: 'keyboard', release };
  },

  isSendEnabled(control) {
    if (isEditor(control)) return lexicalText(control).trim() !== '';
    return (
      control.getAttribute('aria-disabled') !== 'true' && !(control as HTMLButtonElement).disabled
    );
  },

  readTexts(surface) {
    return surface.editors.map(lexicalText);
  },

  readAccount(surface, doc): AccountRead {
    const fromComposer = surface && composerAuthor(surface);
    if (fromComposer) return { handle: fromComposer };
    const fromMenu = menuAccount(doc);
    if (fromMenu) return { handle: fromMenu };
    return { handle: null, problem: 'account-not-shown' };
  },

  /** Facebook shows a name ("Jane Doe", "Kingsford Council"), no @. */
  formatAccount: (handle) => handle.trim(),
};
