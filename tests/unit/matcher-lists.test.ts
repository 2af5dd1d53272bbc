// Hashtags, light-hearted emoji, comparison folding and the profanity list.
import words from 'virtual:profanity-en';
import { describe, expect, it } from 'vitest';
import {
  findHashtags,
  findLightHeartedEmoji,
  normalizeForCompare,
  profanityTerms,
} from '../../src/core/matcher';
import { droppedProfanity } from '../../src/core/matcher/profanity';
import { canonicalTerm } from '../../src/core/matcher/terms';

describe('findHashtags', () => {
  const cases: [string, string, [text: string, tag: string][]][] = [
    ['plain', 'Remember #RemembranceDay', [['#RemembranceDay', '#remembranceday']]],
    ['accents folded', 'Visit #Café', [['#Café', '#cafe']]],
    ['full-width', '＃ＢＯＭＢ', [['＃ＢＯＭＢ', '#bomb']]],
    ['underscores and digits', '#no_more_cuts2026.', [['#no_more_cuts2026', '#no_more_cuts2026']]],
    [
      'two in a row',
      '#one #two',
      [
        ['#one', '#one'],
        ['#two', '#two'],
      ],
    ],
    ['double #', '##double', [['#double', '#double']]],
    ['not after a letter', 'abc#def', []],
    ['not an HTML entity', 'it&#39;s', []],
    ['numbers only', 'in #2026', []],
    ['a lone #', '# and #!', []],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(findHashtags(text).map((h) => [h.text, h.tag])).toEqual(expected);
  });

  it('reports offsets into the original text', () => {
    const text = '😂 #Café';
    expect(findHashtags(text)).toEqual([{ start: 3, end: 8, text: '#Café', tag: '#cafe' }]);
  });

  it('folds tags the same way as normalizeForCompare', () => {
    expect(findHashtags('#ＲｅｍｅｍｂｒａｎｃｅＤａｙ')[0]?.tag).toBe(
      normalizeForCompare('#RemembranceDay'),
    );
  });
});

describe('findLightHeartedEmoji', () => {
  const light = '😂🤣😆😅😄😁😀😃😹😉😜😝😛🥳🎉🎊🍾🥂🎈🪅';
  it.each([...light])('finds %s', (emoji) => {
    expect(findLightHeartedEmoji(`well ${emoji}!`)).toEqual([
      { start: 5, end: 5 + emoji.length, text: emoji },
    ]);
  });

  it.each([...'🙂😊🙏❤💔😢😭👏✨🕯🌹🇬🇧'])('leaves %s alone', (emoji) => {
    expect(findLightHeartedEmoji(`thank you ${emoji}`)).toEqual([]);
  });

  it('keeps skin tones, variation selectors and joiner sequences in one span', () => {
    const text = 'a🕺🏽b👯‍♀️c😉️d🥳🏻';
    expect(findLightHeartedEmoji(text).map((s) => s.text)).toEqual(['🕺🏽', '👯‍♀️', '😉️', '🥳🏻']);
  });

  it('reports each emoji of a run separately', () => {
    expect(findLightHeartedEmoji('🎉🎉').map(({ start, end }) => [start, end])).toEqual([
      [0, 2],
      [2, 4],
    ]);
  });
});

describe('normalizeForCompare', () => {
  it.each([
    ['  Kingsford   Council ', 'kingsford council'],
    ['ＫＩＮＧＳＦＯＲＤ', 'kingsford'],
    ['Café Nöel', 'cafe noel'],
    ['#RemembranceDay', '#remembranceday'],
    ['Jane\u00a0\u00a0Doe\n', 'jane doe'],
    ['𝐉𝐚𝐧𝐞', 'jane'],
    ['Jane\u200bDoe', 'janedoe'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeForCompare(input)).toBe(expected);
  });
});

describe('profanityTerms', () => {
  const list = profanityTerms();

  it('is the library list, de-duplicated, in canonical form and sorted', () => {
    expect(list.length).toBeGreaterThan(300);
    expect(list.length).toBeLessThan(words.length);
    expect(new Set(list).size).toBe(list.length);
    expect([...list].sort()).toEqual(list);
    for (const term of list) expect(canonicalTerm(term)).toBe(term);
  });

  it('reads leet and spaced entries as words', () => {
    expect(list).toEqual(
      expect.arrayContaining(['shit', 'fuck', 'ass', 'bitch', 'son of a bitch']),
    );
    expect(list).not.toContain('5h1t');
    expect(list).not.toContain('f u c k');
  });

  it('drops entries that are ordinary words, and only entries that are in the list', () => {
    const canonical = new Set(words.map(canonicalTerm));
    for (const [term, why] of droppedProfanity()) {
      expect(canonical.has(term), term).toBe(true);
      expect(list).not.toContain(term);
      expect(why.length).toBeGreaterThan(0);
    }
    expect(list).not.toContain('sex');
    expect(list).toContain('bloody');
  });
});
