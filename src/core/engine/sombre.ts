// Sombre-event mode's matches: hashtags outside the allowed ones and light-hearted emoji.
// Whether the mode is on is sombre-state.ts's (re-exported here for the engine).
import { findHashtags, findLightHeartedEmoji, type MatchSpan } from '../matcher';
import type { RuleFile } from '../rules/schema';
import { messages } from './sentences';
import { reason } from './reasons';
import type { Reason } from './types';

export { sombreAppliesTo, sombreState } from './sombre-state';

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
