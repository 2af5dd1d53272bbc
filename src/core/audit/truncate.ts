// How long a post the audit log keeps. A post is evidence of what was sent,
// not an archive of it: its first characters show what it was, and a hostile
// page must not be able to fill the browser's storage with long hidden posts.
// Cut in the page before the text is handed to the worker, and again by the
// worker's schema (a long post is cut, never refused: its events still count).

/** The longest post text an entry keeps, marker included (UTF-16 code units). */
export const MAX_AUDIT_POST_CHARS = 5_000;

/** Ends a cut post: `… [truncated, 60,123 characters]` (how many were cut, in code points). */
export function truncationMarker(cut: number): string {
  return `… [truncated, ${cut.toLocaleString('en-US')} characters]`;
}

function codePoints(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // A high surrogate followed by a low one is one character.
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}

/**
 * `text` as the log keeps it: whole when it fits, else its start and the
 * marker, `max` code units at most. Cutting a cut text again changes nothing.
 */
export function truncatePost(text: string, max = MAX_AUDIT_POST_CHARS): string {
  if (text.length <= max) return text;
  // Room for the longest marker this text could need (every unit cut).
  let keep = Math.max(0, max - truncationMarker(text.length).length);
  // Never split a surrogate pair: the kept start stays well-formed text.
  const last = text.charCodeAt(keep - 1);
  if (keep > 0 && last >= 0xd800 && last <= 0xdbff) keep--;
  return text.slice(0, keep) + truncationMarker(codePoints(text.slice(keep)));
}
