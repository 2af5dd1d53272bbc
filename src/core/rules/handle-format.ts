// What a handle may look like on each site. X allows only 1 to 15 ASCII
// letters, digits and underscores (docs/rule-file.md#accounts), so anything
// else in an X handle is a mistake: a zero-width space, a Cyrillic `о`, a
// right-to-left override, a space or an emoji pasted in by a careless admin
// would otherwise make a listed handle miss (or, worse, match) another
// account. Facebook and LinkedIn names are free text and any form is allowed.
//
// Shared by both rule-file checks (schema.ts, check-sections.ts) and
// the X adapter (content/sites/x), so a handle the file may list is exactly a
// handle the page may show.

/** An X screen name as the page shows it (no `@`). */
export const X_SCREEN_NAME = /^[A-Za-z0-9_]{1,15}$/;

/** An X handle as an admin may list it: a screen name, with or without its `@`. */
export const X_HANDLE = /^@?[A-Za-z0-9_]{1,15}$/;

/**
 * Whether `name` may be a handle or alias of an account on `platform` (a
 * string, not Platform: schema.ts imports this module).
 */
export function isHandleOf(platform: string, name: string): boolean {
  return platform !== 'x' || X_HANDLE.test(name);
}
