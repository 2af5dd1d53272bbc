// "Join" edges of the lattice (tokenize.ts): words spelt one character at a
// time with a little punctuation or space between ("b o m b", "b.o.m.b").
//
// Single-character runs are remembered as offsets into the folded text (plain
// arrays of numbers, reused), not as objects: "a" and "I" are in most posts,
// and only a sequence of two or more ever becomes a word to read.

import { classCode, MASK_CHAR } from './chars';
import { readWord } from './readings';
import type { Edge } from './lattice';

// Single characters are joined only when separated by at most this many
// folded units ("b o m b", "b . o . m . b"); further apart they are letters
// of a list or initials, not a hidden word.
const MAX_JOIN_GAP = 3;
// A "word" spelt one letter at a time longer than this is not a term (terms
// are at most 200 characters and the longest real one is far shorter); the
// cap keeps a hostile "a a a a …" post linear.
const MAX_JOIN_LENGTH = 64;

/** The current sequence of single characters, each a run of its own. */
export class Singles {
  /** Span of each single in the folded text, and its position (-1 when not a letter or digit). */
  private readonly from: number[] = [];
  private readonly to: number[] = [];
  private readonly pos: number[] = [];
  // Entries in use. The arrays are overwritten, never truncated: every word of
  // a post ends a sequence, and emptying three arrays per word was a tenth of
  // the matcher's time on long posts.
  private count = 0;
  /** The separator between the last two singles, as a span of the text. */
  private gapFrom = 0;
  private gapTo = 0;

  constructor(
    private readonly text: string,
    private readonly addEdge: (edge: Edge) => void,
  ) {}

  /** Called for every run of word characters, in order, with the position of its first plain word (or -1). */
  endRun(from: number, to: number, pos: number): void {
    const cp = this.text.codePointAt(from) ?? 0;
    if (to - from !== (cp > 0xffff ? 2 : 1)) {
      this.flush();
      return;
    }
    const k = this.count - 1;
    const prevFrom = this.from[k] ?? 0;
    const prevTo = this.to[k] ?? 0;
    const prevPos = this.pos[k] ?? -1;
    if (k >= 0) {
      // One spelt-out word uses one separator throughout: "b.o.m.b b o m b"
      // is two words, not "bombbomb". Where the separator changes, the
      // character before the change may start the next word ("a b.o.m.b").
      if (from - prevTo > MAX_JOIN_GAP) {
        this.flush();
      } else if (k >= 1 && !this.sameGap(prevTo, from)) {
        this.flush();
        this.push(prevFrom, prevTo, prevPos);
      }
      this.gapFrom = prevTo;
      this.gapTo = from;
    }
    this.push(from, to, pos);
  }

  flush(): void {
    if (this.count >= 2) this.addJoinEdges();
    this.count = 0;
  }

  private push(from: number, to: number, pos: number): void {
    this.from[this.count] = from;
    this.to[this.count] = to;
    this.pos[this.count] = pos;
    this.count++;
  }

  private sameGap(from: number, to: number): boolean {
    if (to - from !== this.gapTo - this.gapFrom) return false;
    for (let i = 0; i < to - from; i++) {
      if (this.text.charCodeAt(from + i) !== this.text.charCodeAt(this.gapFrom + i)) return false;
    }
    return true;
  }

  /**
   * Edges for the sequence. Besides the whole sequence, the sequence without
   * its first and/or last character is tried: in "put a b o m b under" the
   * article "a" is a single letter too, and in "b o m b !" the final "!" is
   * punctuation, not a letter.
   */
  private addJoinEdges(): void {
    const { text, from, to, pos, count: n } = this;
    if (n > MAX_JOIN_LENGTH) return;
    for (const lo of [0, 1]) {
      for (const hi of [n, n - 1]) {
        let firstPos = -1;
        let lastPos = -1;
        let positions = 0;
        let word = '';
        for (let k = lo; k < hi; k++) {
          const p = pos[k] ?? -1;
          if (p >= 0) {
            if (firstPos < 0) firstPos = p;
            lastPos = p;
            positions++;
          }
          word += text.slice(from[k], to[k]);
        }
        if (positions < 2) continue;
        const fStart = from[lo] ?? 0;
        const fEnd = to[hi - 1] ?? 0;
        if (isMask(text, fStart) || isMask(text, fEnd - 1)) continue;
        const r = readWord(word);
        if (r) this.addEdge({ kind: 'join', from: firstPos, to: lastPos + 1, fStart, fEnd, ...r });
      }
    }
  }
}

// Every mask character is one UTF-16 unit, so the unit at the edge tells.
const isMask = (text: string, at: number) => classCode(text.charCodeAt(at)) === MASK_CHAR;
