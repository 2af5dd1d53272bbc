// Small DOM helpers shared by the site adapters.

/** First element matching any of the selectors, tried in order (primary, then fallbacks). */
export function queryFirst(scope: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = scope.querySelector(selector);
    if (found) return found;
  }
  return null;
}

export function queryAll(scope: ParentNode, selectors: readonly string[]): Element[] {
  const found = new Set<Element>();
  for (const selector of selectors) scope.querySelectorAll(selector).forEach((el) => found.add(el));
  return [...found];
}

export function closestAny(el: Element, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = el.closest(selector);
    if (found) return found;
  }
  return null;
}

/** The nearest ancestor-or-self of `el` that contains a match for every selector group. */
export function closestContaining(
  el: Element,
  groups: readonly (readonly string[])[],
): Element | null {
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (groups.every((selectors) => queryFirst(node, selectors))) return node;
  }
  return null;
}

/**
 * The text a person typed in a rich editor. Block-based editors (Draft.js,
 * Lexical, Quill) render one element per paragraph; joining blocks with line
 * breaks keeps words of different lines apart. jsdom has no innerText, so
 * textContent is used as the last resort.
 */
export function editorText(editor: Element, blockSelector: string): string {
  if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement)
    return editor.value;
  const blocks = editor.querySelectorAll(blockSelector);
  if (blocks.length > 0) return [...blocks].map((b) => b.textContent ?? '').join('\n');
  const inner = (editor as HTMLElement).innerText;
  return typeof inner === 'string' ? inner : (editor.textContent ?? '');
}
