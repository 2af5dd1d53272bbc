// Finding compiled terms in a post.
//
// From every lattice position, the phrase trie is followed along the lattice's
// edges for at most `maxWords` steps. Each step is a few hash lookups per
// reading of an edge (readings, plural stems and edges per position are all
// bounded by constants), so a post costs time linear in its length for a
// given term set. Duplicate paths to the same trie node and position are
// merged per step, so ambiguous readings cannot multiply.

import type { CompiledTerms, PhraseNode, TermEnd } from './phrase-trie';
import { scanHashtags } from './hashtags';
import { foldText, type FoldedText } from './normalize';
import type { Step, Steps } from './trie-steps';
import type { Lattice } from './lattice';
import { buildLattice } from './tokenize';
import type { TermHit } from './types';

interface RawHit<T> {
  readonly fStart: number;
  readonly fEnd: number;
  readonly end: TermEnd<T>;
}

interface Pending<T> {
  readonly node: PhraseNode<T>;
  readonly pos: number;
  /** Folded start of the first word of the phrase. */
  readonly fStart: number;
}

export function findTerms<T>(
  compiled: CompiledTerms<T>,
  steps: Steps<T>,
  text: string,
): TermHit<T>[] {
  if (text.length === 0) return [];
  const folded = foldText(text);
  const raw: RawHit<T>[] = [];
  const { root } = compiled;
  if (root.ends || root.prefixEnds || root.next) {
    findWords(compiled, steps, buildLattice(folded.text), raw);
  }
  if (compiled.hasHashtags) {
    for (const h of scanHashtags(folded.text)) {
      const emit = (end: TermEnd<T>) => raw.push({ fStart: h.fStart, fEnd: h.fEnd, end });
      compiled.hashtags.get(h.tag)?.forEach(emit);
      compiled.hashtagPrefixes.walk(h.tag, (_depth, ends) => ends.forEach(emit));
    }
  }
  return toHits(raw, folded, text);
}

function findWords<T>(
  compiled: CompiledTerms<T>,
  steps: Steps<T>,
  lattice: Lattice,
  raw: RawHit<T>[],
): void {
  const { size, wordStart, wordEnd, extras } = lattice;
  const { root, maxWords } = compiled;
  const walk = new Walk(raw, size);
  // The few positions with obfuscated edges, in order: no lookup for the others.
  const withExtras = [...extras.keys()].sort((a, b) => a - b);
  let nextExtra = 0;
  for (let p = 0; p < size; p++) {
    // Depth 0, from the root: the path every word takes; one lookup when the
    // word was seen before.
    walk.follow(steps.plain(root, lattice, p), p + 1, wordStart[p] ?? 0, wordEnd[p] ?? 0);
    if (withExtras[nextExtra] === p) {
      nextExtra++;
      for (const edge of extras.get(p) ?? []) {
        walk.follow(steps.edge(root, edge), edge.to, edge.fStart, edge.fEnd);
      }
    }
    // Phrases that go on, at most maxWords words in all.
    let frontier = walk.take();
    for (let depth = 1; depth < maxWords && frontier; depth++) {
      for (const { node, pos, fStart } of frontier) {
        walk.follow(steps.plain(node, lattice, pos), pos + 1, fStart, wordEnd[pos] ?? 0);
        for (const edge of extras.get(pos) ?? []) {
          walk.follow(steps.edge(node, edge), edge.to, fStart, edge.fEnd);
        }
      }
      frontier = walk.take();
    }
  }
}

/** Collects the hits of one step and the phrases it continues, merging duplicates. */
class Walk<T> {
  private next: Pending<T>[] = [];
  // Duplicate paths to the same trie node and position are merged per step,
  // so ambiguous readings cannot multiply.
  private readonly seen = new Set<string>();

  constructor(
    private readonly raw: RawHit<T>[],
    private readonly size: number,
  ) {}

  follow(step: Step<T>, to: number, fStart: number, fEnd: number): void {
    for (const end of step.ends) this.raw.push({ fStart, fEnd, end });
    if (to >= this.size) return;
    for (const child of step.children) {
      const id = `${child.id}:${to}:${fStart}`;
      if (this.seen.has(id)) continue;
      this.seen.add(id);
      this.next.push({ node: child, pos: to, fStart });
    }
  }

  /** The phrases continued since the last call, if any; starts the next step. */
  take(): Pending<T>[] | undefined {
    if (this.next.length === 0) return undefined;
    const taken = this.next;
    this.next = [];
    this.seen.clear();
    return taken;
  }
}

function toHits<T>(raw: readonly RawHit<T>[], folded: FoldedText, text: string): TermHit<T>[] {
  const seen = new Set<string>();
  const hits: (TermHit<T> & { index: number })[] = [];
  for (const { fStart, fEnd, end } of raw) {
    const start = folded.start[fStart] ?? 0;
    const stop = folded.end[fEnd - 1] ?? start;
    const id = `${start}:${stop}:${end.index}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const { tag, term, index } = end;
    hits.push({ start, end: stop, text: text.slice(start, stop), tag, term, index });
  }
  hits.sort((a, b) => a.start - b.start || a.end - b.end || a.index - b.index);
  return hits.map(({ start, end, text: t, tag, term }) => ({ start, end, text: t, tag, term }));
}
