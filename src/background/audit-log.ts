// Local audit log: bounded, oldest entries dropped and counted. Nothing here
// ever leaves the browser. A damaged stored log is kept aside for inspection
// rather than overwritten unseen.
import * as z from 'zod/mini';
import type { AuditEntry, AuditEvent } from '../core/audit';
import { readArea, writeLocal } from '../shared/storage-area';
import { serialized } from './serial';

export const AUDIT_KEY = 'audit';
export const AUDIT_DAMAGED_KEY = 'auditDamaged';
export const AUDIT_LIMIT = 2000;

// Loose on purpose: entries written by an older or newer Postguard stay readable.
const StoredEntry = z.looseObject({ at: z.iso.datetime(), kind: z.string() });
const StoredLog = z.strictObject({ entries: z.array(StoredEntry), dropped: z.number() });
export type AuditLog = { entries: AuditEntry[]; dropped: number };

export async function readAuditLog(): Promise<{ log: AuditLog; damaged: unknown }> {
  const raw = (await readArea('local', [AUDIT_KEY]))[AUDIT_KEY];
  if (raw === undefined) return { log: { entries: [], dropped: 0 }, damaged: undefined };
  const parsed = StoredLog.safeParse(raw);
  if (parsed.success) return { log: parsed.data as AuditLog, damaged: undefined };
  return { log: { entries: [], dropped: 0 }, damaged: raw };
}

/** Whether a damaged log is stored now or was set aside earlier (the options page says so). */
export async function auditDamaged(): Promise<boolean> {
  const [{ damaged }, aside] = await Promise.all([
    readAuditLog(),
    readArea('local', [AUDIT_DAMAGED_KEY]),
  ]);
  return damaged !== undefined || aside[AUDIT_DAMAGED_KEY] !== undefined;
}

const inTurn = serialized();
/** Entries waiting for the next write: a burst of events costs one read and one write. */
let waiting: AuditEntry[] = [];

export function appendAudit(event: AuditEvent, page?: string | null, now = new Date()) {
  const entry = { ...event, at: now.toISOString(), ...(page === undefined ? {} : { page }) };
  waiting.push(entry as AuditEntry);
  return inTurn(async () => {
    // An earlier turn may have written this entry already, with its own.
    if (waiting.length === 0) return { ok: true } as const;
    const batch = waiting;
    waiting = [];
    const { log, damaged } = await readAuditLog();
    const entries = [...log.entries, ...batch];
    const overflow = Math.max(0, entries.length - AUDIT_LIMIT);
    const next: AuditLog = { entries: entries.slice(overflow), dropped: log.dropped + overflow };
    const items: Record<string, unknown> = { [AUDIT_KEY]: next };
    if (damaged !== undefined) items[AUDIT_DAMAGED_KEY] = damaged;
    return writeLocal(items);
  });
}
