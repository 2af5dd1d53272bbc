// Text folding for matching and comparison.
//
// Folding is done one code point at a time, never on the whole string, so that
// every folded UTF-16 unit remembers which original units it came from. Terms
// are found in the folded text but must be reported in the original one, and
// folding changes lengths: "ﬁ" becomes "fi", the styled "𝐛" (two units) becomes
// "b" (one unit), a combining accent disappears. Per-code-point folding gives
// the same letters as whole-string folding once combining marks are dropped,
// which is the only place where the two differ for Latin text.

const COMBINING_MARK = /\p{M}/u;
// Combining marks (accents after NFD) and invisible format characters (zero
// width space/joiner, soft hyphen, bidi controls): both are dropped, so
// "b\u200Bomb" and "bómb" read as "bomb".
const DROPPED = /[\p{M}\p{Cf}]/gu;
const WHITESPACE = /\s+/gu;

// Folding a non-ASCII code point costs four normalize() calls; posts repeat the
// same few hundred characters, so a small cache makes long posts cheap. It is
// cleared when full rather than evicted, which keeps memory bounded on hostile
// input made of thousands of distinct characters.
const cache = new Map<number, string>();
const CACHE_LIMIT = 4096;

/** The folded form of one code point: possibly empty, possibly several units. */
export function foldCodePoint(cp: number): string {
  if (cp < 0x80) {
    return String.fromCharCode(cp >= 0x41 && cp <= 0x5a ? cp + 0x20 : cp);
  }
  const cached = cache.get(cp);
  if (cached !== undefined) return cached;
  // NFKC first (full-width, mathematical and circled letters, ligatures), then
  // lower case, then NFD so accents become separate marks that can be dropped,
  // then NFC to put Hangul syllables back together.
  let folded = String.fromCodePoint(cp)
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(DROPPED, '')
    .normalize('NFC');
  // German sharp s: case folding makes it "ss", so "STRASSE" and "straße" agree.
  if (folded.includes('ß')) folded = folded.replaceAll('ß', 'ss');
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(cp, folded);
  return folded;
}

export interface FoldedText {
  /** The folded text. */
  readonly text: string;
  /** For each UTF-16 unit of `text`: where its source starts in the original. */
  readonly start: readonly number[];
  /** For each UTF-16 unit of `text`: where its source ends (exclusive) in the original. */
  readonly end: readonly number[];
}

/** Folds `original` and keeps, for every folded unit, its span in `original`. */
export function foldText(original: string): FoldedText {
  const parts: string[] = [];
  const start: number[] = [];
  const end: number[] = [];
  for (let i = 0; i < original.length;) {
    const cp = original.codePointAt(i) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    const folded = foldCodePoint(cp);
    if (folded.length > 0) {
      parts.push(folded);
      for (let k = 0; k < folded.length; k++) {
        start.push(i);
        end.push(i + width);
      }
    } else if (end.length > 0 && COMBINING_MARK.test(String.fromCodePoint(cp))) {
      // A dropped accent belongs to the letter before it: a hit ending on "é"
      // written as e + U+0301 must include the accent in the reported text.
      end[end.length - 1] = i + width;
    }
    i += width;
  }
  return { text: parts.join(''), start, end };
}

/** The folded form of `s` without the offset map. */
export function foldString(s: string): string {
  let out = '';
  for (let i = 0; i < s.length;) {
    const cp = s.codePointAt(i) ?? 0;
    out += foldCodePoint(cp);
    i += cp > 0xffff ? 2 : 1;
  }
  return out;
}

/**
 * NFKC, lower case, accents folded, invisible format characters removed, white
 * space collapsed and trimmed. Used to compare handles and hashtags; it folds
 * exactly as the matcher does, so "#Café" here equals a found "#CAFÉ".
 */
export function normalizeForCompare(s: string): string {
  return foldString(s).replace(WHITESPACE, ' ').trim();
}
