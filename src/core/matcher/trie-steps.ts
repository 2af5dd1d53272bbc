// What following one word from one phrase-trie node gives: the terms that end
// with it and the phrase nodes that go on after it.
//
// That depends only on the node and the word's readings, and posts repeat
// their words ("the", "council", ...), as do the posts of one organisation, so
// each (node, readings) is worked out once and then found with one hash
// lookup. The memo belongs to one compiled matcher (whose trie never changes)
// and is emptied when it reaches MEMO_LIMIT entries: memory stays bounded
// whatever is sent, and a post still costs time linear in its length.

import type { PhraseNode, TermEnd } from './phrase-trie';
import { EXACT, keyOf, stemsOfKey, stemsOfMasked, type Stem, type TokenKey } from './token-key';
import { wordAt, type Edge, type Lattice } from './lattice';
import { WordTable } from './word-table';

export interface Step<T> {
  /** Terms that end with the word, plural endings already checked. */
  readonly ends: readonly TermEnd<T>[];
  /** Nodes of phrases that go on after the word. */
  readonly children: readonly PhraseNode<T>[];
}

interface EdgeKeys {
  readonly keys: readonly TokenKey[];
  readonly stems: readonly Stem<TokenKey>[];
  readonly maskedStems: readonly Stem<string>[];
}

const NONE: readonly never[] = [];
// Most words of a post end and continue nothing: they all share this step.
const NOTHING: Step<never> = { ends: NONE, children: NONE };

// At most about 130 bytes an entry (a word of up to MAX_KEY units and a slot;
// the step itself is shared by most words), so the memo stays under 300 kB:
// enough for an organisation's everyday vocabulary.
const MEMO_LIMIT = 2048;
// Longer words (rare, and hardly ever a term) are worked out every time.
const MAX_KEY = 32;

export class Steps<T> {
  /** The root's memo of plain words: every word of every post looks at it. */
  private readonly rootWords = new WordTable<Step<T>>(MEMO_LIMIT);
  /** Other memos: the root's obfuscated edges, and every other node's words and edges. */
  private readonly memos = new Map<PhraseNode<T>, Map<string, Step<T>>>();
  private entries = 0; // in `memos`

  constructor(private readonly root: PhraseNode<T>) {}

  /** The step for the plain word at position p (its only reading is the word itself). */
  plain(node: PhraseNode<T>, lattice: Lattice, p: number): Step<T> {
    const spelled = lattice.respelled.size > 0 ? lattice.respelled.get(p) : undefined;
    if (node === this.root) {
      const { text, wordStart, wordEnd } = lattice;
      const from = wordStart[p] ?? 0;
      const to = wordEnd[p] ?? 0;
      const known =
        spelled === undefined
          ? this.rootWords.getSpan(text, from, to)
          : this.rootWords.get(spelled);
      if (known) return known;
      const word = spelled ?? text.slice(from, to);
      const step = stepOf(node, keysOf([word], NONE));
      if (word.length <= MAX_KEY) {
        this.makeRoom();
        this.rootWords.add(detach(word), step);
      }
      return step;
    }
    // Inside a phrase (rare): a string key is fine.
    const word = spelled ?? wordAt(lattice, p);
    return this.memoized(node, word, [word], NONE);
  }

  /** The step for a run or join edge. */
  edge(node: PhraseNode<T>, edge: Edge): Step<T> {
    // Never equal to a plain word, which has no U+0001 (a separator).
    const id = `${edge.readings.join('\u0000')}\u0001${edge.masked.join('\u0000')}`;
    return this.memoized(node, id, edge.readings, edge.masked);
  }

  private memoized(
    node: PhraseNode<T>,
    id: string,
    readings: readonly string[],
    masked: readonly string[],
  ): Step<T> {
    let memo = this.memos.get(node);
    let step = memo?.get(id);
    if (step === undefined) {
      step = stepOf(node, keysOf(readings, masked));
      if (id.length <= MAX_KEY) {
        this.makeRoom();
        if (!memo) this.memos.set(node, (memo = new Map()));
        memo.set(detach(id), step);
        this.entries++;
      }
    }
    return step;
  }

  private makeRoom(): void {
    if (this.entries + this.rootWords.size < MEMO_LIMIT) return;
    this.rootWords.clear();
    this.memos.clear();
    this.entries = 0;
  }
}

/**
 * A copy of `s` that does not point into the post it was cut from. V8 makes a
 * slice of 13 or more units a view of the whole string; as a key of this
 * long-lived memo it would keep every such post in memory. A join of several
 * strings is always a new flat string.
 */
function detach(s: string): string {
  return s.length < 13 ? s : s.split('').join('');
}

function keysOf(readings: readonly string[], masked: readonly string[]): EdgeKeys {
  const keys = readings.map(keyOf);
  return { keys, stems: keys.flatMap(stemsOfKey), maskedStems: masked.flatMap(stemsOfMasked) };
}

function stepOf<T>(node: PhraseNode<T>, k: EdgeKeys): Step<T> {
  const { ends, prefixEnds, next } = node;
  const found: TermEnd<T>[] = [];
  const children: PhraseNode<T>[] = [];
  if (ends) {
    const emitIf = (kind: number) => (list: readonly TermEnd<T>[]) => {
      for (const end of list) {
        if (kind === EXACT || (end.plurals & kind) !== 0) found.push(end);
      }
    };
    for (const s of k.stems) ends.match(s.key, emitIf(s.kind));
    for (const s of k.maskedStems) ends.matchMasked(s.key, emitIf(s.kind));
  }
  if (prefixEnds) {
    for (const key of k.keys) prefixEnds.match(key, (end) => found.push(end));
  }
  if (next) {
    const go = (child: PhraseNode<T>) => children.push(child);
    for (const key of k.keys) next.match(key, go);
    for (const s of k.maskedStems) if (s.kind === EXACT) next.matchMasked(s.key, go);
  }
  if (found.length === 0 && children.length === 0) return NOTHING;
  return { ends: found, children };
}
