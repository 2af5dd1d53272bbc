// Compiles terms once into lookup structures; find.ts walks them per post.
//
// Word terms form a trie of words (a phrase "our residents" is the path
// our → residents). Each trie node holds three tables: words that continue a
// phrase, words that end a term (with the plural endings it allows) and
// prefixes that end a term (drive*). One-word terms live on the root. Hashtag
// terms are kept apart, keyed by their folded tag.

import { findTerms } from './find';
import { CharTrie, PrefixTable, TokenTable } from '../../../src/core/matcher/tables';
import { parseTerm } from './terms';
import { EXACT, pluralsOf } from '../../../src/core/matcher/token-key';
import type { TermEntry, TermMatcher } from '../../../src/core/matcher/types';

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

export function compileTerms<T>(entries: readonly TermEntry<T>[]): TermMatcher<T> {
  const compiled = compile(entries);
  return { find: (text: string) => findTerms(compiled, text) };
}

function compile<T>(entries: readonly TermEntry<T>[]): CompiledTerms<T> {
  let nextId = 0;
  const newNode = (): PhraseNode<T> => ({
    id: nextId++,
    next: undefined,
    ends: undefined,
    prefixEnds: undefined,
  });
  const root = newNode();
  const hashtags = new Map<string, TermEnd<T>[]>();
  const hashtagPrefixes = new CharTrie<TermEnd<T>>();
  let hasHashtags = false;
  let maxWords = 0;

  entries.forEach(({ term, tag }, index) => {
    const parsed = parseTerm(term);
    if (!parsed) return;
    if (parsed.kind === 'hashtag') {
      hasHashtags = true;
      const end: TermEnd<T> = { index, term, tag, plurals: EXACT };
      if (parsed.prefix) hashtagPrefixes.add(parsed.tag, end);
      else hashtags.set(parsed.tag, [...(hashtags.get(parsed.tag) ?? []), end]);
      return;
    }
    const { words, prefix } = parsed;
    const last = words[words.length - 1] ?? '';
    let node = root;
    for (const word of words.slice(0, -1)) {
      node = (node.next ??= new TokenTable()).getOrAdd(word, newNode);
    }
    const end: TermEnd<T> = { index, term, tag, plurals: prefix ? EXACT : pluralsOf(last) };
    if (prefix) (node.prefixEnds ??= new PrefixTable()).add(last, end);
    else (node.ends ??= new TokenTable()).getOrAdd(last, () => []).push(end);
    maxWords = Math.max(maxWords, words.length);
  });

  return { root, maxWords, hashtags, hashtagPrefixes, hasHashtags };
}
