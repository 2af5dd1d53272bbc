// Local audit log: bounded, oldest entries dropped and counted. Nothing here
// ever leaves the browser. Appends are serialised through one promise chain so
// two events arriving together cannot overwrite each other.
import * as z from 'zod/mini';
import { readArea, writeLocal } from '../shared/storage-area';

export const AUDIT_KEY = 'audit';
export const AUDIT_DAMAGED_KEY = 'auditDamaged';
export const AUDIT_LIMIT = 2000;

const AuditEntry = z.looseObject({ at: z.iso.datetime(), kind: z.string() });
const AuditLog = z.strictObject({ entries: z.array(AuditEntry), dropped: z.number() });
export type AuditEntry = { at: string; kind: string; [detail: string]: unknown };
export type AuditLog = { entries: AuditEntry[]; dropped: number };

export async function readAuditLog(): Promise<{ log: AuditLog; damaged: unknown }> {
  const raw = (await readArea('local', [AUDIT_KEY]))[AUDIT_KEY];
  if (raw === undefined) return { log: { entries: [], dropped: 0 }, damaged: undefined };
  const parsed = AuditLog.safeParse(raw);
  if (parsed.success) return { log: parsed.data as AuditLog, damaged: undefined };
  return { log: { entries: [], dropped: 0 }, damaged: raw };
}

let queue: Promise<unknown> = Promise.resolve();

export function appendAudit(kind: string, detail: Record<string, unknown>, now = new Date()) {
  const task = queue.then(async () => {
    const { log, damaged } = await readAuditLog();
    const entries = [...log.entries, { ...detail, at: now.toISOString(), kind }];
    const overflow = Math.max(0, entries.length - AUDIT_LIMIT);
    const next: AuditLog = { entries: entries.slice(overflow), dropped: log.dropped + overflow };
    // A damaged log is kept aside for inspection rather than overwritten unseen.
    const items: Record<string, unknown> = { [AUDIT_KEY]: next };
    if (damaged !== undefined) items[AUDIT_DAMAGED_KEY] = damaged;
    return writeLocal(items);
  });
  queue = task.catch(() => undefined);
  return task;
}
