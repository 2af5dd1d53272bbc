// How a term from a rule file (or the profanity list) is read: through the
// same folding and tokenizing as posts, so "Kingsford  Council", "f u c k",
// "5h1t" and "ＢＯＭＢ" become the words a post is compared with.

import { isHashtagBody } from './hashtags';
import { foldString } from './normalize';
import { edgesAt, type Edge } from './lattice';
import { buildLattice } from './tokenize';

export type ParsedTerm =
  | {
      readonly kind: 'words';
      /** Folded, de-obfuscated words; a phrase has several. */
      readonly words: readonly string[];
      /** Trailing `*`: the last word is a prefix. */
      readonly prefix: boolean;
    }
  | {
      readonly kind: 'hashtag';
      /** '#' + folded body, as findHashtags reports it. */
      readonly tag: string;
      readonly prefix: boolean;
    };

/**
 * Parses a term, or returns null when it has no word at all ("", "*", "!!!").
 * A term that starts with '#' and is one valid hashtag is a hashtag term; any
 * other '#' (e.g. "#kingsford council", with a space) is just punctuation and
 * the term is read as words. A `*` only means "starts with" at the end ("drive*",
 * also "drive!*"); inside a term it is read like punctuation.
 *
 * Symbols that stand for letters inside a word ("a$$", "sh!+") are read as
 * letters in terms too, except a leading '@' or '¡' and a trailing '!': there
 * they are how people write a mention or an exclamation, so "@KingsfordGov"
 * and "Vote now!" are the words "kingsfordgov" and "vote now" (a post's
 * "bomb!" would otherwise be needed to match the term "bomb!").
 */
export function parseTerm(term: string): ParsedTerm | null {
  const s = foldString(term);
  // Plain loops rather than anchored regexes: linear on any input.
  let lo = 0;
  let hi = s.length;
  let prefix = false;
  while (hi > lo && (isSpace(s[hi - 1]) || s[hi - 1] === '*' || s[hi - 1] === '!')) {
    if (s[hi - 1] === '*') prefix = true;
    hi--;
  }
  while (lo < hi && (isSpace(s[lo]) || s[lo] === '@' || s[lo] === '¡')) lo++;
  const body = s.slice(lo, hi);
  if (body.startsWith('#') && isHashtagBody(body.slice(1))) {
    return { kind: 'hashtag', tag: body, prefix };
  }
  const words = termWords(body);
  return words.length > 0 ? { kind: 'words', words, prefix } : null;
}

const SPACE = /\s/u;
const isSpace = (ch: string | undefined) => ch !== undefined && SPACE.test(ch);

/** The term in its canonical written form; terms with the same form match the same. */
export function canonicalTerm(term: string): string | null {
  const parsed = parseTerm(term);
  if (!parsed) return null;
  const body = parsed.kind === 'hashtag' ? parsed.tag : parsed.words.join(' ');
  return parsed.prefix ? `${body}*` : body;
}

/**
 * Reads a folded term as one path through its lattice: at each position the
 * longest edge that has a plain reading, preferring de-obfuscated edges over
 * plain words of the same length ("b0mb" → "bomb", "f u c k" → "fuck"), and
 * the most likely reading of that edge.
 */
function termWords(folded: string): string[] {
  const lattice = buildLattice(folded);
  const words: string[] = [];
  for (let pos = 0; pos < lattice.size;) {
    let best: Edge | undefined;
    for (const edge of edgesAt(lattice, pos)) {
      if (edge.readings.length === 0) continue;
      if (
        !best ||
        edge.to > best.to ||
        (edge.to === best.to && best.kind === 'plain' && edge.kind !== 'plain')
      ) {
        best = edge;
      }
    }
    const word = best?.readings[0];
    if (!best || word === undefined) break;
    words.push(word);
    pos = best.to;
  }
  return words;
}
