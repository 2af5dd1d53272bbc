// Putting the person back where they were when a send was held.
/**
 * Where the person was when the send was held: the focused element and the caret in it.
 * Focus alone is not enough: a rich editor may drop its caret when it loses focus (Draft.js
 * on X clears the DOM selection on blur), and focus() then puts the caret at the start, so
 * the next words typed would land before the text.
 */
export function rememberFocus(win: Window): () => void {
  const focused = win.document.activeElement as HTMLElement | null;
  const selection = win.getSelection();
  const range = selection?.rangeCount ? selection.getRangeAt(0).cloneRange() : null;
  return () => {
    focused?.focus?.();
    if (!focused || !range) return;
    if (!focused.contains(range.startContainer) || !focused.contains(range.endContainer)) return;
    const now = win.getSelection();
    now?.removeAllRanges();
    now?.addRange(range);
  };
}
