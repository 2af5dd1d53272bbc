// Times on the page, in the person's own locale and time zone.
const timeOnly = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });
const dateAndTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** "10:32" today, "21 Nov 2026, 10:32" on another day; "" for no time. */
export function shownTime(iso: string | null, now: Date): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return date.toDateString() === now.toDateString()
    ? timeOnly.format(date)
    : dateAndTime.format(date);
}

/** Always with the date: for when a post went out and when it was noticed. */
export function shownDateTime(iso: string | null): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : dateAndTime.format(date);
}
