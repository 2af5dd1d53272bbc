// Public API of the term matcher. Pure TypeScript: no browser API, no DOM, no
// regular expression built from input; runs in the content script and in
// Vitest. See compile.ts and find.ts for how terms are matched in linear time.

export type { MatchSpan, TermEntry, TermHit, TermMatcher } from './types';
export type { HashtagHit } from './hashtags';
export { compileTerms } from './compile';
export { findHashtags } from './hashtags';
export { findLightHeartedEmoji } from './emoji';
export { profanityTerms } from './profanity';
export { normalizeForCompare } from './normalize';
