// Keys that make repeated letters and plurals cheap to match.
//
// A word is keyed by its skeleton (each run of a repeated letter written once)
// plus the length class of every run: 1, 2, or 3 for "three or more". Terms
// and text words are looked up by skeleton in a hash map, then their run
// classes are compared:
//   - equal classes match ("good" is g1 o2 d1, "god" is g1 o1 d1: no match);
//   - a run of 3+ in the text matches any class in the term, because only
//     such runs are treated as stretching ("boooomb" → "bomb", "goooood" →
//     "good"), never a doubled letter, which is ordinary spelling.
// Digits are never squeezed: "2000" is not "20000".

export interface TokenKey {
  readonly skel: string;
  /** One class character ('1', '2' or '3') per skeleton unit. */
  readonly runs: string;
}

const THREE = 0x33;

export function keyOf(word: string): TokenKey {
  if (!hasRepeat(word)) return { skel: word, runs: '1'.repeat(word.length) };
  const skel: string[] = [];
  const runs: string[] = [];
  for (let i = 0; i < word.length;) {
    const ch = word.charCodeAt(i);
    let j = i + 1;
    if (ch < 0x30 || ch > 0x39) {
      while (j < word.length && word.charCodeAt(j) === ch) j++;
    }
    skel.push(word[i] ?? '');
    const n = j - i;
    runs.push(n >= 3 ? '3' : n === 2 ? '2' : '1');
    i = j;
  }
  return { skel: skel.join(''), runs: runs.join('') };
}

/** Most words have no repeated letter: they are their own skeleton. */
function hasRepeat(word: string): boolean {
  for (let i = 1; i < word.length; i++) {
    const ch = word.charCodeAt(i);
    if (ch === word.charCodeAt(i - 1) && (ch < 0x30 || ch > 0x39)) return true;
  }
  return false;
}

/**
 * Whether text runs match term runs over the term's length. With `open`, the
 * term is a prefix (drive*), so its last run may continue in the text: "bom*"
 * matches "bommb", since that word does start with "bom".
 */
export function runsMatch(text: string, term: string, open: boolean): boolean {
  const n = term.length;
  for (let i = 0; i < n; i++) {
    const t = text.charCodeAt(i);
    const m = term.charCodeAt(i);
    if (t === m || t === THREE) continue;
    if (open && i === n - 1 && t > m) continue;
    return false;
  }
  return true;
}

// Plural endings, as bit flags so a term can allow several.
export const EXACT = 0;
export const PLURAL_S = 1;
export const PLURAL_ES = 2;
export const PLURAL_IES = 4;

/**
 * Which plural endings a term word takes. Words ending in s, x, z, ch or sh
 * only take -es: that is what keeps "assess" (= "asses" + s) from matching
 * "asses", and "class" from matching anything. Words ending in y take -s and
 * y→-ies (party → parties). Others take -s and -es (bomb → bombs, bombes;
 * hero → heroes).
 */
export function pluralsOf(word: string): number {
  if (/(?:s|x|z|ch|sh)$/u.test(word)) return PLURAL_ES;
  if (word.endsWith('y')) return PLURAL_S | PLURAL_IES;
  return PLURAL_S | PLURAL_ES;
}

export interface Stem<K> {
  readonly key: K;
  /** EXACT, or the plural ending removed to get `key`. */
  readonly kind: number;
}

/** The key itself and the singulars it may be a plural of. */
export function stemsOfKey(key: TokenKey): Stem<TokenKey>[] {
  const out: Stem<TokenKey>[] = [{ key, kind: EXACT }];
  const { skel, runs } = key;
  const ends = (suffix: string) =>
    skel.length > suffix.length &&
    skel.endsWith(suffix) &&
    runs.endsWith('1'.repeat(suffix.length));
  if (ends('s')) out.push({ key: cut(key, 1, ''), kind: PLURAL_S });
  if (ends('es')) out.push({ key: cut(key, 2, ''), kind: PLURAL_ES });
  if (ends('ies')) out.push({ key: cut(key, 3, 'y'), kind: PLURAL_IES });
  return out;
}

function cut(key: TokenKey, n: number, add: string): TokenKey {
  return {
    skel: key.skel.slice(0, -n) + add,
    runs: key.runs.slice(0, -n) + '1'.repeat(add.length),
  };
}

/** Same as stemsOfKey for a masked reading ("f**ks" → "f**k"). */
export function stemsOfMasked(word: string): Stem<string>[] {
  const out: Stem<string>[] = [{ key: word, kind: EXACT }];
  const ends = (suffix: string) => word.length > suffix.length + 1 && word.endsWith(suffix);
  if (ends('s')) out.push({ key: word.slice(0, -1), kind: PLURAL_S });
  if (ends('es')) out.push({ key: word.slice(0, -2), kind: PLURAL_ES });
  if (ends('ies')) out.push({ key: `${word.slice(0, -3)}y`, kind: PLURAL_IES });
  return out;
}
