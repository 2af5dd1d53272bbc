// Hostile posts (X's maximum is 63,206 characters for long posts) and large
// term sets: no exception, the right result, and nothing pathological. There
// are no timing assertions; a blow-up would show as a test timeout.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compileTerms,
  findHashtags,
  findLightHeartedEmoji,
  profanityTerms,
  type TermHit,
} from '../../src/core/matcher';

const MAX_POST = 63_206;

const matcher = compileTerms([
  ...['bomb', '#nomorecuts', 'drive*', 'Kingsford Council', 'our residents'].map((term) => ({
    term,
    tag: 'rule',
  })),
  ...profanityTerms().map((term) => ({ term, tag: 'profanity' })),
]);

const spans = (hits: TermHit<string>[], tag = 'rule') =>
  hits.filter((h) => h.tag === tag).map(({ start, end, text }) => ({ start, end, text }));

/** `unit` repeated to exactly `length` UTF-16 units. */
const fill = (unit: string, length: number) =>
  unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

function checkHits(text: string, hits: TermHit<string>[]): void {
  let last = -1;
  for (const h of hits) {
    expect(h.start).toBeLessThan(h.end);
    expect(h.start).toBeGreaterThanOrEqual(last);
    expect(text.slice(h.start, h.end)).toBe(h.text);
    last = h.start;
  }
}

describe('hostile posts', () => {
  it('finds a bomb at the very end of a maximum-length post', () => {
    const text = fill(' ', MAX_POST - 4) + 'bomb';
    expect(text).toHaveLength(MAX_POST);
    expect(spans(matcher.find(text))).toEqual([
      { start: MAX_POST - 4, end: MAX_POST, text: 'bomb' },
    ]);
  });

  it('a post made only of separators has no hits', () => {
    const text = fill(' .,;:!?-–—/\\()[]{}…"\'\n\t\u00a0\u3000', MAX_POST);
    expect(matcher.find(text)).toEqual([]);
    expect(findHashtags(text)).toEqual([]);
    expect(findLightHeartedEmoji(text)).toEqual([]);
  });

  it('60,000 repeated letters inside a word still read as the word', () => {
    const text = `b${'o'.repeat(60_000)}mb!`;
    expect(spans(matcher.find(text))).toEqual([{ start: 0, end: 60_003, text: text.slice(0, -1) }]);
  });

  it('60,000 repeated letters before a word do not hide it', () => {
    const text = `${'a'.repeat(60_000)} bomb`;
    expect(spans(matcher.find(text))).toEqual([{ start: 60_001, end: 60_005, text: 'bomb' }]);
  });

  it('thousands of combining marks on one letter stay part of it', () => {
    const marks = '\u0301\u0316\u0334'.repeat(7_000);
    const text = `b${marks}omb and more`;
    const hit = { start: 0, end: 4 + marks.length, text: `b${marks}omb` };
    expect(spans(matcher.find(text))).toEqual([hit]);
  });

  it('zalgo text on every letter', () => {
    const zalgo = (s: string) => [...s].map((c) => `${c}\u0336\u0337\u0338`).join('');
    const text = `${fill(`${zalgo('hello world')} `, MAX_POST - 20)} ${zalgo('bomb')}`;
    const hits = spans(matcher.find(text));
    expect(hits.map((h) => h.text)).toEqual([zalgo('bomb')]);
  });

  it('a post full of emoji', () => {
    const text = `${'😂'.repeat(20_000)} our residents ${'🎉🕺🏽'.repeat(5_000)}`;
    expect(spans(matcher.find(text))).toEqual([
      { start: 40_001, end: 40_014, text: 'our residents' },
    ]);
    expect(findLightHeartedEmoji(text)).toHaveLength(30_000);
  });

  it('mixed scripts, right-to-left text and CJK around a word', () => {
    const text = 'مرحبا שלום 你好世界 नमस्ते Привет ΓΕΙΑ bomb 안녕하세요 ｂｏｍｂ';
    const hits = spans(matcher.find(text));
    expect(hits.map((h) => h.text)).toEqual(['bomb', 'ｂｏｍｂ']);
    checkHits(text, matcher.find(text));
  });

  it('lone surrogates are separators', () => {
    const text = '\ud800bomb\udc00 \udfff\ud800';
    expect(spans(matcher.find(text))).toEqual([{ start: 1, end: 5, text: 'bomb' }]);
  });

  it('every BMP code point in one post', () => {
    const text = Array.from({ length: 0x10000 }, (_, i) => String.fromCharCode(i)).join('');
    checkHits(text, matcher.find(text));
    expect(() => findHashtags(text)).not.toThrow();
    expect(() => findLightHeartedEmoji(text)).not.toThrow();
  });

  it('thousands of masked words', () => {
    const text = fill('f**k sh*t m*****f****r ', MAX_POST);
    const hits = matcher.find(text);
    checkHits(text, hits);
    expect(new Set(spans(hits, 'profanity').map((h) => h.text))).toEqual(
      new Set(['f**k', 'sh*t', 'm*****f****r']),
    );
  });

  it('single letters all the way', () => {
    const text = `${fill('a ', 60_000)}then bomb`;
    expect(spans(matcher.find(text))).toEqual([{ start: 60_005, end: 60_009, text: 'bomb' }]);
  });

  it('ambiguous look-alike characters all the way', () => {
    const text = fill('b@1|!$0+', MAX_POST);
    checkHits(text, matcher.find(text));
  });

  it('hashtags all the way', () => {
    const text = fill('#nomorecuts', MAX_POST);
    const hits = spans(matcher.find(text));
    // Only the first: every other "#" follows a letter, so it is not a hashtag.
    expect(hits).toEqual([{ start: 0, end: 11, text: '#nomorecuts' }]);
    expect(findHashtags(fill('#a ', MAX_POST))).toHaveLength(Math.ceil(MAX_POST / 3));
  });

  it('a phrase repeated across the whole post', () => {
    const text = fill('our residents our ', MAX_POST);
    const hits = spans(matcher.find(text));
    checkHits(text, matcher.find(text));
    expect(hits.length).toBe(Math.floor(MAX_POST / 18) + (MAX_POST % 18 >= 13 ? 1 : 0));
  });

  it('any string: no exception, and every hit is the original text at its offsets', () => {
    const chars = fc.constantFrom(
      ..."bomb ouresidntBOMB0@$!*#.-_'’ \n😂🏽\u200d\u0301ｂ𝐛оé".split(''),
      '\ud800',
      '𝐨',
    );
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 60 }), fc.string(), (parts, s) => {
        for (const text of [parts.join(''), s]) {
          checkHits(text, matcher.find(text));
          for (const h of findHashtags(text)) expect(text.slice(h.start, h.end)).toBe(h.text);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('large term sets', () => {
  const terms = [
    ...Array.from({ length: 5_000 }, (_, i) => `term${i}`),
    ...Array.from({ length: 2_500 }, (_, i) => `alpha${i} beta gamma`),
    ...Array.from({ length: 1_500 }, (_, i) => `pre${i}*`),
    ...Array.from({ length: 1_000 }, (_, i) => `#tag${i}`),
  ];
  const big = compileTerms(terms.map((term) => ({ term, tag: term })));

  it('compiles 10,000 terms and finds each kind', () => {
    expect(terms).toHaveLength(10_000);
    const text = 'x term4999 y alpha2499\nbeta, gamma z pre1499ed #TAG999 term5000';
    expect(big.find(text).map((h) => `${h.term} → ${h.text}`)).toEqual([
      'term4999 → term4999',
      'alpha2499 beta gamma → alpha2499\nbeta, gamma',
      'pre1* → pre1499ed',
      'pre14* → pre1499ed',
      'pre149* → pre1499ed',
      'pre1499* → pre1499ed',
      '#tag999 → #TAG999',
    ]);
  });

  it('hostile terms compile without exception', () => {
    const odd = [
      '*'.repeat(60_000),
      `${'!'.repeat(60_000)}x`,
      `${'a '.repeat(30_000)}*`,
      'o'.repeat(60_000),
      '\u0301'.repeat(10_000),
      '#'.repeat(10_000),
      `#${'a'.repeat(60_000)}`,
    ];
    const m = compileTerms(odd.map((term) => ({ term, tag: term })));
    expect(m.find(`bomb ${'o'.repeat(5)} #aaa`).map((h) => h.text)).toEqual(['ooooo']);
  });

  it('a hostile post against 10,000 terms', () => {
    const text = fill('alpha1 beta alpha2 beta gamma t3rm1 pre1 #tag1 ', MAX_POST);
    const hits = big.find(text);
    checkHits(text, hits);
    expect(hits.length).toBeGreaterThan(5_000);
  });
});
