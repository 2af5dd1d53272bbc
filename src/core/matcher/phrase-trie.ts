// The structures compile.ts builds once from the terms, and find.ts and
// trie-steps.ts walk for every post: a trie of words, and the hashtag tables.
import type { CharTrie, PrefixTable, TokenTable } from './tables';

/** A term entry reached at the end of a path. */
export interface TermEnd<T> {
  /** Position of the entry in the compiled list: keeps hit order stable. */
  readonly index: number;
  readonly term: string;
  readonly tag: T;
  /** Plural endings the last word accepts (bit flags from token-key.ts). */
  readonly plurals: number;
}

export interface PhraseNode<T> {
  readonly id: number;
  next: TokenTable<PhraseNode<T>> | undefined;
  ends: TokenTable<TermEnd<T>[]> | undefined;
  prefixEnds: PrefixTable<TermEnd<T>> | undefined;
}

export interface CompiledTerms<T> {
  readonly root: PhraseNode<T>;
  /** Most words in one term: bounds how far a phrase is followed. */
  readonly maxWords: number;
  readonly hashtags: ReadonlyMap<string, readonly TermEnd<T>[]>;
  readonly hashtagPrefixes: CharTrie<TermEnd<T>>;
  readonly hasHashtags: boolean;
}
