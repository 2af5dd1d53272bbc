// Hashtags, found in folded text so that "＃ＢＯＭＢ" and "#Bómb" are "#bomb".
//
// Follows the platforms' rule closely enough: '#' not preceded by a word
// character, '_' or '&' (so "abc#def" and "&#39;" are not hashtags), then
// letters, digits and '_', with at least one letter ("#2026" is not a hashtag).

import { classify } from './chars';
import { foldText } from './normalize';
import type { MatchSpan } from '../../../src/core/matcher/types';

export interface HashtagHit extends MatchSpan {
  /** '#' + folded lower-case body. */
  tag: string;
}

export interface FoldedHashtag {
  /** Span in the folded text. */
  readonly fStart: number;
  readonly fEnd: number;
  readonly tag: string;
}

export function scanHashtags(folded: string): FoldedHashtag[] {
  const out: FoldedHashtag[] = [];
  for (let i = folded.indexOf('#'); i >= 0; i = folded.indexOf('#', i + 1)) {
    if (i > 0 && !canPrecede(folded, i)) continue;
    const end = bodyEnd(folded, i + 1);
    if (end > i + 1 && hasLetter(folded, i + 1, end)) {
      out.push({ fStart: i, fEnd: end, tag: folded.slice(i, end) });
    }
  }
  return out;
}

/** Whether `s` (folded) is exactly one hashtag body. */
export function isHashtagBody(s: string): boolean {
  return s.length > 0 && bodyEnd(s, 0) === s.length && hasLetter(s, 0, s.length);
}

export function findHashtags(text: string): HashtagHit[] {
  const folded = foldText(text);
  return scanHashtags(folded.text).map(({ fStart, fEnd, tag }) => {
    const start = folded.start[fStart] ?? 0;
    const end = folded.end[fEnd - 1] ?? start;
    return { start, end, text: text.slice(start, end), tag };
  });
}

function isBodyChar(cp: number): boolean {
  if (cp === 0x5f) return true;
  const cls = classify(cp);
  return cls === 'letter' || cls === 'digit';
}

function canPrecede(s: string, i: number): boolean {
  const unit = s.charCodeAt(i - 1);
  // Step back over a surrogate pair to classify the whole character.
  const cp = unit >= 0xdc00 && unit <= 0xdfff && i >= 2 ? (s.codePointAt(i - 2) ?? unit) : unit;
  return cp !== 0x26 && !isBodyChar(cp);
}

function bodyEnd(s: string, from: number): number {
  let j = from;
  while (j < s.length) {
    const cp = s.codePointAt(j) ?? 0;
    if (!isBodyChar(cp)) break;
    j += cp > 0xffff ? 2 : 1;
  }
  return j;
}

function hasLetter(s: string, from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    if (classify(s.codePointAt(j) ?? 0) === 'letter') return true;
  }
  return false;
}
