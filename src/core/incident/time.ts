// Times as people read them: in the browser's own time zone, with the zone said
// outright in anything that leaves the page (a report read elsewhere).
const pad = (n: number) => String(n).padStart(2, '0');

function parse(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

function localDate(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** "UTC+01:00", "UTC−05:30", "UTC" for the local zone at that instant. */
export function zoneOf(d: Date): string {
  const offset = -d.getTimezoneOffset();
  if (offset === 0) return 'UTC';
  const sign = offset > 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return `UTC${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** "2026-11-21 10:32 UTC+01:00"; null for no (or an unreadable) time. */
export function localStamp(iso: string | null | undefined): string | null {
  const d = parse(iso);
  if (!d) return null;
  return `${localDate(d)} ${pad(d.getHours())}:${pad(d.getMinutes())} ${zoneOf(d)}`;
}

/** For a file name: "2026-11-21T10-32" (local time, no characters a file system refuses). */
export function fileStamp(d: Date): string {
  return `${localDate(d)}T${pad(d.getHours())}-${pad(d.getMinutes())}`;
}

/** Whole minutes from `from` to `to` (rounded down, never negative); null when either is unknown. */
export function minutesBetween(from: string | null, to: string | null): number | null {
  const a = parse(from);
  const b = parse(to);
  if (!a || !b) return null;
  return Math.max(0, Math.floor((b.getTime() - a.getTime()) / 60_000));
}

/** The value of an <input type="datetime-local"> for an instant. */
export function toLocalInput(iso: string | null | undefined): string {
  const d = parse(iso);
  if (!d) return '';
  return `${localDate(d)}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The instant of an <input type="datetime-local"> value; null when empty or unreadable. */
export function fromLocalInput(local: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/u.test(local)) return null;
  const d = new Date(local);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}
