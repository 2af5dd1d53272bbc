// The audit log as files for a person or a spreadsheet: CSV (one row per
// entry) and JSON (the entries as stored). Built here, saved by the options
// page; nothing leaves the browser.
//
// CSV follows RFC 4180 (every cell quoted, quotes doubled, CRLF rows) and is
// safe to open in a spreadsheet: a cell that starts with = + - @ (or a tab or
// carriage return) would be read as a formula, so it gets a leading '.

export const AUDIT_EXPORT_FORMAT = 'postguard-audit-log';
export const AUDIT_EXPORT_VERSION = 1;

/** The CSV's columns; every other field of an entry goes, as JSON, into `details`. */
export const AUDIT_CSV_COLUMNS = [
  'at',
  'kind',
  'platform',
  'account',
  'role',
  'action',
  'codes',
  'post',
  'page',
  // Whether a person's click or key started the send (false: a page script's); empty when unknown.
  'trusted',
  'details',
] as const;

type Column = (typeof AUDIT_CSV_COLUMNS)[number];
const OWN_COLUMNS = new Set<string>(AUDIT_CSV_COLUMNS.filter((c) => c !== 'details'));

/** An entry as stored: only `at` and `kind` are sure (older or newer entries stay readable). */
export type LoggedEntry = { at: string; kind: string } & Record<string, unknown>;

const FORMULA_START = /^[=+\-@\t\r]/u;

/** A value as CSV cell text: strings as they are, arrays joined with spaces, the rest as JSON. */
function cellText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join(' ');
  return JSON.stringify(value);
}

/** One quoted, formula-safe CSV cell. */
export function csvCell(value: unknown): string {
  let text = cellText(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return `"${text.replaceAll('"', '""')}"`;
}

function row(entry: LoggedEntry): string {
  const details = Object.fromEntries(
    Object.entries(entry).filter(([key, value]) => !OWN_COLUMNS.has(key) && value !== undefined),
  );
  const cells: Record<Column, unknown> = {
    at: entry.at,
    kind: entry.kind,
    platform: entry.platform,
    account: entry.account,
    role: entry.role,
    action: entry.action,
    codes: entry.codes,
    post: entry.post,
    page: entry.page,
    trusted: entry.trusted,
    details: Object.keys(details).length ? details : undefined,
  };
  return AUDIT_CSV_COLUMNS.map((column) => csvCell(cells[column])).join(',');
}

/** The log as CSV, newest first, with a header row. */
export function auditCsv(entries: readonly LoggedEntry[]): string {
  const lines = [
    AUDIT_CSV_COLUMNS.map((c) => csvCell(c)).join(','),
    ...newestFirst(entries).map(row),
  ];
  // The byte order mark lets spreadsheet programs read the file as UTF-8 (• and accents).
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export interface AuditExportInfo {
  exportedAt: Date;
  /** Older entries the log dropped to stay within its limit. */
  dropped: number;
  /** Whether a damaged stored log was set aside. */
  damaged: boolean;
}

/** The log as JSON, newest first, with how many entries were dropped. */
export function auditJson(entries: readonly LoggedEntry[], info: AuditExportInfo): string {
  const file = {
    format: AUDIT_EXPORT_FORMAT,
    version: AUDIT_EXPORT_VERSION,
    exportedAt: info.exportedAt.toISOString(),
    dropped: info.dropped,
    damaged: info.damaged,
    entries: newestFirst(entries),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Newest first: by time, and for equal times the later-logged first. */
export function newestFirst<T extends { at: string }>(entries: readonly T[]): T[] {
  return entries
    .map((entry, index) => ({ entry, index, time: Date.parse(entry.at) }))
    .sort((a, b) => (b.time || 0) - (a.time || 0) || b.index - a.index)
    .map(({ entry }) => entry);
}

/** postguard-audit-2026-11-21T10-32.csv (local time). */
export function auditFileName(now: Date, extension: 'csv' | 'json'): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T${pad(now.getHours())}-${pad(now.getMinutes())}`;
  return `postguard-audit-${stamp}.${extension}`;
}
