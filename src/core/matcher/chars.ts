// Character classes of folded text, and the letters that digits, symbols and
// look-alike letters from other scripts stand for in obfuscated words.

/**
 * - letter: part of a word (any script; non-ASCII numerals count too, they
 *   have no leet meaning)
 * - digit: ASCII 0-9, a word character that may stand for a letter
 * - symbol: never a word on its own, but stands for a letter inside one (b@mb)
 * - mask: hides one letter inside a word (f***ing)
 * - apostrophe: joins a word when between two word characters (don't)
 * - other: separator
 */
export type CharClass = 'letter' | 'digit' | 'symbol' | 'mask' | 'apostrophe' | 'other';

const WORD = /[\p{L}\p{N}]/u;

const SYMBOLS = new Set(['@', '$', '!', '+', '|', '€', '¡']);
const MASKS = new Set(['*', '∗', '⁎', '✱', '✲', '•']);
const APOSTROPHES = new Set(["'", '’', 'ʼ', '‘']);

// The tokenizer classifies every character of every post, so classes are small
// integers (no string compare) and ASCII is a table lookup rather than a Map.
// The four classes that make up words come first: tokenize.ts tests `<= MASK_CHAR`.
export const LETTER = 0;
export const DIGIT = 1;
export const SYMBOL = 2;
export const MASK_CHAR = 3;
export const APOSTROPHE = 4;
export const OTHER = 5;
const NAMES: readonly CharClass[] = ['letter', 'digit', 'symbol', 'mask', 'apostrophe', 'other'];

function lookUp(cp: number): number {
  const ch = String.fromCodePoint(cp);
  if (SYMBOLS.has(ch)) return SYMBOL;
  if (MASKS.has(ch)) return MASK_CHAR;
  if (APOSTROPHES.has(ch)) return APOSTROPHE;
  if (cp >= 0x30 && cp <= 0x39) return DIGIT;
  return (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x80 && WORD.test(ch))
    ? LETTER
    : OTHER;
}

const ASCII = Uint8Array.from({ length: 0x80 }, (_, cp) => lookUp(cp));

// Classifying a non-ASCII character needs a Unicode property lookup; same
// bounded cache idea as in normalize.ts.
const cache = new Map<number, number>();
const CACHE_LIMIT = 4096;

/** The class of a code point as one of the constants above. */
export function classCode(cp: number): number {
  if (cp < 0x80) return ASCII[cp] ?? OTHER;
  let cls = cache.get(cp);
  if (cls === undefined) {
    cls = lookUp(cp);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(cp, cls);
  }
  return cls;
}

export function classify(cp: number): CharClass {
  return NAMES[classCode(cp)] ?? 'other';
}

// What a digit or symbol stands for, most likely reading first. Only a few are
// ambiguous ("@" is "a" in "@ss" but "o" in "b@mb"); the reader tries every
// combination while there are few of them. 2 and 6 are left alone: as letters
// they are rare and they appear in many ordinary codes.
const LEET: Readonly<Record<string, readonly string[]>> = {
  '0': ['o'],
  '1': ['i', 'l'],
  '3': ['e'],
  '4': ['a'],
  '5': ['s'],
  '7': ['t'],
  '8': ['b'],
  '9': ['g'],
  '@': ['a', 'o'],
  $: ['s'],
  '!': ['i'],
  '+': ['t'],
  '|': ['l', 'i'],
  '€': ['e'],
  '¡': ['i'],
};

export function leetLetters(ch: string): readonly string[] | undefined {
  return LEET[ch];
}

// Cyrillic and Greek letters that look like Latin ones (after lower-casing,
// so also the capitals' look-alikes: В, Н, Т, М, К). Only used inside a word
// that also has ASCII letters, so Russian or Greek text is never re-read as
// English; "bоmb" with a Cyrillic о is.
const LOOKALIKES: Readonly<Record<string, string>> = {
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  һ: 'h',
  ԛ: 'q',
  ԝ: 'w',
  α: 'a',
  β: 'b',
  ε: 'e',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
};

export function latinLookalike(ch: string): string | undefined {
  return LOOKALIKES[ch];
}

// By code point, for the tokenizer's per-letter check; every look-alike is
// Greek or Cyrillic, so ASCII and Latin letters skip the lookup.
const LOOKALIKE_CPS = new Set(Object.keys(LOOKALIKES).map((ch) => ch.codePointAt(0)));

export function isLookalike(cp: number): boolean {
  return cp >= 0x370 && LOOKALIKE_CPS.has(cp);
}

export function isAsciiLetter(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return ch.length === 1 && c >= 0x61 && c <= 0x7a;
}
