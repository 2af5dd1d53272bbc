// How handles and shown names are compared: one function, used by the rule
// file's checks (schema.ts, unique-handles.ts) and by the account lookup
// (accounts.ts), so a file is refused for exactly the clashes the engine
// would see.

/**
 * Characters that change nothing a person sees but make two strings differ:
 * a zero-width space, a soft hyphen, a variation selector, and the bidi
 * controls (a right-to-left override shows `voGdrofsgniK` as `KingsfordGov`).
 * A careless admin pastes them in with a name; a page may show them too.
 */
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Bidi_Control}]/gu;

/** The text without invisible characters (INVISIBLE), for every comparison of names. */
export function withoutInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

/**
 * The comparable form of a handle or shown name: invisible characters
 * removed, NFKC (full-width and styled letters become plain ones), trimmed,
 * one leading `@` dropped, runs of white space collapsed to one space, lower
 * case. Invisible characters go before NFKC, so that `e` + ZWSP + an accent
 * composes as `é` does, and again after it, since NFKC maps a few
 * compatibility characters (the half-width Hangul filler) to invisible ones.
 */
export function normalizeHandle(handle: string): string {
  let h = withoutInvisible(withoutInvisible(handle).normalize('NFKC')).trim();
  if (h.startsWith('@')) h = h.slice(1).trimStart();
  return h.replace(/\s+/gu, ' ').toLowerCase();
}
