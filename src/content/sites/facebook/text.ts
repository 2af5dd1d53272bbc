// The text a person typed in one of Facebook's Lexical editors, read from the
// DOM (a content script cannot reach the page's editor object). Lexical renders
// one block element per paragraph, text in spans, a typed line break as <br>;
// it also adds a <br> of its own at the end of an empty block or one that ends
// in a line break (marked data-lexical-managed-linebreak in recent versions),
// which is not text. Emoji Facebook draws as pictures count by their alt text.
// jsdom has no innerText, and innerText would double the paragraph breaks.

const MANAGED_BREAK = '[data-lexical-managed-linebreak]';

function blockText(block: Element): string {
  let out = '';
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      out += node.nodeValue ?? '';
      return;
    }
    if (!(node instanceof Element)) return;
    if (node.matches(MANAGED_BREAK)) return;
    if (node.tagName === 'BR') {
      // Older Lexical leaves its own trailing <br> unmarked: the last child of a block.
      if (node.parentElement !== block || node.nextSibling !== null) out += '\n';
      return;
    }
    if (node.tagName === 'IMG') {
      out += node.getAttribute('alt') ?? '';
      return;
    }
    node.childNodes.forEach(walk);
  };
  block.childNodes.forEach(walk);
  return out;
}

/** One line per paragraph, line breaks kept: what the site will send. */
export function lexicalText(editor: Element): string {
  if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement)
    return editor.value;
  const blocks = [...editor.children];
  if (blocks.length === 0) return editor.textContent ?? '';
  return blocks.map(blockText).join('\n');
}
