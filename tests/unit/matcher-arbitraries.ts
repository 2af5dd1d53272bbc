// Generated term lists and posts for matcher-differential.test.ts: words
// written every way the matcher reads (case, leet, masks, spacing, stretching,
// plurals, accents, look-alikes, full-width and mathematical letters, invisible
// characters, ligatures), awkward separators and arbitrary strings, and posts
// that use a list's own terms so that phrases and prefixes are really hit.
import fc from 'fast-check';

export const WORDS = [
  ...['bomb', 'drive', 'party', 'god', 'good', 'lol', 'our', 'residents', 'kingsford'],
  ...['council', 'ass', 'class', 'kiss', 'shit', 'fuck', 'cafe', 'straße', "don't", 'a', 'b'],
  ...['i', 'uk', 'covid', '2026', 'plan', 'nomorecuts', 'fish', 'day', 'sex', 'hello'],
];
const LEET: Record<string, string[]> = {
  a: ['4', '@'],
  b: ['8'],
  e: ['3', '€'],
  g: ['9'],
  i: ['1', '!', '|', '¡'],
  l: ['1', '|'],
  o: ['0', '@'],
  s: ['5', '$'],
  t: ['7', '+'],
};
const LOOKALIKE: Record<string, string> = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', i: 'і' };
const fullWidth = (s: string) =>
  s.replace(/[!-~]/gu, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const mathBold = (s: string) =>
  [...s].map((c) => (/[a-z]/u.test(c) ? String.fromCodePoint(0x1d41a + c.charCodeAt(0) - 97) : c));

/** One way of writing a word: `k` picks the way (0-16, 15 and 16 plain), `r` in [0, 1) the details. */
function spell(word: string, k: number, r: number): string {
  const chars = [...word];
  const at = Math.floor(r * chars.length);
  const each = (f: (c: string, i: number) => string) => chars.map(f).join('');
  switch (k) {
    case 0:
      return word.toUpperCase();
    case 1:
      return word.charAt(0).toUpperCase() + word.slice(1);
    case 2:
      return each((c, i) => (i === at ? (LEET[c]?.[Math.floor(r * 2) % 2] ?? c) : c));
    case 3:
      return each((c, i) => (i > 0 && i < chars.length - 1 ? (r < 0.5 ? '*' : '∗') : c));
    case 4:
      return chars.join([' ', '.', '-', ' . ', '_'][Math.floor(r * 5)]);
    case 5:
      return each((c, i) => (i === at ? c.repeat(3 + Math.floor(r * 3)) : c));
    case 6:
      return word + ['s', 'es', 'ies', "'s"][Math.floor(r * 4)];
    case 7:
      return each((c, i) => (i === at ? `${c}\u0301` : c));
    case 8:
      return each((c, i) => (i === at ? (LOOKALIKE[c] ?? c) : c));
    case 9:
      return fullWidth(word);
    case 10:
      return mathBold(word).join('');
    case 11:
      return each((c, i) => (i === at ? `\u200b${c}` : c));
    case 12:
      return `#${word}`;
    case 13:
      return word.replace('fi', 'ﬁ').replace('i', r < 0.5 ? 'İ' : 'ı');
    case 14:
      return `*${word}*`;
    default:
      return word;
  }
}

// Unbiased: fast-check favours edge values by default, and every spelling counts.
const pick = (n: number) => fc.noBias(fc.integer({ min: 0, max: n - 1 }));
const spelt = (w: string) =>
  fc.tuple(pick(17), pick(1_000)).map(([k, r]) => spell(w, k, r / 1_000));
export const word = fc.constantFrom(...WORDS).chain(spelt);
/** A term as a post may write it: each word spelt its own way, a prefix term with an ending. */
export const termText = (list: readonly string[]) =>
  fc.tuple(fc.constantFrom(...list), fc.constantFrom('', 's', 'mb', 'ing')).chain(([t, ending]) => {
    const words = t.replace(/^[#@]|\*$/gu, '').split(' ');
    const last = t.endsWith('*') ? ending : '';
    return fc.tuple(...words.map((w) => spelt(w)), separator).map((parts) => {
      const sep = parts.pop() ?? ' ';
      // A separator that is itself a letter (ß, ｂ) would make one word of the phrase.
      return `${t.startsWith('#') ? '#' : ''}${parts.join(/[a-z]/u.test(sep) ? ' ' : sep)}${last}`;
    });
  });
const separator = fc.constantFrom(
  ...[' ', '  ', '\n', '.', ', ', '!', '?', '-', '—', ' . ', '*', "'", '’', '#', '@', '_', '&'],
  ...['😂', '🎉', '🕺🏽', '👩‍👩‍👧', '\u200d', '\ud800', '\udc00', '你好', 'ß', '\u0301', 'ｂ'],
);
const gap = fc.oneof(
  { arbitrary: fc.constant(' '), weight: 4 },
  { arbitrary: separator, weight: 4 },
  fc.string({ maxLength: 3 }),
);
export const postOf = (piece: fc.Arbitrary<string>) =>
  fc.array(fc.tuple(piece, gap), { maxLength: 30 }).map((parts) => parts.flat().join(''));
export const post = postOf(fc.oneof(word, fc.string({ maxLength: 3 })));
export const term = fc.oneof(
  word,
  fc.tuple(word, word).map(([a, b]) => `${a} ${b}`),
  fc.tuple(word, word, word).map((ws) => ws.join(' ')),
  fc.tuple(fc.constantFrom(...WORDS), pick(6)).map(([w, n]) => `${w.slice(0, n + 1)}*`),
  fc.constantFrom(...WORDS).map((w) => `#${w}`),
  fc.constantFrom(...WORDS).map((w) => `#${w.slice(0, 3)}*`),
  fc.string({ maxLength: 8 }),
);
const terms = fc.array(term, { minLength: 1, maxLength: 12 });
/** A term list, and posts that use its terms among other words. */
export const listAndPosts = terms.chain((list) =>
  fc.tuple(
    fc.constant(list),
    fc.array(postOf(fc.oneof(word, termText(list), fc.string({ maxLength: 3 }))), {
      minLength: 1,
      maxLength: 6,
    }),
  ),
);
