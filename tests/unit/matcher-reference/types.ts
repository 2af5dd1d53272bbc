// Public types of the matcher (re-exported by index.ts).

/** UTF-16 offsets into the ORIGINAL text, end exclusive; text = original.slice(start, end). */
export interface MatchSpan {
  start: number;
  end: number;
  text: string;
}

export interface TermEntry<T> {
  term: string;
  tag: T;
}

export interface TermHit<T> extends MatchSpan {
  tag: T;
  /** The entry's term as given to compileTerms. */
  term: string;
}

export interface TermMatcher<T> {
  /** All hits, sorted by start; the same term may hit several times. */
  find(text: string): TermHit<T>[];
}
