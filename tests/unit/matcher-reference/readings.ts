// How an obfuscated word reads: "5h1t" → "shit", "b@mb" → "bamb" or "bomb",
// "f***ing" → the masked reading "f***ing" (each * one unknown letter).

import { isAsciiLetter, latinLookalike, leetLetters } from './chars';

/** One character of a word as the tokenizer saw it, with its folded offsets. */
export interface RawChar {
  readonly ch: string;
  readonly cls: 'letter' | 'digit' | 'symbol' | 'mask';
  /** Start of the character in the folded text. */
  readonly f: number;
  /** End (exclusive) of the character in the folded text. */
  readonly fe: number;
}

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
export function readWord(chars: readonly RawChar[]): WordReadings | null {
  let letters = 0;
  let digits = 0;
  let hasLatin = false;
  let lastNonDigit = -1;
  chars.forEach((c, j) => {
    if (c.cls === 'letter') {
      letters++;
      if (isAsciiLetter(c.ch)) hasLatin = true;
    }
    if (c.cls === 'digit') digits++;
    if (c.cls === 'letter' || c.cls === 'symbol') lastNonDigit = j;
  });
  if (letters === 0) return null;
  const digitsAreLetters = letters >= digits;

  let masked = false;
  let product = 1;
  const options = chars.map((c, j): readonly string[] => {
    let o: readonly string[];
    switch (c.cls) {
      case 'letter':
        o = [(hasLatin ? latinLookalike(c.ch) : undefined) ?? c.ch];
        break;
      case 'digit':
        o = digitsAreLetters && j < lastNonDigit ? (leetLetters(c.ch) ?? [c.ch]) : [c.ch];
        break;
      case 'symbol':
        o = leetLetters(c.ch) ?? [c.ch];
        break;
      case 'mask':
        masked = true;
        o = [MASK];
        break;
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
