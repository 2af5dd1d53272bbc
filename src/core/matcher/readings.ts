// How an obfuscated word reads: "5h1t" → "shit", "b@mb" → "bamb" or "bomb",
// "f***ing" → the masked reading "f***ing" (each * one unknown letter).

import {
  classCode,
  DIGIT,
  isAsciiLetter,
  LETTER,
  latinLookalike,
  leetLetters,
  MASK_CHAR,
  SYMBOL,
} from './chars';

export interface WordReadings {
  /** Plain readings: letters only. */
  readonly readings: readonly string[];
  /** Masked readings: '*' marks a hidden letter; first and last letters are visible. */
  readonly masked: readonly string[];
}

/** The character that stands for a hidden letter in a masked reading. */
export const MASK = '*';

// Ambiguous characters multiply the readings ("@1@1" has 16); past this many
// only the most likely reading is tried, so a hostile word costs no more than
// a few lookups.
const MAX_READINGS = 8;

/**
 * The readings of a word that contains digits, symbols, masks or look-alike
 * letters, or null when it has no letter at all ("2026", "$$$" stay what they
 * are). A digit is read as a letter only when a letter or symbol follows it in
 * the word, and only in a word with at least as many letters as digits:
 * "5hit", "sh1t" and "b00bs" are words, but in "A55" or "covid19" the trailing
 * number is a number (the A55 is a road, not a swear word) and "800b" is a
 * size.
 */
export function readWord(word: string): WordReadings | null {
  // The word's characters (code points) and their classes. Words are short and
  // only obfuscated ones get here, once per distinct word in a post.
  const chars: string[] = [];
  const classes: number[] = [];
  let letters = 0;
  let digits = 0;
  let hasLatin = false;
  let lastNonDigit = -1;
  for (let i = 0; i < word.length;) {
    const cp = word.codePointAt(i) ?? 0;
    const ch = word.slice(i, (i += cp > 0xffff ? 2 : 1));
    const cls = classCode(cp);
    if (cls === LETTER) {
      letters++;
      if (isAsciiLetter(ch)) hasLatin = true;
    }
    if (cls === DIGIT) digits++;
    if (cls === LETTER || cls === SYMBOL) lastNonDigit = chars.length;
    chars.push(ch);
    classes.push(cls);
  }
  if (letters === 0) return null;
  const digitsAreLetters = letters >= digits;

  let masked = false;
  let product = 1;
  const options = chars.map((ch, j): readonly string[] => {
    let o: readonly string[];
    switch (classes[j]) {
      case LETTER:
        o = [(hasLatin ? latinLookalike(ch) : undefined) ?? ch];
        break;
      case DIGIT:
        o = digitsAreLetters && j < lastNonDigit ? (leetLetters(ch) ?? [ch]) : [ch];
        break;
      case SYMBOL:
        o = leetLetters(ch) ?? [ch];
        break;
      case MASK_CHAR:
        masked = true;
        o = [MASK];
        break;
      default:
        // Never: the tokenizer puts only the four classes above in a word.
        o = [ch];
    }
    product = Math.min(product * o.length, MAX_READINGS + 1);
    return o;
  });

  if (masked) {
    // "f***" or "***k" hide too much to say which word it is.
    const first = options[0]?.[0];
    const last = options[options.length - 1]?.[0];
    if (!isVisibleLetter(first) || !isVisibleLetter(last)) return { readings: [], masked: [] };
  }
  const all = product <= MAX_READINGS ? expand(options) : [options.map((o) => o[0]).join('')];
  return masked ? { readings: [], masked: all } : { readings: all, masked: [] };
}

function isVisibleLetter(ch: string | undefined): boolean {
  if (ch === undefined || ch === MASK) return false;
  const c = ch.charCodeAt(0);
  return !(c >= 0x30 && c <= 0x39);
}

/** Every combination of the options, in order (most likely first). */
function expand(options: readonly (readonly string[])[]): string[] {
  let out = [''];
  for (const o of options) {
    if (o.length === 1) {
      const ch = o[0] ?? '';
      out = out.map((s) => s + ch);
    } else {
      out = out.flatMap((s) => o.map((ch) => s + ch));
    }
  }
  return out;
}
