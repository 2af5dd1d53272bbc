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
  readonly start: Int32Array;
  /** For each UTF-16 unit of `text`: where its source ends (exclusive) in the original. */
  readonly end: Int32Array;
}

// Whether a dropped code point is a combining mark (see foldText); cached like
// the folds, since zalgo text repeats the same few marks thousands of times.
const marks = new Map<number, boolean>();

function isCombiningMark(cp: number): boolean {
  let mark = marks.get(cp);
  if (mark === undefined) {
    mark = COMBINING_MARK.test(String.fromCodePoint(cp));
    if (marks.size >= CACHE_LIMIT) marks.clear();
    marks.set(cp, mark);
  }
  return mark;
}

/**
 * Folds `original` and keeps, for every folded unit, its span in `original`.
 * One pass, and nothing allocated per character: the offsets go into typed
 * arrays, and stretches of characters that fold to themselves (most of any
 * post) are copied into the folded text as one slice each.
 */
export function foldText(original: string): FoldedText {
  const n = original.length;
  let start: Int32Array = new Int32Array(n + 16);
  let end: Int32Array = new Int32Array(n + 16);
  const parts: string[] = [];
  let out = 0; // folded units written
  let kept = 0; // start of the stretch of original text not yet copied to parts
  for (let i = 0; i < n;) {
    // ASCII, most of any post: one unit in, one out, at the same offset. The
    // arrays always have room for one unit per character left (see below).
    let c = original.charCodeAt(i);
    while (c < 0x80) {
      if (isUpper(c) && i >= kept) {
        // A run of capitals is lower-cased as one slice (a shouted post); its
        // other letters are then already copied (i < kept).
        let j = i + 1;
        while (j < n && isUpper(original.charCodeAt(j))) j++;
        if (kept < i) parts.push(original.slice(kept, i));
        parts.push(
          j === i + 1 ? String.fromCharCode(c + 0x20) : original.slice(i, j).toLowerCase(),
        );
        kept = j;
      }
      start[out] = i;
      end[out] = i + 1;
      out++;
      if (++i === n) break;
      c = original.charCodeAt(i);
    }
    if (i === n) break;
    const cp = original.codePointAt(i) ?? c;
    const width = cp > 0xffff ? 2 : 1;
    const f = foldCodePoint(cp);
    const same =
      f.length === width &&
      f.charCodeAt(0) === c &&
      (width === 1 || f.charCodeAt(1) === original.charCodeAt(i + 1));
    const folded = same ? undefined : f;
    const units = folded === undefined ? width : folded.length;
    // Folding rarely lengthens text ("ﬁ" → "fi"); then the arrays grow, so
    // that the ASCII loop above never has to check.
    if (out + units + (n - i - width) > start.length) {
      start = grow(start, out + units + (n - i - width));
      end = grow(end, out + units + (n - i - width));
    }
    if (folded !== undefined) {
      if (kept < i) parts.push(original.slice(kept, i));
      if (units > 0) parts.push(folded);
      kept = i + width;
      // A dropped accent belongs to the letter before it: a hit ending on "é"
      // written as e + U+0301 must include the accent in the reported text.
      if (units === 0 && out > 0 && isCombiningMark(cp)) end[out - 1] = i + width;
    }
    for (let k = 0; k < units; k++, out++) {
      start[out] = i;
      end[out] = i + width;
    }
    i += width;
  }
  if (kept < n) parts.push(kept === 0 ? original : original.slice(kept));
  return { text: parts.join(''), start: start.subarray(0, out), end: end.subarray(0, out) };
}

const isUpper = (c: number) => c >= 0x41 && c <= 0x5a;

function grow(a: Int32Array, min: number): Int32Array {
  const b = new Int32Array(Math.max(min, a.length * 2));
  b.set(a);
  return b;
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
