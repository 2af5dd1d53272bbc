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

// Classifying a non-ASCII character needs a Unicode property lookup; same
// bounded cache idea as in normalize.ts.
const cache = new Map<number, CharClass>();
const CACHE_LIMIT = 4096;

export function classify(cp: number): CharClass {
  if (cp < 0x80) {
    if (cp >= 0x61 && cp <= 0x7a) return 'letter';
    if (cp >= 0x30 && cp <= 0x39) return 'digit';
    if (cp >= 0x41 && cp <= 0x5a) return 'letter';
  }
  const cached = cache.get(cp);
  if (cached !== undefined) return cached;
  const ch = String.fromCodePoint(cp);
  let cls: CharClass;
  if (SYMBOLS.has(ch)) cls = 'symbol';
  else if (MASKS.has(ch)) cls = 'mask';
  else if (APOSTROPHES.has(ch)) cls = 'apostrophe';
  else if (cp >= 0x80 && WORD.test(ch)) cls = 'letter';
  else cls = 'other';
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(cp, cls);
  return cls;
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

export function isAsciiLetter(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return ch.length === 1 && c >= 0x61 && c <= 0x7a;
}
