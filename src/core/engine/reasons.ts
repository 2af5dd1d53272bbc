// Combining reasons: the strictest action wins, and every reason is kept,
// strictest first, then in the order its first match appears in the thread.
import type { Localizable } from '../localizable';
import { setReasonLocalizable } from './reason-localizables';
import { english } from './sentences';
import type { Action, Reason, Span } from './types';

const SEVERITY: Record<Action, number> = { allow: 0, confirm: 1, block: 2 };

export function strictest(actions: Iterable<Action>): Action {
  let worst: Action = 'allow';
  for (const a of actions) if (SEVERITY[a] > SEVERITY[worst]) worst = a;
  return worst;
}

export function compareSpans(a: Span, b: Span): number {
  return a.post - b.post || a.start - b.start || a.end - b.end;
}

// Account-wide reasons (no spans) come before word reasons of the same severity:
// they concern the whole post.
function firstPosition(r: Reason): [number, number] {
  const s = r.spans[0];
  return s ? [s.post, s.start] : [-1, -1];
}

// The matcher may report one place twice (e.g. two profanity entries); show it once.
function sortedUniqueSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort(compareSpans);
  return sorted.filter((s, i) => {
    const prev = sorted[i - 1];
    return !prev || compareSpans(prev, s) !== 0;
  });
}

export function sortReasons(reasons: Reason[]): Reason[] {
  for (const r of reasons) r.spans = sortedUniqueSpans(r.spans);
  return reasons
    .map((r, i) => ({ r, i, at: firstPosition(r) }))
    .sort(
      (a, b) =>
        SEVERITY[b.r.action] - SEVERITY[a.r.action] ||
        a.at[0] - b.at[0] ||
        a.at[1] - b.at[1] ||
        a.i - b.i,
    )
    .map(({ r }) => r);
}

/** A reason whose spans start empty and are filled while scanning the posts. */
export function reason(
  code: Reason['code'],
  action: Action,
  message: Localizable,
  note?: string,
): Reason {
  const r: Reason = { code, action, message: english(message), spans: [] };
  setReasonLocalizable(r, message);
  if (note !== undefined) r.note = note;
  return r;
}

/** Replaces a reason's message (English and Localizable together). */
export function setReasonMessage(r: Reason, message: Localizable): void {
  r.message = english(message);
  setReasonLocalizable(r, message);
}
