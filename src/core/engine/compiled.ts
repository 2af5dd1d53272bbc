// Everything a rule file needs at send time, compiled once per rules object.
// A file may hold 10,000 banned terms: compiling them on every send would be
// the slowest part of evaluation, so one matcher holds every term kind, tagged,
// and is cached in a WeakMap keyed by the (immutable) rules object. Replacing
// the rules (import, policy change) makes a new object and so a new matcher.
import {
  compileTerms,
  findHashtags,
  normalizeForCompare,
  profanityTerms,
  type TermEntry,
  type TermMatcher,
} from '../matcher';
import type { RuleFile } from '../rules/schema';

export type TermTag =
  { kind: 'banned'; index: number } | { kind: 'work' } | { kind: 'sombre' } | { kind: 'profanity' };

export interface CompiledRules {
  /** Every term of the file; a hit carries every tag of its term. */
  terms: TermMatcher<TermTag[]>;
  /** sombre.allowedHashtags in the matcher's folded form; undefined when not given. */
  allowedHashtags: ReadonlySet<string> | undefined;
}

const cache = new WeakMap<RuleFile, CompiledRules>();

// The same term may appear as a banned term, a sombre term and in the
// profanity list; it is compiled once with all its tags, so every rule sees
// the hit whatever the matcher does with duplicate entries.
function termKey(term: string): string {
  const t = term.trim();
  return `${t.startsWith('#') ? '#' : ''}${normalizeForCompare(t)}${t.endsWith('*') ? '*' : ''}`;
}

function collectTerms(rules: RuleFile): TermEntry<TermTag[]>[] {
  const byKey = new Map<string, TermEntry<TermTag[]>>();
  const add = (term: string, tag: TermTag) => {
    const key = termKey(term);
    const entry = byKey.get(key);
    if (entry) entry.tag.push(tag);
    else byKey.set(key, { term, tag: [tag] });
  };
  rules.bannedTerms.forEach((b, index) => add(b.term, { kind: 'banned', index }));
  for (const term of rules.workTerms) add(term, { kind: 'work' });
  for (const term of rules.sombre?.terms ?? []) add(term, { kind: 'sombre' });
  if (rules.builtinLists.profanity !== 'off') {
    for (const term of profanityTerms()) add(term, { kind: 'profanity' });
  }
  return [...byKey.values()];
}

// Fold each allowed hashtag exactly as findHashtags folds hashtags in posts,
// so that "#RemembranceDay" in the file allows "#remembranceday" in a post.
function foldHashtag(tag: string): string {
  return findHashtags(tag)[0]?.tag ?? `#${normalizeForCompare(tag.replace(/^#/u, ''))}`;
}

export function compiledRules(rules: RuleFile): CompiledRules {
  let compiled = cache.get(rules);
  if (!compiled) {
    const allowed = rules.sombre?.allowedHashtags;
    compiled = {
      terms: compileTerms(collectTerms(rules)),
      allowedHashtags: allowed ? new Set(allowed.map(foldHashtag)) : undefined,
    };
    cache.set(rules, compiled);
  }
  return compiled;
}
