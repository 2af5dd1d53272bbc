// Local audit log: bounded by count and bytes, oldest entries dropped and
// counted, each tab's bursts counted rather than logged past its limits
// (audit-bounds.ts). Nothing here ever leaves the browser. A damaged stored
// log is kept aside for inspection rather than overwritten unseen; events that
// storage refused are counted and told (`auditLost`), then logged as such.
import type { AuditEntry, AuditEvent, AuditLoss } from '../core/audit';
import { readArea, removeLocal, writeLocal } from '../shared/storage-area';
import {
  bound,
  countNotLogged,
  notLoggedReason,
  postBytes,
  storedBytes,
  type Log,
  type StoredEntry,
} from './audit-bounds';
import { AUDIT_DAMAGED_KEY, AUDIT_KEY, AUDIT_LOST_KEY } from '../shared/storage-keys';
import { readStored } from './audit-store';
import { serialized } from './serial';

export { AUDIT_LIMIT, AUDIT_BYTE_BUDGET, AUDIT_TAB_RATE, AUDIT_TAB_SHARE } from '../core/audit';
export type AuditLog = { entries: AuditEntry[]; dropped: number };

/** The log as its readers see it: each entry with its post, not a reference to it. */
export async function readAuditLog(): Promise<{ log: AuditLog; damaged: unknown }> {
  const { log, damaged } = await readStored();
  const entries = log.entries.map(({ postId, ...entry }) => {
    const post = postId === undefined ? undefined : log.posts[postId];
    return post === undefined ? entry : { ...entry, post };
  });
  return { log: { entries: entries as AuditEntry[], dropped: log.dropped }, damaged };
}

/** Whether a damaged log is stored now or was set aside earlier (the options page says so). */
export async function auditDamaged(): Promise<boolean> {
  const [{ damaged }, aside] = await Promise.all([
    readStored(),
    readArea('local', [AUDIT_DAMAGED_KEY]),
  ]);
  return damaged !== undefined || aside[AUDIT_DAMAGED_KEY] !== undefined;
}

/** Events storage refused, for this worker's life even when the record could not be stored either. */
let lostHere: AuditLoss | null = null;

/** Events storage refused that are not in the log yet (the options page says so). */
export async function pendingLoss(): Promise<AuditLoss | null> {
  return lostHere ?? (await readStored()).lost;
}

/** A post's key: the same text is kept once, whichever events of a send refer to it. */
async function postKey(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest).slice(0, 12)]
    .map((byte) => byte.toString(16).padStart(2, '0'))
    .join('');
}

/** Adds one entry: its post kept once, or, past its tab's limits, counted in a summary. */
async function take(log: Log, { post, ...entry }: StoredEntry): Promise<Log> {
  let id: string | undefined;
  if (typeof post === 'string') {
    id = await postKey(post);
    // Equal keys of different texts are not to be expected of SHA-256; kept inline if ever.
    if (log.posts[id] !== undefined && log.posts[id] !== post) id = undefined;
  }
  const stored: StoredEntry = id === undefined ? { ...entry, post } : { ...entry, postId: id };
  if (stored.post === undefined) delete stored.post;
  const isNew = id !== undefined && log.posts[id] === undefined;
  const reason = notLoggedReason(log, stored, isNew ? postBytes(id!, post as string) : 0);
  if (reason) return countNotLogged(log, stored, reason);
  const posts = isNew ? { ...log.posts, [id!]: post as string } : log.posts;
  return { ...log, entries: [...log.entries, stored], posts };
}

function lossOf(before: AuditLoss | null, batch: StoredEntry[], error: string): AuditLoss {
  const kinds = { ...before?.kinds };
  for (const { kind } of batch) kinds[kind] = (kinds[kind] ?? 0) + 1;
  return {
    count: (before?.count ?? 0) + batch.length,
    kinds,
    since: before?.since ?? batch[0]!.at,
    until: batch.at(-1)!.at,
    error,
  };
}

const inTurn = serialized();
/** Entries waiting for the next write: a burst of events costs one read and one write. */
let waiting: StoredEntry[] = [];

/** Where a guard's event came from: its page and its tab (the per-tab limits count by tab). */
export interface Origin {
  page?: string | null;
  tab?: number;
}

export function appendAudit(event: AuditEvent, origin: Origin = {}, now = new Date()) {
  const { page, tab } = origin;
  waiting.push({
    ...event,
    at: now.toISOString(),
    ...(page === undefined ? {} : { page }),
    ...(tab === undefined ? {} : { tab }),
  });
  return inTurn(async () => {
    // An earlier turn may have written this entry already, with its own.
    if (waiting.length === 0) return { ok: true } as const;
    const batch = waiting;
    waiting = [];
    const stored = await readStored();
    const lost = lostHere ?? stored.lost;
    let next = stored.log;
    // What storage refused earlier goes in first: the log shows where it has a gap.
    if (lost)
      next = await take(next, { kind: 'audit-write-failed', at: now.toISOString(), ...lost });
    for (const entry of batch) next = await take(next, entry);
    next = bound(next, AUDIT_KEY);
    const items = (log: Log) => ({
      [AUDIT_KEY]: log,
      ...(stored.damaged === undefined ? {} : { [AUDIT_DAMAGED_KEY]: stored.damaged }),
    });
    let written = await writeLocal(items(next));
    // Storage short of room (filled by something else): the log gives up the older half of
    // what it held before this turn, never this turn's entries, and tries again.
    const older = Math.ceil(stored.log.entries.length / 2);
    if (!written.ok && older > 0) {
      written = await writeLocal(
        items(bound(next, AUDIT_KEY, Infinity, next.entries.length - older)),
      );
    }
    if (written.ok) {
      if (lost) {
        lostHere = null;
        await removeLocal([AUDIT_LOST_KEY]);
      }
      return written;
    }
    lostHere = lossOf(lost, batch, written.error);
    // Small, so it may fit where the log did not; if not, this worker still tells the options page.
    await writeLocal({ [AUDIT_LOST_KEY]: lostHere });
    return written;
  });
}

/**
 * Makes room for the rules when storage refused them: the log keeps the newest
 * `share` of its bytes (dropped entries counted). False when there was nothing to give.
 */
export function makeRoomForRules(share: number): Promise<boolean> {
  return inTurn(async () => {
    const { log, damaged } = await readStored();
    // A damaged log is evidence set aside, not the log's to give up.
    if (damaged !== undefined || log.entries.length === 0) return false;
    const next = bound(log, AUDIT_KEY, Math.floor(storedBytes(log, AUDIT_KEY) * share));
    return (await writeLocal({ [AUDIT_KEY]: next })).ok;
  });
}
