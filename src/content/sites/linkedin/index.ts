// LinkedIn (www.linkedin.com). Site knowledge from docs: ../shared/site-facts.md;
// every selector is data with fallbacks, tried in order: structure, classes and
// roles first, English labels last.
//
// Only the share modal ("Start a post") is guarded. Everything is scoped to it:
// the messaging overlay is a second role=dialog with its own contenteditable box
// that stays in the page, even while the share modal is open, and it is neither
// a compose surface nor a send. Messages are not guarded at all: they go to one
// person, from the member (never a company page), and LinkedIn sends them on
// plain Enter, so guarding them would stand between staff and every chat line
// for no gain in what this extension protects (public posts).
import type { AccountRead, ComposeSurface, SendAttempt, SiteAdapter } from '../adapter';
import { SiteError, type SiteProblemCode } from '../problems';
import { closestAny, queryAll, queryFirst } from '../dom';

export const LINKEDIN_SELECTORS = {
  /** The share modal; the last one is structural: any dialog holding the share actions. */
  shareModal: [
    '[role="dialog"][aria-labelledby="share-to-linkedin-modal__header"]',
    '.share-box-v2__modal',
    '[role="dialog"]:has(.share-actions__primary-action)',
  ],
  /** Quill's editor (historical), the newer textbox (by role, then by its English label), any editable. */
  editor: [
    '.ql-editor[contenteditable="true"]',
    '[contenteditable]:not([contenteditable="false"])[role="textbox"]',
    '[contenteditable]:not([contenteditable="false"])[aria-label="Text editor for creating content"]',
    '[contenteditable]:not([contenteditable="false"])',
  ],
  /** "Post" (reads "Schedule" once a time is picked). Disabled while the box is empty. */
  primaryAction: ['button.share-actions__primary-action'],
  /**
   * Post. The schedule clock beside it (`.share-actions__scheduled-post-btn`)
   * only opens the scheduler; the send is this same button, relabelled
   * "Schedule", so guarding the clock too would ask the person twice.
   */
  sendButton: ['button.share-actions__primary-action'],
  /** Last resort when the classes change: a button in the share modal named exactly so. */
  sendLabels: ['Post', 'Schedule'],
  /** First line of its text: the author (member or company page); second: the audience. */
  authorPicker: ['.share-unified-settings-entry-button'],
  /** Not part of what a person reads as the button's lines (decorative or screen-reader-only). */
  notShown:
    '[aria-hidden="true"], [hidden], .visually-hidden, .a11y-text, svg, img, script, style, template',
  /** Paragraph-level blocks of the editors (Quill: one <p> per line; lists as <li>). */
  blocks: 'p, li, h1, h2, h3, h4, h5, h6, pre, blockquote, .ql-code-block',
} as const;

const S = LINKEDIN_SELECTORS;

/** The outermost share modal around `el` (the selectors may match nested elements). */
function shareModalOf(el: Element): Element | null {
  let modal: Element | null = null;
  let next = closestAny(el, S.shareModal);
  while (next) {
    modal = next;
    next = next.parentElement && closestAny(next.parentElement, S.shareModal);
  }
  return modal;
}

function shareModals(doc: Document): Element[] {
  const all = queryAll(doc, S.shareModal);
  return all.filter((m) => !all.some((other) => other !== m && other.contains(m)));
}

const squash = (s: string) => s.replace(/[\s\uFEFF]+/gu, ' ').trim();

function isEnabled(control: HTMLElement): boolean {
  return (
    control.getAttribute('aria-disabled') !== 'true' && !(control as HTMLButtonElement).disabled
  );
}

function labelledSend(target: Element, modal: Element): HTMLElement | null {
  const button = target.closest('button, [role="button"]');
  if (!button || !modal.contains(button)) return null;
  const name = squash(button.getAttribute('aria-label') ?? button.textContent ?? '');
  return (S.sendLabels as readonly string[]).includes(name) ? (button as HTMLElement) : null;
}

function surfaceOf(modal: Element): ComposeSurface {
  const editor = queryFirst(modal, S.editor);
  const sendControl = (queryFirst(modal, S.primaryAction) ??
    [...modal.querySelectorAll('button')].find((b) => labelledSend(b, modal)) ??
    null) as HTMLElement | null;
  return { root: modal, kind: 'share-modal', editors: editor ? [editor] : [], sendControl };
}

/**
 * The lines of text a person sees in `root`: a line ends at every block-level
 * element and <br>, as laid out (computed display; jsdom knows the defaults per
 * tag). Decorative and screen-reader-only text is left out: the picker's
 * avatar and caret must not become the author's name.
 */
export function visibleLines(root: Element): string[] {
  const view = root.ownerDocument.defaultView;
  const lines: string[] = [];
  let line = '';
  const cut = () => {
    const text = squash(line);
    if (text) lines.push(text);
    line = '';
  };
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) line += child.nodeValue ?? '';
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      if (el.matches(S.notShown)) continue;
      if (el.tagName === 'BR') {
        cut();
        continue;
      }
      const display = view?.getComputedStyle(el).display ?? 'inline';
      if (display === 'none') continue;
      const inline = display.startsWith('inline') || display === 'contents';
      if (!inline) cut();
      walk(el);
      if (!inline) cut();
    }
  };
  walk(root);
  cut();
  return lines;
}

const lineText = (node: Node): string =>
  node.nodeName === 'BR'
    ? '\n'
    : node.nodeType === 3
      ? (node.nodeValue ?? '')
      : [...node.childNodes].map(lineText).join('');

/**
 * The post's text: one line per top-level block (Quill's <p>s would read with
 * blank lines between them through innerText). When blocks do not hold all the
 * text (an editor that makes <div>s or bare text), innerText, then textContent.
 */
export function postText(editor: Element): string {
  const blocks = [...editor.querySelectorAll(S.blocks)].filter((block) => {
    const outer = block.parentElement?.closest(S.blocks);
    return !outer || !editor.contains(outer);
  });
  const all = editor.textContent ?? '';
  // A <br> inside a block is a line break (Shift+Enter): "bomb<br>squad" is two words.
  const joined = blocks.map((b) => lineText(b).replace(/\n$/u, '')).join('\n');
  const bare = (s: string) => s.replace(/[\s\uFEFF]/gu, '');
  let text = joined;
  if (blocks.length === 0 || bare(joined) !== bare(all)) {
    const inner = (editor as HTMLElement).innerText;
    text = typeof inner === 'string' ? inner : all;
  }
  return text.replace(/\uFEFF/gu, '');
}

const unknown = (problem: SiteProblemCode): AccountRead => ({ handle: null, problem });

export const linkedinAdapter: SiteAdapter = {
  platform: 'linkedin',
  selectors: {
    shareModal: S.shareModal,
    editor: S.editor,
    sendButton: S.sendButton,
    authorPicker: S.authorPicker,
  },
  // Everything LinkedIn shows is in its share modal, which holds the editor.
  watch: {
    anchors: [...S.shareModal, ...S.authorPicker].join(', '),
    arrivals: S.editor.join(', '),
  },
  shell: () => 'light-dom',

  findSurfaces(doc) {
    return shareModals(doc).map(surfaceOf);
  },

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

  isSendEnabled: isEnabled,

  readTexts(surface) {
    const editor = surface.editors[0];
    // Thrown, the guard fails closed: asks, saying the post could not be checked.
    if (!editor) throw new SiteError('text-box-missing');
    return [postText(editor)];
  },

  readAccount(surface, doc): AccountRead {
    const modal = surface?.root ?? shareModals(doc)[0];
    if (!modal) return unknown('composer-closed');
    const picker = queryFirst(modal, S.authorPicker);
    if (!picker) {
      return unknown('author-control-missing');
    }
    const name = visibleLines(picker)[0];
    if (!name) return unknown('author-name-empty');
    return { handle: name };
  },

  formatAccount: (handle) => squash(handle),
};
