// The shape a platform's handles take, where the platform has one. An X
// handle is 1 to 15 letters A–Z, digits or underscores: a file listing
// `@Kingsford​Council` (with a zero-width space), `@KingsfordCоuncil` (a Cyrillic
// о) or `@Kingsford Council` names no X account, and accepting it would make
// the real corporate account count as unlisted, so the file is refused.
// Facebook and LinkedIn show names, which may be written in any script.
const X_HANDLE = /^@?[A-Za-z0-9_]{1,15}$/u;

/** Whether `handle` (as written in a rule file, a leading `@` allowed) can be one of `platform`'s. */
export function isHandleOf(platform: string, handle: string): boolean {
  return platform !== 'x' || X_HANDLE.test(handle.trim());
}
