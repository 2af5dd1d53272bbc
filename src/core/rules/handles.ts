// How handles and shown names are compared: one function, used by the rule
// file's checks (schema.ts, unique-handles.ts) and by the account lookup
// (accounts.ts), so a file is refused for exactly the clashes the engine
// would see.

/**
 * The comparable form of a handle or shown name: NFKC (full-width and styled
 * letters become plain ones), trimmed, one leading `@` dropped, runs of white
 * space collapsed to one space, lower case.
 */
export function normalizeHandle(handle: string): string {
  let h = handle.normalize('NFKC').trim();
  if (h.startsWith('@')) h = h.slice(1).trimStart();
  return h.replace(/\s+/gu, ' ').toLowerCase();
}
