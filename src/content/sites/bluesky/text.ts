// A Bluesky post's text as the app will send it (docs/sites/bluesky.md#text): ProseMirror
// renders one <p> per paragraph; a hard break is a <br>, and an empty paragraph holds only
// ProseMirror's trailing <br>. The app joins paragraphs with line breaks; a mention's text
// is `@handle`. The placeholder is an attribute drawn by CSS, never text.
const TRAILING_BREAK = 'ProseMirror-trailingBreak';

function inlineText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.nodeValue ?? '';
  if (!(node instanceof Element)) return '';
  if (node.tagName === 'BR') return node.classList.contains(TRAILING_BREAK) ? '' : '\n';
  return [...node.childNodes].map(inlineText).join('');
}

/** The text of one post's editor (a ProseMirror element, or the plain textarea fallback). */
export function postText(editor: Element): string {
  if (editor instanceof HTMLTextAreaElement) return editor.value;
  const blocks = [...editor.children];
  if (blocks.length === 0) return inlineText(editor);
  return blocks.map(inlineText).join('\n');
}
