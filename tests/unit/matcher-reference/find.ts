// Finding compiled terms in a post.
//
// From every lattice position, the phrase trie is followed along the lattice's
// edges for at most `maxWords` steps. Each step is a few hash lookups per
// reading of an edge (readings, plural stems and edges per position are all
// bounded by constants), so a post costs time linear in its length for a
// given term set. Duplicate paths to the same trie node and position are
// merged per step, so ambiguous readings cannot multiply.

import type { CompiledTerms, PhraseNode, TermEnd } from './compile';
import { scanHashtags } from './hashtags';
import { foldText, type FoldedText } from './normalize';
import { buildLattice, type Edge, type Lattice } from './tokenize';
import {
  EXACT,
  keyOf,
  stemsOfKey,
  stemsOfMasked,
  type Stem,
  type TokenKey,
} from '../../../src/core/matcher/token-key';
import type { TermHit } from '../../../src/core/matcher/types';

interface RawHit<T> {
  readonly fStart: number;
  readonly fEnd: number;
  readonly end: TermEnd<T>;
}

interface Pending<T> {
  readonly node: PhraseNode<T>;
  readonly pos: number;
  /** Folded start of the first word of the phrase, -1 before the first step. */
  readonly fStart: number;
}

interface EdgeKeys {
  readonly keys: readonly TokenKey[];
  readonly stems: readonly Stem<TokenKey>[];
  readonly maskedStems: readonly Stem<string>[];
}

export function findTerms<T>(compiled: CompiledTerms<T>, text: string): TermHit<T>[] {
  if (text.length === 0) return [];
  const folded = foldText(text);
  const raw: RawHit<T>[] = [];
  const { root } = compiled;
  if (root.ends || root.prefixEnds || root.next) {
    findWords(compiled, buildLattice(folded.text), raw);
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

function findWords<T>(compiled: CompiledTerms<T>, lattice: Lattice, raw: RawHit<T>[]): void {
  // Keys depend only on an edge's readings; posts repeat words, so they are
  // computed once per distinct reading set, however many edges and phrases
  // look at them. Bounded by the number of edges, so linear.
  const byReadings = new Map<string, EdgeKeys>();
  const byEdge = new Map<Edge, EdgeKeys>();
  const keysOf = (edge: Edge): EdgeKeys => {
    let k = byEdge.get(edge);
    if (k) return k;
    const id = `${edge.readings.join('\u0000')}\u0001${edge.masked.join('\u0000')}`;
    k = byReadings.get(id);
    if (!k) {
      const keys = edge.readings.map(keyOf);
      k = {
        keys,
        stems: keys.flatMap(stemsOfKey),
        maskedStems: edge.masked.flatMap(stemsOfMasked),
      };
      byReadings.set(id, k);
    }
    byEdge.set(edge, k);
    return k;
  };

  for (let p = 0; p < lattice.size; p++) {
    let frontier: Pending<T>[] = [{ node: compiled.root, pos: p, fStart: -1 }];
    for (let depth = 0; depth < compiled.maxWords && frontier.length > 0; depth++) {
      const next: Pending<T>[] = [];
      let seen: Set<string> | undefined;
      for (const item of frontier) {
        for (const edge of lattice.edges[item.pos] ?? []) {
          step(item, edge, keysOf(edge), lattice.size, raw, (child, fStart) => {
            const id = `${child.id}:${edge.to}:${fStart}`;
            seen ??= new Set();
            if (seen.has(id)) return;
            seen.add(id);
            next.push({ node: child, pos: edge.to, fStart });
          });
        }
      }
      frontier = next;
    }
  }
}

/** Follows one edge from one trie node: terms that end here, phrases that go on. */
function step<T>(
  item: Pending<T>,
  edge: Edge,
  k: EdgeKeys,
  size: number,
  raw: RawHit<T>[],
  advance: (child: PhraseNode<T>, fStart: number) => void,
): void {
  const { node } = item;
  const fStart = item.fStart < 0 ? edge.fStart : item.fStart;
  const fEnd = edge.fEnd;
  const { ends, prefixEnds, next } = node;
  if (ends) {
    const emitIf = (kind: number) => (found: readonly TermEnd<T>[]) => {
      for (const end of found) {
        if (kind === EXACT || (end.plurals & kind) !== 0) raw.push({ fStart, fEnd, end });
      }
    };
    for (const s of k.stems) ends.match(s.key, emitIf(s.kind));
    for (const s of k.maskedStems) ends.matchMasked(s.key, emitIf(s.kind));
  }
  if (prefixEnds) {
    for (const key of k.keys) prefixEnds.match(key, (end) => raw.push({ fStart, fEnd, end }));
  }
  if (next && edge.to < size) {
    const go = (child: PhraseNode<T>) => advance(child, fStart);
    for (const key of k.keys) next.match(key, go);
    for (const s of k.maskedStems) if (s.kind === EXACT) next.matchMasked(s.key, go);
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
