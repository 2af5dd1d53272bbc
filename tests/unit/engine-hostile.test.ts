// Issue 7: hostile posts of X's maximum length (63,206 characters) through the whole engine,
// as the guard calls it at send time: runs of separators, repeated letters, combining marks,
// emoji (with skin tones, flags and zero-width-joiner sequences), mixed scripts, right-to-left
// and bidi control marks, and zero-width characters. A banned term hidden anywhere in such a
// post, itself disguised with the same characters, still blocks it, with a span on the term;
// the same post without the term is not flagged at all; nothing throws. (The matcher alone is
// covered by matcher-hostile.test.ts.)
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, type Verdict } from '../../src/core/engine';
import { example, OUTSIDE_ANY_WINDOW, seen } from './engine-helpers';

const MAX_POST = 63_206;
// The rule file's own words and lists, as the attacks target them. The tone check, which
// any text may set off, has its own tests (tone-*.test.ts): it is off here.
const example_ = example('kingsford-council');
const kingsford = { ...example_, policy: { ...example_.policy, toneCheck: 'off' as const } };
const PROFESSIONAL = 'jane_kingsford';
const CORPORATE = 'KingsfordGov';

const SEPARATORS = [' ', '\n', '\t', '.', ',', '—', '…', '\u00a0', '\u3000', '!?', '()', '/', '"'];
const BIDI_MARKS = ['\u200f', '\u200e', '\u202e', '\u202b', '\u202c', '\u2067', '\u2069', '\u061c'];
const ZERO_WIDTH = ['\u200d', '\u200b', '\u200c', '\u2060', '\ufeff'];
const EMOJI = ['😂', '🎉', '👩🏽‍💻', '🏳️‍🌈', '🇬🇧', '👨‍👩‍👧', '❤️', '🕺🏽'];
const SCRIPTS = ['مرحبا', 'שלום', '你好世界', 'नमस्ते', 'Привет', 'ΓΕΙΑ', '안녕하세요', 'ｈｅｌｌｏ'];
const MARKS = '\u0301\u0316\u0334\u0336';

/** A unit repeated up to `max` times, glued or with a separator, mark or zero-width between. */
const run = (unit: fc.Arbitrary<string>, max: number) =>
  fc
    .tuple(
      unit,
      fc.integer({ min: 1, max }),
      fc.constantFrom('', ' ', ...SEPARATORS, ...BIDI_MARKS, ...ZERO_WIDTH),
    )
    .map(([u, n, between]) => Array<string>(n).fill(u).join(between));

/** One stretch of hostile text; none of them is, or spells, a word any rule looks for. */
const piece = fc.oneof(
  run(fc.constantFrom(...SEPARATORS), 3_000),
  run(fc.constantFrom('a', 'e', 'z', 'ö', 'я', 'ש'), 5_000),
  run(fc.constantFrom(...[...'aez'].map((c) => `${c}${MARKS}`)), 2_000),
  run(fc.constantFrom(...EMOJI), 2_000),
  run(fc.constantFrom(...SCRIPTS), 1_000),
  run(fc.constantFrom(...BIDI_MARKS), 500),
  run(fc.constantFrom(...ZERO_WIDTH), 500),
);

/** Hostile pieces repeated to exactly MAX_POST UTF-16 units (a cut may split a surrogate pair). */
const hostilePost = fc.array(piece, { minLength: 1, maxLength: 60 }).map((pieces) => {
  const once = pieces.join('');
  return once.repeat(Math.ceil(MAX_POST / once.length)).slice(0, MAX_POST);
});

/** "bomb", disguised the ways the format promises to see through, with hostile characters. */
const hiddenBomb = fc.constantFrom(
  'bomb',
  'BOMB',
  'Bomb!',
  'b\u200bomb',
  'b\u200domb',
  'b\u2060omb',
  'b\u00adomb',
  'bo\u200emb',
  'bo\u0301mb',
  `b${MARKS}o${MARKS}m${MARKS}b${MARKS}`,
  '\u202ebomb\u202c',
  '\u200fbomb\u200f',
  '\u2067bomb\u2069',
  'ｂｏｍｂ',
  'b0mb',
  'b@mb',
  'boooooooomb',
  'b.o.m.b',
  '#bomb',
);

/** Puts ` term ` into `text` at a place chosen by `at` (0…1), keeping MAX_POST units. */
function hide(text: string, term: string, at: number) {
  const padded = `\n ${term} \n`;
  let start = Math.floor(at * (text.length - padded.length));
  // Not inside a surrogate pair or a grapheme's marks: after a separator of the post.
  while (start > 0 && !/[\s.,…—/"()!?]/u.test(text[start - 1]!)) start--;
  const out = (text.slice(0, start) + padded + text.slice(start)).slice(0, MAX_POST);
  return { text: out, from: start + 2, to: start + 2 + term.length };
}

function spansPointAtTheirText(verdict: Verdict, texts: string[]) {
  for (const r of verdict.reasons) {
    for (const s of r.spans) expect(texts[s.post]!.slice(s.start, s.end)).toBe(s.text);
  }
}

const codes = (v: Verdict) => v.reasons.map((r) => r.code);

describe('hostile posts of 63,206 characters, judged by the engine', () => {
  it('without a rule word: not flagged (professional), only the account reason (corporate)', () => {
    fc.assert(
      fc.property(hostilePost, (text) => {
        expect(text).toHaveLength(MAX_POST);
        const professional = evaluate(
          { texts: [text] },
          seen(PROFESSIONAL),
          kingsford,
          OUTSIDE_ANY_WINDOW,
        );
        expect(codes(professional)).toEqual([]);
        expect(professional.action).toBe('allow');
        const corporate = evaluate(
          { texts: [text] },
          seen(CORPORATE),
          kingsford,
          OUTSIDE_ANY_WINDOW,
        );
        expect(codes(corporate)).toEqual(['corporate-account']);
        expect(corporate.action).toBe('confirm');
      }),
      { numRuns: 40 },
    );
  });

  it('a disguised banned term hidden anywhere in it still blocks, with its span', () => {
    fc.assert(
      fc.property(
        hostilePost,
        hiddenBomb,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.boolean(),
        (post, term, at, asThread) => {
          const { text, from, to } = hide(post, term, at);
          expect(text).toHaveLength(MAX_POST);
          const texts = asThread ? [post, text] : [text];
          const verdict = evaluate({ texts }, seen(PROFESSIONAL), kingsford, OUTSIDE_ANY_WINDOW);
          expect(verdict.action).toBe('block');
          expect(codes(verdict)).toEqual(['banned-term']);
          const [span, ...more] = verdict.reasons[0]!.spans;
          expect(more).toEqual([]);
          expect(span!.post).toBe(texts.length - 1);
          expect(span!.start).toBeGreaterThanOrEqual(from);
          expect(span!.end).toBeLessThanOrEqual(to);
          expect(span!.end - span!.start).toBeGreaterThanOrEqual(4);
          spansPointAtTheirText(verdict, texts);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('a masked swear word hidden in it is caught for the corporate account; nothing else is', () => {
    fc.assert(
      fc.property(
        hostilePost,
        fc.constantFrom('f***ing', 'sh\u200bit', 'ｆｕｃｋ', 'fuuuuck'),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (post, word, at) => {
          const { text, from, to } = hide(post, word, at);
          const verdict = evaluate(
            { texts: [text] },
            seen(CORPORATE),
            kingsford,
            OUTSIDE_ANY_WINDOW,
          );
          expect(codes(verdict).sort()).toEqual(['corporate-account', 'profanity']);
          const profanity = verdict.reasons.find((r) => r.code === 'profanity')!;
          expect(profanity.spans).toHaveLength(1);
          expect(profanity.spans[0]!.start).toBeGreaterThanOrEqual(from);
          expect(profanity.spans[0]!.end).toBeLessThanOrEqual(to);
          spansPointAtTheirText(verdict, [text]);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('during the sombre window, the hostile emoji are what it reports, at their places', () => {
    const sombre = new Date('2026-11-11T10:00:00Z');
    const text =
      `${'😂'.repeat(100)}\u200f${'\u200d'.repeat(1_000)}${'مرحبا '.repeat(9_000)}`.slice(
        0,
        MAX_POST,
      );
    const verdict = evaluate({ texts: [text] }, seen(CORPORATE), kingsford, sombre);
    expect(verdict.action).toBe('block');
    const emoji = verdict.reasons.find((r) => r.code === 'sombre-emoji')!;
    expect(emoji.spans).toHaveLength(100);
    expect(emoji.spans.every((s) => s.text === '😂')).toBe(true);
    spansPointAtTheirText(verdict, [text]);
  });
});
