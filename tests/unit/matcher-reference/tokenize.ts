// Splits folded text into a lattice of words.
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

import { classify, latinLookalike } from './chars';
import { readWord, type RawChar, type WordReadings } from './readings';

export type EdgeKind = 'plain' | 'run' | 'join';

export interface Edge extends WordReadings {
  readonly kind: EdgeKind;
  /** Lattice positions: the edge covers plain words from..to-1. */
  readonly from: number;
  readonly to: number;
  /** Span in the folded text. */
  readonly fStart: number;
  readonly fEnd: number;
}

export interface Lattice {
  /** Number of positions (plain words). */
  readonly size: number;
  /** edges[p]: the edges that start at position p. */
  readonly edges: readonly (readonly Edge[])[];
}

// Single characters are joined only when separated by at most this many
// folded units ("b o m b", "b . o . m . b"); further apart they are letters
// of a list or initials, not a hidden word.
const MAX_JOIN_GAP = 3;
// A "word" spelt one letter at a time longer than this is not a term (terms
// are at most 200 characters and the longest real one is far shorter); the
// cap keeps a hostile "a a a a …" post linear.
const MAX_JOIN_LENGTH = 64;

interface Single {
  readonly c: RawChar;
  /** Its position when it is a letter or digit, else -1. */
  readonly pos: number;
}

export function buildLattice(text: string): Lattice {
  const edges: Edge[][] = [];
  let singles: Single[] = [];
  let joinGap = '';

  const addEdge = (edge: Edge) => edges[edge.from]?.push(edge);

  // One maximal run of word characters (letters, digits, symbols, masks).
  const processRun = (run: readonly RawChar[]): number => {
    let lo = 0;
    let hi = run.length - 1;
    // Masks at the edges are emphasis (*bomb*), not hidden letters.
    while (lo <= hi && run[lo]?.cls === 'mask') lo++;
    while (hi >= lo && run[hi]?.cls === 'mask') hi--;
    let first = -1;
    let last = -1;
    let pieceStart = -1;
    let special = false;
    for (let j = lo; j <= hi + 1; j++) {
      const c = j <= hi ? run[j] : undefined;
      if (c && (c.cls === 'letter' || c.cls === 'digit')) {
        if (pieceStart < 0) pieceStart = j;
        if (c.cls === 'digit' || latinLookalike(c.ch) !== undefined) special = true;
        continue;
      }
      if (c) special = true;
      if (pieceStart >= 0) {
        const piece = run.slice(pieceStart, j);
        const pos = edges.length;
        edges.push([]);
        addEdge(plainEdge(piece, pos));
        if (first < 0) first = pos;
        last = pos;
        pieceStart = -1;
      }
    }
    if (special && first >= 0) {
      const word = run.slice(lo, hi + 1);
      const r = readWord(word);
      if (r) addEdge(wordEdge('run', word, first, last + 1, r));
    }
    return run.length === 1 ? first : -1;
  };

  const flushSingles = () => {
    if (singles.length >= 2) addJoinEdges(singles, addEdge);
    singles = [];
  };

  let run: RawChar[] = [];
  const endRun = () => {
    if (run.length === 0) return;
    const pos = processRun(run);
    const only = run.length === 1 ? run[0] : undefined;
    if (only) {
      const prev = singles[singles.length - 1];
      if (prev) {
        // One spelt-out word uses one separator throughout: "b.o.m.b b o m b"
        // is two words, not "bombbomb". Where the separator changes, the
        // character before the change may start the next word ("a b.o.m.b").
        const gap = text.slice(prev.c.fe, only.f);
        if (gap.length > MAX_JOIN_GAP) {
          flushSingles();
        } else if (singles.length >= 2 && gap !== joinGap) {
          flushSingles();
          singles.push(prev);
        }
        joinGap = gap;
      }
      singles.push({ c: only, pos });
    } else {
      flushSingles();
    }
    run = [];
  };

  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    const cls = classify(cp);
    if (cls === 'letter' || cls === 'digit' || cls === 'symbol' || cls === 'mask') {
      run.push({ ch: text.slice(i, i + width), cls, f: i, fe: i + width });
    } else if (!(cls === 'apostrophe' && insideWord(text, run, i + width))) {
      endRun();
    }
    i += width;
  }
  endRun();
  flushSingles();
  return { size: edges.length, edges };
}

function insideWord(text: string, run: readonly RawChar[], next: number): boolean {
  const prev = run[run.length - 1];
  if (!prev || (prev.cls !== 'letter' && prev.cls !== 'digit')) return false;
  const cls = classify(text.codePointAt(next) ?? 0x20);
  return cls === 'letter' || cls === 'digit';
}

function plainEdge(piece: readonly RawChar[], pos: number): Edge {
  return {
    kind: 'plain',
    from: pos,
    to: pos + 1,
    fStart: piece[0]?.f ?? 0,
    fEnd: piece[piece.length - 1]?.fe ?? 0,
    readings: [piece.map((c) => c.ch).join('')],
    masked: [],
  };
}

function wordEdge(
  kind: EdgeKind,
  word: readonly RawChar[],
  from: number,
  to: number,
  r: WordReadings,
): Edge {
  const fStart = word[0]?.f ?? 0;
  const fEnd = word[word.length - 1]?.fe ?? 0;
  return { kind, from, to, fStart, fEnd, readings: r.readings, masked: r.masked };
}

/**
 * Edges for a sequence of single characters. Besides the whole sequence, the
 * sequence without its first and/or last character is tried: in "put a b o m
 * b under" the article "a" is a single letter too, and in "b o m b !" the
 * final "!" is punctuation, not a letter.
 */
function addJoinEdges(singles: readonly Single[], addEdge: (e: Edge) => void): void {
  if (singles.length > MAX_JOIN_LENGTH) return;
  const n = singles.length;
  for (const lo of [0, 1]) {
    for (const hi of [n, n - 1]) {
      const part = singles.slice(lo, hi);
      const positions = part.filter((s) => s.pos >= 0);
      const firstPos = positions[0]?.pos;
      const lastPos = positions[positions.length - 1]?.pos;
      if (positions.length < 2 || firstPos === undefined || lastPos === undefined) continue;
      const word = part.map((s) => s.c);
      if (word[0]?.cls === 'mask' || word[word.length - 1]?.cls === 'mask') continue;
      const r = readWord(word);
      if (r) addEdge(wordEdge('join', word, firstPos, lastPos + 1, r));
    }
  }
}
