// Compiles terms once into lookup structures; find.ts walks them per post.
//
// Word terms form a trie of words (a phrase "our residents" is the path
// our → residents). Each trie node holds three tables: words that continue a
// phrase, words that end a term (with the plural endings it allows) and
// prefixes that end a term (drive*). One-word terms live on the root. Hashtag
// terms are kept apart, keyed by their folded tag.

import { findTerms } from './find';
import { Steps } from './trie-steps';
import { CharTrie, PrefixTable, TokenTable } from './tables';
import type { CompiledTerms, PhraseNode, TermEnd } from './phrase-trie';
import { parseTerm } from './terms';
import { EXACT, pluralsOf } from './token-key';
import type { TermEntry, TermMatcher } from './types';

export function compileTerms<T>(entries: readonly TermEntry<T>[]): TermMatcher<T> {
  const compiled = compile(entries);
  // What each word does in the trie, remembered from post to post (trie-steps.ts).
  const steps = new Steps(compiled.root);
  return { find: (text: string) => findTerms(compiled, steps, text) };
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
