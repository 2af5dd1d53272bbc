// A per-account style profile, learned on the device: the hashed word unigrams and bigrams of
// the posts a person released from each account, counted in a fixed number of buckets and
// cut to the most frequent (a few KB per account, docs/tone-check.md#style-profiles). No
// text is kept: a bucket is a hash of a word or a pair, and many words share one. A post
// on a work account much closer to the person's personal accounts than to its own is a cue
// ("like your posts as @janedoe_fun"); one close to its own usual voice is let be (a
// brewery's account learns that "beer" is normal there).
import type { Role } from '../rules/schema';

/** How many buckets the words are hashed into. */
export const BUCKETS = 4096;
/** The most entries a profile keeps (its most frequent buckets). */
export const MAX_ENTRIES = 400;
/** A profile says something once it has learned from this many posts. */
export const MIN_POSTS = 5;

export interface StyleProfile {
  /** The account's role when it last learned (personal accounts are the comparison). */
  role: Role;
  /** The account as the site shows it, for the dialog ("@janedoe_fun"). */
  shown: string;
  posts: number;
  /** [bucket, count], by bucket. */
  grams: [number, number][];
}

/** Each account's profile, by accountKey (core/platforms.ts). */
export type StyleBook = Readonly<Record<string, StyleProfile>>;

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’]*/gu;

/** FNV-1a, 32 bits: stable across browsers and runs. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0) % BUCKETS;
}

/** The post's words, in lower case, with where each is. */
export function wordsOf(text: string): { word: string; start: number; end: number }[] {
  return [...text.matchAll(WORD)].map((m) => ({
    word: m[0].toLowerCase().replace(/’/gu, "'"),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/** The post's hashed unigrams and bigrams, counted. */
export function gramsOf(texts: readonly string[]): Map<number, number> {
  const counts = new Map<number, number>();
  const add = (key: string) => {
    const bucket = hash(key);
    counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
  };
  for (const text of texts) {
    const words = wordsOf(text).map((w) => w.word);
    words.forEach((word, i) => {
      add(word);
      if (i > 0) add(`${words[i - 1]} ${word}`);
    });
  }
  return counts;
}

/** `profile` having learned one more post; its most frequent entries, at most MAX_ENTRIES. */
export function learn(
  profile: StyleProfile | undefined,
  grams: ReadonlyMap<number, number>,
  role: Role,
  shown: string,
): StyleProfile {
  const counts = new Map(profile?.grams ?? []);
  for (const [bucket, n] of grams) counts.set(bucket, (counts.get(bucket) ?? 0) + n);
  const kept = [...counts]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, MAX_ENTRIES)
    .sort((a, b) => a[0] - b[0]);
  return { role, shown, posts: (profile?.posts ?? 0) + 1, grams: kept };
}

/** Cosine similarity of a post's grams and a profile's (counts dampened: 1 + log). */
export function similarity(grams: ReadonlyMap<number, number>, profile: StyleProfile): number {
  const weight = (n: number) => 1 + Math.log(n);
  let dot = 0;
  let postNorm = 0;
  let profileNorm = 0;
  const theirs = new Map(profile.grams);
  for (const [bucket, n] of grams) {
    const w = weight(n);
    postNorm += w * w;
    const other = theirs.get(bucket);
    if (other !== undefined) dot += w * weight(other);
  }
  for (const [, n] of profile.grams) profileNorm += weight(n) ** 2;
  return dot === 0 ? 0 : dot / Math.sqrt(postNorm * profileNorm);
}

/** The words of `texts` a profile knows better than another: what a style cue cites. */
export function wordsCloserTo(
  texts: readonly string[],
  near: StyleProfile,
  far: StyleProfile | undefined,
): { post: number; start: number; end: number; text: string }[] {
  const nearCounts = new Map(near.grams);
  const farCounts = new Map(far?.grams ?? []);
  return texts.flatMap((text, post) =>
    wordsOf(text)
      .filter(({ word }) => {
        const bucket = hash(word);
        return (
          (nearCounts.get(bucket) ?? 0) / near.posts >
          (farCounts.get(bucket) ?? 0) / (far?.posts ?? 1)
        );
      })
      .map(({ start, end }) => ({ post, start, end, text: text.slice(start, end) })),
  );
}
