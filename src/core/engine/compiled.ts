// Everything a rule file needs at send time, compiled once per rules object.
// A file may hold 10,000 banned terms: compiling them on every send would be
// the slowest part of evaluation, so one matcher holds every term kind, tagged,
// and is cached in a WeakMap keyed by the (immutable) rules object. Replacing
// the rules (import, policy change) makes a new object and so a new matcher.
//
// The matcher is compiled when a post is first read, not when the rules
// arrive: an empty post (the compose indicator, the popup's status) needs no
// terms, and a page that is only read never pays for them. precompileRules
// compiles ahead, e.g. while a person writes, so that a send finds it ready.
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

interface Entry extends CompiledRules {
  /** The matcher, compiled now if it was not yet. */
  compile(): TermMatcher<TermTag[]>;
}

const cache = new WeakMap<RuleFile, Entry>();

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

function entryFor(rules: RuleFile): Entry {
  let entry = cache.get(rules);
  if (!entry) {
    const allowed = rules.sombre?.allowedHashtags;
    let matcher: TermMatcher<TermTag[]> | undefined;
    const compile = () => (matcher ??= compileTerms(collectTerms(rules)));
    entry = {
      terms: { find: (text) => compile().find(text) },
      allowedHashtags: allowed ? new Set(allowed.map(foldHashtag)) : undefined,
      compile,
    };
    cache.set(rules, entry);
  }
  return entry;
}

export function compiledRules(rules: RuleFile): CompiledRules {
  return entryFor(rules);
}

/** Compiles the terms of `rules` now, if they are not yet (once per rules object). */
export function precompileRules(rules: RuleFile): void {
  entryFor(rules).compile();
}
