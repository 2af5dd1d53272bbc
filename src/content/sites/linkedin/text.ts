// Reading text out of LinkedIn's share box: the post (Quill's paragraphs) and the lines of
// the author button. Both read the DOM as it is at this moment, never Quill's `ql-blank`
// class or the Post button's state: Quill commits typed text a tick late
// (docs/sites/linkedin.md#editor), so the class may still say "blank" over a typed post.
import { LINKEDIN_SELECTORS as S } from './selectors';

export const squash = (s: string) => s.replace(/[\s\uFEFF]+/gu, ' ').trim();

/**
 * The lines of text a person sees in `root`: a line ends at every block-level element
 * and <br>, as laid out (computed display; jsdom knows the defaults per tag). Decorative
 * and screen-reader-only text is left out: the avatar's initials and the caret must not
 * become the author's name.
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
 * The post's text: one line per top-level block (Quill's <p>s would read with blank lines
 * between them through innerText). When blocks do not hold all the text (an editor that
 * makes <div>s or bare text), innerText, then textContent.
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
