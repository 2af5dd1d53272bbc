// Splits folded text into a lattice of words (lattice.ts).
//
// Positions are the plain words of the text (maximal runs of letters and
// digits; an apostrophe inside a word is skipped, so "don't" is "dont" and
// "Kingsford's" is "kingsfords"). Every plain word is an edge from its position
// to the next. Obfuscations add longer edges over the same positions:
//   - a "run" edge for a word written with symbols, digits, masks or
//     look-alike letters ("sh!t" spans the plain words "sh" and "t");
//   - a "join" edge for single characters separated by a little punctuation or
//     space ("b.o.m.b", "f u c k").
// Matching walks these edges, so a phrase can use any mix of them. Building
// the lattice is one pass over the text plus work proportional to each word.
//
// Every post goes through here at send time, so the common case allocates
// nothing per character or word: characters are read by index from the folded
// text, and a plain word is two offsets in typed arrays (matching looks words
// up by span, see word-table.ts). Only the rare obfuscated words become Edge
// objects.

import { APOSTROPHE, classCode, DIGIT, isLookalike, LETTER, MASK_CHAR, OTHER } from './chars';
import { Singles } from './joins';
import type { Edge, Lattice } from './lattice';
import { readWord, type WordReadings } from './readings';

const width = (cp: number) => (cp > 0xffff ? 2 : 1);

export function buildLattice(text: string): Lattice {
  const n = text.length;
  // Plain words are separated by at least one character: at most n/2 + 1.
  const wordStart = new Int32Array((n >> 1) + 1);
  const wordEnd = new Int32Array((n >> 1) + 1);
  const respelled = new Map<number, string>();
  const extras = new Map<number, Edge[]>();
  let size = 0;
  // Posts repeat their obfuscated words ("@KingsfordNews", "today!"): read each once.
  const readings = new Map<string, WordReadings | null>();
  const addEdge = (edge: Edge) => {
    const list = extras.get(edge.from);
    if (list) list.push(edge);
    else extras.set(edge.from, [edge]);
  };
  const newWord = (from: number, to: number, apostrophes: boolean): number => {
    const pos = size++;
    wordStart[pos] = from;
    wordEnd[pos] = to;
    if (apostrophes) {
      const word = withoutApostrophes(text, from, to);
      if (word.length !== to - from) respelled.set(pos, word);
    }
    return pos;
  };

  // One maximal run of word characters (letters, digits, symbols, masks) in
  // text[from, to), with apostrophes inside words in it; returns the position
  // of its first plain word, or -1.
  const processRun = (from: number, to: number, apostrophes: boolean): number => {
    // Masks at the edges are emphasis (*bomb*), not hidden letters.
    let lo = from;
    let hi = to;
    while (lo < hi && classCode(text.codePointAt(lo) ?? 0) === MASK_CHAR) lo++;
    while (hi > lo && classCode(text.charCodeAt(hi - 1)) === MASK_CHAR) hi--;
    let first = -1;
    let last = -1;
    let pieceStart = -1;
    let pieceEnd = -1;
    let special = false;
    for (let i = lo; i <= hi;) {
      const cp = i < hi ? (text.codePointAt(i) ?? 0) : 0;
      const cls = i < hi ? classCode(cp) : OTHER;
      if (cls === APOSTROPHE) {
        i++; // inside a word, so inside a piece: the piece goes on
        continue;
      }
      if (cls === LETTER || cls === DIGIT) {
        if (pieceStart < 0) pieceStart = i;
        if (cls === DIGIT || isLookalike(cp)) special = true;
        i += width(cp);
        pieceEnd = i;
        continue;
      }
      if (i < hi) special = true;
      if (pieceStart >= 0) {
        last = newWord(pieceStart, pieceEnd, apostrophes);
        if (first < 0) first = last;
        pieceStart = -1;
      }
      if (i === hi) break;
      i += width(cp);
    }
    if (special && first >= 0) {
      const word = apostrophes ? withoutApostrophes(text, lo, hi) : text.slice(lo, hi);
      let r = readings.get(word);
      if (r === undefined) readings.set(word, (r = readWord(word)));
      if (r) addEdge({ kind: 'run', from: first, to: last + 1, fStart: lo, fEnd: hi, ...r });
    }
    return first;
  };

  const singles = new Singles(text, addEdge);
  let runStart = -1;
  let runEnd = -1;
  let lastCls = OTHER; // class of the run's last character
  let apostrophes = false; // whether the run skips an apostrophe
  // Whether the run is letters only, none a look-alike: then it is one plain
  // word and nothing else, and processRun need not read it again.
  let plain = true;
  const endRun = () => {
    const pos =
      plain && !apostrophes
        ? newWord(runStart, runEnd, false)
        : processRun(runStart, runEnd, apostrophes);
    singles.endRun(runStart, runEnd, pos);
    runStart = -1;
    apostrophes = false;
    plain = true;
  };
  for (let i = 0; i < n;) {
    let c = text.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) {
      // Lower-case ASCII letters, most of any folded post: a tight loop.
      if (runStart < 0) runStart = i;
      do c = text.charCodeAt(++i);
      while (c >= 0x61 && c <= 0x7a);
      runEnd = i;
      lastCls = LETTER;
      continue;
    }
    const cp = c < 0xd800 ? c : (text.codePointAt(i) ?? c);
    const w = width(cp);
    const cls = classCode(cp);
    if (cls <= MASK_CHAR) {
      // A letter, digit, symbol or mask (chars.ts numbers them first).
      if (runStart < 0) runStart = i;
      runEnd = i + w;
      lastCls = cls;
      if (cls !== LETTER || isLookalike(cp)) plain = false;
    } else if (cls === APOSTROPHE && runStart >= 0 && insideWord(text, lastCls, i + w)) {
      apostrophes = true;
    } else if (runStart >= 0) {
      endRun();
    }
    i += w;
  }
  if (runStart >= 0) endRun();
  singles.flush();
  return { size, text, wordStart, wordEnd, respelled, extras };
}

/** An apostrophe between two letters or digits is part of the word ("don't"). */
function insideWord(text: string, prevCls: number, next: number): boolean {
  if (prevCls !== LETTER && prevCls !== DIGIT) return false;
  const cls = classCode(text.codePointAt(next) ?? 0x20);
  return cls === LETTER || cls === DIGIT;
}

function withoutApostrophes(text: string, from: number, to: number): string {
  let out = '';
  for (let i = from; i < to;) {
    const cp = text.codePointAt(i) ?? 0;
    const w = width(cp);
    if (classCode(cp) !== APOSTROPHE) out += text.slice(i, i + w);
    i += w;
  }
  return out;
}
