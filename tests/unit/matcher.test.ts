// What a person notices about term matching: which words in a post are caught
// (and exactly which text is highlighted), and which innocent words are not.
import { describe, expect, it } from 'vitest';
import { compileTerms, profanityTerms, type TermHit } from '../../src/core/matcher';

// The example rule file's terms (docs/rule-file-v1), plus "god" to guard
// against squeezing ordinary double letters.
const RULE_TERMS = [
  'bomb',
  '#nomorecuts',
  'drive*',
  '#KingsfordCouncil',
  'Kingsford Council',
  'our residents',
  'lol',
  'party',
  'god',
];
const rules = compileTerms(RULE_TERMS.map((term) => ({ term, tag: term })));
const profanity = compileTerms(profanityTerms().map((term) => ({ term, tag: 'profanity' })));

/** "term → matched text", in hit order. */
const show = (hits: TermHit<unknown>[]) => hits.map((h) => `${h.term} → ${h.text}`);
/** The distinct texts the profanity list catches, in order. */
const profane = (text: string) => [...new Set(profanity.find(text).map((h) => h.text))];

interface Case {
  text: string;
  /** Rule-term hits, exactly. */
  rules?: string[];
  /** Texts caught by the profanity list, exactly. */
  profane?: string[];
}

const cases: Record<string, Case> = {
  // The incidents.
  'incident: bomb and a campaign hashtag': {
    text: "stick a bomb under the lot of them and there'll be #nomorecuts",
    rules: ['bomb → bomb', '#nomorecuts → #nomorecuts'],
  },
  'incident: masked swear word and drive*': {
    text: 'no one here knows how to f***ing drive',
    rules: ['drive* → drive'],
    profane: ['f***ing'],
  },

  // Whole words, case, plurals.
  'capitalised with punctuation': { text: 'Bomb!', rules: ['bomb → Bomb'] },
  'upper case': { text: 'BOMB SCARE', rules: ['bomb → BOMB'] },
  'plural -s': { text: 'two bombs', rules: ['bomb → bombs'] },
  'plural -es': { text: 'les bombes', rules: ['bomb → bombes'] },
  'possessive apostrophe': { text: "the bomb's timer", rules: ["bomb → bomb's"] },
  'not inside a longer word': { text: 'a bombastic speech', rules: [] },
  'not at the start of a longer word': { text: 'bomber jacket', rules: [] },
  'hyphenated compound': { text: 'anti-bomb squad', rules: ['bomb → bomb'] },
  'y to -ies plural': { text: 'no parties please', rules: ['party → parties'] },
  'other endings are other words': { text: 'partying', rules: [] },
  'same term twice': { text: 'bomb, bomb', rules: ['bomb → bomb', 'bomb → bomb'] },

  // Unicode: NFKC, accents, invisible characters.
  'full-width letters': { text: 'ｂｏｍｂ', rules: ['bomb → ｂｏｍｂ'] },
  'mathematical bold letters': { text: 'a 𝐛𝐨𝐦𝐛 here', rules: ['bomb → 𝐛𝐨𝐦𝐛'] },
  'mathematical script letters': { text: '𝒷ℴ𝓂𝒷', rules: ['bomb → 𝒷ℴ𝓂𝒷'] },
  'precomposed accent': { text: 'bómb', rules: ['bomb → bómb'] },
  'combining accent stays in the span': {
    text: 'bo\u0301mb\u0301 now',
    rules: ['bomb → bo\u0301mb\u0301'],
  },
  'zero-width space inside': { text: 'b\u200Bomb', rules: ['bomb → b\u200Bomb'] },
  'Cyrillic look-alike inside a Latin word': { text: 'bоmb', rules: ['bomb → bоmb'] },
  'a Russian word is not re-read as English': { text: 'бомба лол', rules: [] },

  // Obfuscations.
  'stretched letters': { text: 'boooooomb', rules: ['bomb → boooooomb'] },
  'stretched and plural': { text: 'LOOOOL', rules: ['lol → LOOOOL'] },
  'digit for a letter': { text: 'b0mb', rules: ['bomb → b0mb'] },
  'symbol for a letter': { text: 'b@mb', rules: ['bomb → b@mb'] },
  'digit in a short word': { text: 'l0l', rules: ['lol → l0l'] },
  'dots between letters': { text: 'a b.o.m.b threat', rules: ['bomb → b.o.m.b'] },
  'spaces between letters': { text: 'b o m b', rules: ['bomb → b o m b'] },
  'hyphens between letters': { text: 'b-o-m-b', rules: ['bomb → b-o-m-b'] },
  'spaced dots between letters': { text: 'b . o . m . b', rules: ['bomb → b . o . m . b'] },
  'spelt out after the article a': {
    text: 'put a b o m b under it',
    rules: ['bomb → b o m b'],
  },
  'two spelt-out words side by side': {
    text: 'b.o.m.b b o m b',
    rules: ['bomb → b.o.m.b', 'bomb → b o m b'],
  },
  'masked letters against a rule term': {
    text: 'b**b',
    rules: ['bomb → b**b'],
    profane: ['b**b'], // could as well be "boob"
  },
  'asterisks as emphasis': { text: '*bomb*', rules: ['bomb → bomb'] },
  'a trailing ! is punctuation, not a letter': { text: 'bomb!!!', rules: ['bomb → bomb'] },

  // Hashtags.
  'a word term matches the body of a hashtag': { text: 'so #bomb', rules: ['bomb → bomb'] },
  'but not a longer hashtag body': { text: '#bombthreat', rules: [] },
  'hashtag term in another case': {
    text: 'Join us #NoMoreCuts!',
    rules: ['#nomorecuts → #NoMoreCuts'],
  },
  'hashtag term in full-width': {
    text: '＃ＮｏＭｏｒｅＣｕｔｓ',
    rules: ['#nomorecuts → ＃ＮｏＭｏｒｅＣｕｔｓ'],
  },
  'a longer hashtag is another hashtag': { text: '#nomorecutsplease', rules: [] },
  'the words without # are not the hashtag': { text: 'nomorecuts', rules: [] },
  'spaced words are not the hashtag': { text: 'no more cuts', rules: [] },
  'work hashtag': {
    text: 'Proud of #KingsfordCouncil',
    rules: ['#KingsfordCouncil → #KingsfordCouncil'],
  },

  // Prefix terms.
  'prefix: the word itself': { text: 'Drive safely', rules: ['drive* → Drive'] },
  'prefix: a longer word': { text: 'bus drivers', rules: ['drive* → drivers'] },
  'prefix: driving does not start with drive': { text: 'driving test', rules: [] },
  'prefix: a compound after a hyphen': { text: 'test-drive', rules: ['drive* → drive'] },

  // Phrases.
  'phrase across a line break': {
    text: 'to all our\nresidents',
    rules: ['our residents → our\nresidents'],
  },
  'phrase across punctuation and repeated spaces': {
    text: 'KINGSFORD  —  COUNCIL',
    rules: ['Kingsford Council → KINGSFORD  —  COUNCIL'],
  },
  'phrase with a plural last word': {
    text: 'Kingsford Councils',
    rules: ['Kingsford Council → Kingsford Councils'],
  },
  'phrase words with another word between': { text: 'our valued residents', rules: [] },
  'half a phrase': { text: 'residents of Kingsford', rules: [] },

  // Double letters are spelling, not stretching.
  'good is not god': { text: 'good goods', rules: [] },
  'god and its plural': { text: 'God, gods', rules: ['god → God', 'god → gods'] },
  'lollipop is not lol': { text: 'lollipop', rules: [] },

  // Profanity: obfuscated and masked spellings.
  'leet digit first': { text: '5hit happens', profane: ['5hit'] },
  'leet digit inside': { text: 'sh1t', profane: ['sh1t'] },
  'leet symbols': { text: 'what a $h!t show', profane: ['$h!t'] },
  'dollar signs': { text: 'a$$', profane: ['a$$'] },
  'at sign': { text: '@ss', profane: ['@ss'] },
  'spelt out': { text: 's h i t', profane: ['s h i t'] },
  'stretched swear word': { text: 'shiiiiit', profane: ['shiiiiit'] },
  'masked inner letters': { text: 'f**k this', profane: ['f**k'] },
  'masked short word': { text: 'sh*t', profane: ['sh*t'] },
  'masked long word': { text: 'motherf****r', profane: ['motherf****r'] },
  'masked with a plural ending': { text: 'f**ks given: none', profane: ['f**ks'] },
  'last letter hidden is too little to tell': { text: 'f*** off', profane: [] },
  'plural of ass': { text: 'asses', profane: ['asses'] },
  'kept on purpose: bloody': { text: 'bloody hell', profane: ['bloody'] },

  // Profanity false positives a council would hit.
  'class, assess, assassin, bass': { text: 'class assess assassin bass passed', profane: [] },
  Scunthorpe: { text: 'Scunthorpe United', profane: [] },
  Penistone: { text: 'Penistone Road', profane: [] },
  Cockermouth: { text: 'flooding in Cockermouth', profane: [] },
  Clitheroe: { text: 'Clitheroe Castle', profane: [] },
  'Essex and Middlesex': { text: 'Essex and Middlesex', profane: [] },
  Shitterton: { text: 'Shitterton, Dorset', profane: [] },
  'Chorlton-cum-Hardy': { text: 'Chorlton-cum-Hardy library', profane: [] },
  'road numbers': { text: 'Delays on the A55 and the M25', profane: [] },
  'a year': { text: 'Budget 2026', profane: [] },
  'a size': { text: 'a 800b file', profane: [] },
  'blue tits': { text: 'Spot the blue tits in the park', profane: [] },
  'water butts': { text: 'Water butts for sale', profane: [] },
  'protected characteristics': { text: 'age, sex and disability', profane: [] },
  'hoar frost': { text: 'Hoar frost: gritters out tonight', profane: [] },
};

describe('term matching', () => {
  it.each(Object.entries(cases))('%s', (_name, c) => {
    expect(show(rules.find(c.text))).toEqual(c.rules ?? []);
    expect(profane(c.text)).toEqual(c.profane ?? []);
  });
});

interface CustomCase {
  terms: string[];
  text: string;
  hits: string[];
}

const custom: Record<string, CustomCase> = {
  'a number term matches the number': {
    terms: ['2026'],
    text: 'the 2026 budget',
    hits: ['2026 → 2026'],
  },
  'digits after letters stay digits': { terms: ['covid'], text: 'covid19 update', hits: [] },
  'sharp s folds to ss': { terms: ['straße'], text: 'STRASSE', hits: ['straße → STRASSE'] },
  'accented term, plain text': { terms: ['café'], text: 'CAFE open', hits: ['café → CAFE'] },
  'plain term, accented text': { terms: ['cafe'], text: 'Café open', hits: ['cafe → Café'] },
  'full-width term': { terms: ['ｂｏｍｂ'], text: 'bomb', hits: ['ｂｏｍｂ → bomb'] },
  'word ending in s takes -es': { terms: ['kiss'], text: 'kisses', hits: ['kiss → kisses'] },
  'assess is not asses': { terms: ['ass', 'asses'], text: 'assess', hits: [] },
  'double letter term, stretched text': {
    terms: ['boobs'],
    text: 'booooobs',
    hits: ['boobs → booooobs'],
  },
  'prefix term catches longer words': {
    terms: ['bomb*'],
    text: 'bombastic',
    hits: ['bomb* → bombastic'],
  },
  'prefix on the last word of a phrase': {
    terms: ['kingsford coun*'],
    text: 'Kingsford Councillors',
    hits: ['kingsford coun* → Kingsford Councillors'],
  },
  'hashtag prefix': { terms: ['#nomore*'], text: '#NoMoreCuts', hits: ['#nomore* → #NoMoreCuts'] },
  'a # before a phrase is punctuation': {
    terms: ['#kingsford council'],
    text: 'Kingsford Council',
    hits: ['#kingsford council → Kingsford Council'],
  },
  'phrase with a single letter': {
    terms: ['plan b'],
    text: 'Plan B is ready',
    hits: ['plan b → Plan B'],
  },
  'dotted term': { terms: ['U.K.'], text: 'across the UK', hits: ['U.K. → UK'] },
  'apostrophe term': { terms: ["don't"], text: 'dont', hits: ["don't → dont"] },
  'a mention sign in a term is not a letter': {
    terms: ['@KingsfordGov'],
    text: 'KingsfordGov and @kingsfordgov',
    hits: ['@KingsfordGov → KingsfordGov', '@KingsfordGov → kingsfordgov'],
  },
  'an exclamation mark ending a term is not a letter': {
    terms: ['Vote now!'],
    text: 'vote now',
    hits: ['Vote now! → vote now'],
  },
  'leet term': { terms: ['b0mb'], text: 'bomb', hits: ['b0mb → bomb'] },
  'every entry of a term hits': {
    terms: ['bomb', 'BOMB'],
    text: 'bomb',
    hits: ['bomb → bomb', 'BOMB → bomb'],
  },
  'empty and symbol-only terms are ignored': {
    terms: ['', '*', '   ', '!!!', '#'],
    text: 'anything at all! #',
    hits: [],
  },
  'hits are sorted by position': {
    terms: ['zebra', 'apple'],
    text: 'apple zebra apple',
    hits: ['apple → apple', 'zebra → zebra', 'apple → apple'],
  },
};

describe('term matching with other terms', () => {
  it.each(Object.entries(custom))('%s', (_name, c) => {
    const matcher = compileTerms(c.terms.map((term) => ({ term, tag: term })));
    expect(show(matcher.find(c.text))).toEqual(c.hits);
  });
});

describe('hit offsets', () => {
  it('are UTF-16 offsets into the original text, end exclusive', () => {
    const text = "stick a bomb under the lot of them and there'll be #nomorecuts";
    const hits = rules.find(text);
    expect(hits.map(({ start, end }) => [start, end])).toEqual([
      [8, 12],
      [51, 62],
    ]);
    for (const h of hits) expect(text.slice(h.start, h.end)).toBe(h.text);
  });

  it('count astral characters as two units', () => {
    const text = '😂😂 𝐛𝐨𝐦𝐛';
    expect(rules.find(text).map(({ start, end }) => [start, end])).toEqual([[5, 13]]);
  });

  it('exclude the # when a word term matches a hashtag body', () => {
    expect(rules.find('#bomb').map(({ start, end }) => [start, end])).toEqual([[1, 5]]);
  });

  it('carry the tag of the entry', () => {
    const matcher = compileTerms([{ term: 'bomb', tag: { action: 'block' } }]);
    expect(matcher.find('BOMB')[0]?.tag).toEqual({ action: 'block' });
  });

  it('give nothing for an empty post', () => {
    expect(rules.find('')).toEqual([]);
  });
});
