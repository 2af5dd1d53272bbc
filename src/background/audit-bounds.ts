// The audit log's limits, as pure functions over the log held in memory
// (docs/audit-log.md#limits-per-tab). A hostile page can make the guard report as
// many sends as it likes (script-made clicks on a box of its own); these keep
// it from filling the browser's storage or pushing the real entries out:
// - a byte budget and a count bound for the whole log, oldest dropped first;
// - per tab, at most AUDIT_TAB_RATE entries a minute and AUDIT_TAB_SHARE of
//   the log in an hour; past that its events are counted in one summary entry;
// - events of a compose box with no layout are counted, never logged.
// A person's decisions and sends (trusted events) are always logged.
import {
  AUDIT_BYTE_BUDGET,
  AUDIT_LIMIT,
  AUDIT_TAB_RATE,
  AUDIT_TAB_SHARE,
  type NotLoggedReason,
} from '../core/audit';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** A person's answer to a dialog or countdown: Postguard's UI takes only trusted input. */
const PERSON_KINDS = new Set(['confirmed', 'cancelled', 'blocked', 'overridden', 'undone']);

/** An entry as stored: a post is kept once in `posts` and referred to by `postId`. */
export type StoredEntry = { at: string; kind: string; tab?: number; postId?: string } & Record<
  string,
  unknown
>;
export interface Log {
  entries: StoredEntry[];
  dropped: number;
  posts: Record<string, string>;
}

/** UTF-8 bytes of `text`, without encoding it. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      bytes += 4; // a surrogate pair
      i++;
    } else bytes += 3;
  }
  return bytes;
}

const jsonBytes = (value: unknown) => utf8Length(JSON.stringify(value));
// Entries are not changed once made (a summary is replaced), so their sizes can be kept.
const sizes = new WeakMap<object, number>();
export function entryBytes(entry: StoredEntry): number {
  let size = sizes.get(entry);
  if (size === undefined) sizes.set(entry, (size = jsonBytes(entry) + 1));
  return size;
}
// A post's key is its text's digest, so its size is kept by key (a few thousand at most).
const postSizes = new Map<string, number>();
export function postBytes(id: string, text: string): number {
  let size = postSizes.get(id);
  if (size === undefined) {
    if (postSizes.size > 10_000) postSizes.clear();
    postSizes.set(id, (size = jsonBytes(id) + jsonBytes(text) + 2));
  }
  return size;
}

/** What `log` takes under `key`, as Chrome counts its quota (the key, the value's JSON in UTF-8). */
export function storedBytes(log: Log, key: string): number {
  const frame = key.length + jsonBytes({ entries: [], dropped: log.dropped + 1e6, posts: {} });
  const entries = log.entries.reduce((sum, entry) => sum + entryBytes(entry), 0);
  const posts = Object.entries(log.posts).reduce((sum, [id, text]) => sum + postBytes(id, text), 0);
  return frame + entries + posts;
}

/** Drops the oldest entries (counted) until the log fits; posts no entry refers to go too. */
export function bound(log: Log, key: string, budget = AUDIT_BYTE_BUDGET, limit = AUDIT_LIMIT) {
  const refs = new Map<string, number>();
  for (const { postId } of log.entries) if (postId) refs.set(postId, (refs.get(postId) ?? 0) + 1);
  const posts = Object.fromEntries(Object.entries(log.posts).filter(([id]) => refs.has(id)));
  let total = storedBytes({ ...log, posts }, key);
  let start = 0;
  while (start < log.entries.length && (total > budget || log.entries.length - start > limit)) {
    const entry = log.entries[start++]!;
    total -= entryBytes(entry);
    const id = entry.postId;
    if (!id) continue;
    const left = (refs.get(id) ?? 1) - 1;
    refs.set(id, left);
    if (left === 0 && posts[id] !== undefined) {
      total -= postBytes(id, posts[id]);
      delete posts[id];
    }
  }
  return { entries: log.entries.slice(start), dropped: log.dropped + start, posts };
}

/**
 * Why `entry` (from a tab) is to be counted rather than logged, or null to log
 * it. `newBytes`: what it adds to the log besides itself (a post not yet kept).
 */
export function notLoggedReason(log: Log, entry: StoredEntry, newBytes: number) {
  if (entry.tab === undefined || PERSON_KINDS.has(entry.kind)) return null;
  if (entry.hasLayout === false) return 'no-layout';
  if (entry.trusted === true) return null;
  const now = Date.parse(entry.at);
  let minute = 0;
  let hour = 0;
  let bytes = entryBytes(entry) + newBytes;
  const posts = new Set<string>();
  // Entries are in the order the worker received them: the last hour is at the end.
  for (let i = log.entries.length - 1; i >= 0; i--) {
    const seen = log.entries[i]!;
    const at = Date.parse(seen.at);
    if (!(at > now - HOUR)) break;
    if (seen.tab !== entry.tab || seen.kind === 'not-logged') continue;
    hour++;
    if (at > now - MINUTE) minute++;
    bytes += entryBytes(seen);
    const text = seen.postId === undefined ? undefined : log.posts[seen.postId];
    if (text !== undefined && !posts.has(seen.postId!)) {
      posts.add(seen.postId!);
      bytes += postBytes(seen.postId!, text);
    }
  }
  if (minute >= AUDIT_TAB_RATE) return 'rate-limit';
  const overShare =
    hour + 1 > AUDIT_LIMIT * AUDIT_TAB_SHARE || bytes > AUDIT_BYTE_BUDGET * AUDIT_TAB_SHARE;
  return overShare ? 'tab-share' : null;
}

/** Counts `entry` in its tab's summary: the tab's last entry if it is one, else a new one. */
export function countNotLogged(log: Log, entry: StoredEntry, reason: NotLoggedReason): Log {
  let index = log.entries.length - 1;
  while (index >= 0 && log.entries[index]!.tab !== entry.tab) index--;
  const last = log.entries[index];
  const entries = [...log.entries];
  if (last?.kind === 'not-logged') {
    const reasons = { ...(last.reasons as Record<string, number>) };
    reasons[reason] = (reasons[reason] ?? 0) + 1;
    entries[index] = { ...last, count: Number(last.count) + 1, reasons, until: entry.at };
  } else {
    const { at, page, tab, platform } = entry;
    entries.push({
      kind: 'not-logged',
      at,
      ...(page === undefined ? {} : { page }),
      tab,
      ...(platform === undefined ? {} : { platform }),
      count: 1,
      reasons: { [reason]: 1 },
      until: at,
    });
  }
  return { ...log, entries };
}
