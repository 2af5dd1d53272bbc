// Sombre-event mode: whether it is on now, and why. On while `active` is true
// or `now` is inside a window (start inclusive, end exclusive). A window's
// reason is more specific than the general one, so it wins.
import { findHashtags, findLightHeartedEmoji, type MatchSpan } from '../matcher';
import type { Role, RuleFile } from '../rules/schema';
import { messages } from './sentences';
import { reason } from './reasons';
import type { Reason, Verdict } from './types';

export function sombreState(rules: Pick<RuleFile, 'sombre'>, now: Date): Verdict['sombre'] {
  const sombre = rules.sombre;
  if (!sombre) return { on: false };
  const t = now.getTime();
  const windows = sombre.windows.filter((w) => Date.parse(w.start) <= t && t < Date.parse(w.end));
  if (!sombre.active && windows.length === 0) return { on: false };
  const reason = windows.find((w) => w.reason !== undefined)?.reason ?? sombre.reason;
  return reason === undefined ? { on: true } : { on: true, reason };
}

/** Whether the mode's rules apply to posts from an account of this role. */
export function sombreAppliesTo(rules: RuleFile, role: Role): boolean {
  return rules.sombre?.roles.includes(role) ?? false;
}

/**
 * While the mode is on for this account: hashtags outside `allowedHashtags`
 * (only when the list is given) and light-hearted emoji, each blocked.
 */
export function sombreMatchReasons(
  texts: readonly string[],
  rules: RuleFile,
  allowedHashtags: ReadonlySet<string> | undefined,
): Reason[] {
  const sombre = rules.sombre;
  if (!sombre) return [];
  const hashtags = reason(
    'sombre-hashtag',
    'block',
    messages.sombreHashtags(sombre.allowedHashtags ?? []),
  );
  const emoji = reason('sombre-emoji', 'block', messages.sombreEmoji());
  texts.forEach((text, post) => {
    if (allowedHashtags) {
      for (const hit of findHashtags(text)) {
        if (!allowedHashtags.has(hit.tag)) hashtags.spans.push({ post, ...span(hit) });
      }
    }
    if (sombre.blockEmoji) {
      for (const hit of findLightHeartedEmoji(text)) emoji.spans.push({ post, ...span(hit) });
    }
  });
  return [hashtags, emoji].filter((r) => r.spans.length > 0);
}

const span = ({ start, end, text }: MatchSpan) => ({ start, end, text });
