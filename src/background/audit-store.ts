// The audit log as stored, checked at the storage boundary: entries (loose,
// so entries of an older or newer Postguard stay readable), the dropped count,
// and each post once (`posts`, referred to by an entry's `postId`). Also the
// record of events storage refused, kept apart so it fits when the log did not.
import * as z from 'zod/mini';
import type { AuditLoss } from '../core/audit';
import { readArea } from '../shared/storage-area';
import { AUDIT_KEY, AUDIT_LOST_KEY } from '../shared/storage-keys';
import type { Log } from './audit-bounds';

const StoredEntry = z.looseObject({
  at: z.iso.datetime(),
  kind: z.string(),
  tab: z.optional(z.int()),
  postId: z.optional(z.string()),
});
const StoredLog = z.strictObject({
  entries: z.array(StoredEntry),
  dropped: z.number(),
  posts: z.optional(z.record(z.string(), z.string())),
});
const count = z.int().check(z.minimum(0));
const StoredLoss = z.strictObject({
  count,
  kinds: z.record(z.string(), count),
  since: z.iso.datetime(),
  until: z.iso.datetime(),
  error: z.string(),
});

/** A damaged record still says that something was lost, if not what. */
function damagedLoss(): AuditLoss {
  const now = new Date().toISOString();
  return { count: 0, kinds: {}, since: now, until: now, error: 'damaged record' };
}

export async function readStored(): Promise<{
  log: Log;
  damaged: unknown;
  lost: AuditLoss | null;
}> {
  const got = await readArea('local', [AUDIT_KEY, AUDIT_LOST_KEY]);
  const rawLost = got[AUDIT_LOST_KEY];
  const parsedLost = StoredLoss.safeParse(rawLost);
  const lost = rawLost === undefined ? null : parsedLost.success ? parsedLost.data : damagedLoss();
  const raw = got[AUDIT_KEY];
  const empty: Log = { entries: [], dropped: 0, posts: {} };
  if (raw === undefined) return { log: empty, damaged: undefined, lost };
  const parsed = StoredLog.safeParse(raw);
  if (!parsed.success) return { log: empty, damaged: raw, lost };
  const { entries, dropped, posts = {} } = parsed.data;
  return { log: { entries: entries as Log['entries'], dropped, posts }, damaged: undefined, lost };
}
