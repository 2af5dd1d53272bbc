// The optimised matcher against the one it replaced (matcher-reference/): for
// generated term lists and posts full of obfuscations, both must report the
// very same hits (offsets, text, term, tag, order), fold text the same way and
// read terms the same way. A matcher is compiled once and given many posts,
// as in the extension, so what it remembers from post to post is checked too.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as fast from '../../src/core/matcher';
import { foldText } from '../../src/core/matcher/normalize';
import { canonicalTerm } from '../../src/core/matcher/terms';
import { listAndPosts, post, postOf, term, termText, word, WORDS } from './matcher-arbitraries';
import * as reference from './matcher-reference';

const entries = (list: readonly string[]) => list.map((t, i) => ({ term: t, tag: `${i}:${t}` }));

describe('the optimised matcher finds exactly what the reference finds', () => {
  it('for generated term lists and posts, one matcher for many posts', () => {
    fc.assert(
      fc.property(listAndPosts, ([list, posts]) => {
        const a = fast.compileTerms(entries(list));
        const b = reference.compileTerms(entries(list));
        for (const text of [...posts, ...posts]) expect(a.find(text)).toEqual(b.find(text));
      }),
      { numRuns: 400 },
    );
  });

  // Compiled once: what it remembers carries over every generated post.
  const long = ['kingsfordcouncil', 'communityservices', 'wastecollections'];
  const profanity = [
    ...fast.profanityTerms(),
    ...WORDS,
    ...long,
    'kingsford council',
    'our residents',
  ];
  const profanePost = postOf(fc.oneof(word, termText(profanity), fc.string({ maxLength: 3 })));
  const a = fast.compileTerms(entries(profanity));
  const b = reference.compileTerms(entries(profanity));

  it('for the profanity list and generated posts', () => {
    fc.assert(
      fc.property(profanePost, (text) => {
        expect(a.find(text)).toEqual(b.find(text));
      }),
      { numRuns: 1_000 },
    );
  });

  it('for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        expect(a.find(text)).toEqual(b.find(text));
      }),
      { numRuns: 500 },
    );
  });

  it('when a post has more distinct words than the matcher remembers', () => {
    const many = Array.from({ length: 6_000 }, (_, i) => `w${i.toString(36)}x`).join(' ');
    // Long words (kept as copies in the memo) next to longer and shorter ones.
    const near = long.flatMap((w) => [w, `x${w}`, w.slice(1), `${w}s`, `${w}x`]).join(' ');
    const text = `${near} ${many} bomb our residents f**k ${near} ${many} sh1t b o m b kiss ${near}`;
    for (let i = 0; i < 3; i++) expect(a.find(text)).toEqual(b.find(text));
    expect(a.find('bomb, our residents')).toEqual(b.find('bomb, our residents'));
  });
});

describe('folding and term reading are unchanged', () => {
  const tricky = fc.oneof(post, fc.string({ unit: 'binary', maxLength: 40 }));

  it('foldText: same text and the same offsets for every unit', () => {
    fc.assert(
      fc.property(tricky, (text) => {
        const x = foldText(text);
        const y = reference.foldText(text);
        expect(x.text).toBe(y.text);
        expect(Array.from(x.start)).toEqual(y.start);
        expect(Array.from(x.end)).toEqual(y.end);
      }),
      { numRuns: 1_000 },
    );
  });

  it('hashtags, comparison folding and canonical terms', () => {
    fc.assert(
      fc.property(tricky, term, (text, t) => {
        expect(fast.findHashtags(text)).toEqual(reference.findHashtags(text));
        expect(fast.normalizeForCompare(text)).toBe(reference.normalizeForCompare(text));
        expect(canonicalTerm(t)).toBe(reference.canonicalTerm(t));
        expect(canonicalTerm(text)).toBe(reference.canonicalTerm(text));
      }),
      { numRuns: 1_000 },
    );
  });
});
