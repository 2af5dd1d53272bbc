// The lattice of a folded text (built by tokenize.ts, walked by find.ts):
// positions are its plain words, edges are readings over one or more of them.

import type { WordReadings } from './readings';

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
  /** The folded text. */
  readonly text: string;
  /** Span in the folded text of the plain word at each position (an edge from p to p + 1). */
  readonly wordStart: Int32Array;
  readonly wordEnd: Int32Array;
  /** The plain words that are not just their span: an apostrophe is skipped ("don't"). */
  readonly respelled: ReadonlyMap<number, string>;
  /** The run and join edges that start at a position, in the order found; most have none. */
  readonly extras: ReadonlyMap<number, readonly Edge[]>;
}

/** The plain word at position p. */
export function wordAt(lattice: Lattice, p: number): string {
  return (
    lattice.respelled.get(p) ??
    lattice.text.slice(lattice.wordStart[p] ?? 0, lattice.wordEnd[p] ?? 0)
  );
}

/** Every edge that starts at `p`, the plain word first (for terms.ts, not the hot path). */
export function edgesAt(lattice: Lattice, p: number): Edge[] {
  if (p < 0 || p >= lattice.size) return [];
  const fStart = lattice.wordStart[p] ?? 0;
  const fEnd = lattice.wordEnd[p] ?? 0;
  const readings = [wordAt(lattice, p)];
  const plain: Edge = { kind: 'plain', from: p, to: p + 1, fStart, fEnd, readings, masked: [] };
  return [plain, ...(lattice.extras.get(p) ?? [])];
}
