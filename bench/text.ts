// Deterministic test data for the engine: banned terms and posts of a given length.
// A seeded PRNG (mulberry32) so that every run measures the same work.

export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rand: () => number, list: readonly T[]): T =>
  list[Math.floor(rand() * list.length)]!;

const SYLLABLES =
  'ka lo mi ner tas vo ru pel dan sor bri fen gol hut jin mav ost qui zel wex'.split(' ');

// Pseudo-words from syllables: they look like words to the tokenizer but (almost) never
// occur in the posts, as most banned terms never occur in most posts.
function pseudoWord(rand: () => number): string {
  const count = 2 + Math.floor(rand() * 3);
  let word = '';
  for (let i = 0; i < count; i++) word += pick(rand, SYLLABLES);
  return word;
}

/** `count` distinct banned terms: mostly words, some phrases, hashtags and prefixes (drive*). */
export function bannedTerms(count: number, seed = 7): string[] {
  const rand = prng(seed);
  const terms = new Set<string>();
  while (terms.size < count) {
    const r = rand();
    if (r < 0.75) terms.add(pseudoWord(rand));
    else if (r < 0.88) terms.add(`${pseudoWord(rand)} ${pseudoWord(rand)}`);
    else if (r < 0.95) terms.add(`#${pseudoWord(rand)}`);
    else terms.add(`${pseudoWord(rand)}*`);
  }
  return [...terms];
}

const WORDS = (
  'the council will be collecting bins on thursday next week because of the bank holiday ' +
  'residents can find more information on our website library opening hours are changing ' +
  'please share with your neighbours thank you to everyone who came to the park today ' +
  'roadworks on the high street start monday and buses will be diverted via station road'
).split(' ');
const EXTRAS = ['#Kingsford', '#BinDay', '#RecyclingWeek', '🎉', '👍', '♻️', '🇬🇧', '👩‍👩‍👧'];
const PUNCTUATION = ['.', ',', '!', '?', ':'];

/**
 * A post of exactly `length` UTF-16 units: sentences of ordinary words with some hashtags,
 * emoji, mentions and links, and `hit` (a banned term) once near the middle, so the
 * verdict path that builds a reason is measured too.
 */
export function postText(length: number, seed: number, hit?: string): string {
  const rand = prng(seed);
  const parts: string[] = [];
  let size = 0;
  let hitPlaced = hit === undefined;
  while (size < length) {
    let word: string;
    if (!hitPlaced && size >= length / 2) {
      word = hit!;
      hitPlaced = true;
    } else {
      const r = rand();
      if (r < 0.06) word = pick(rand, EXTRAS);
      else if (r < 0.07) word = '@KingsfordNews';
      else if (r < 0.075) word = 'https://kingsford.gov.uk/bins';
      else word = pick(rand, WORDS);
      if (rand() < 0.08) word += pick(rand, PUNCTUATION);
    }
    parts.push(word);
    size += word.length + 1;
  }
  let text = parts.join(' ').slice(0, length);
  // Never end on half a surrogate pair: the text stays valid UTF-16.
  const last = text.charCodeAt(text.length - 1);
  if (last >= 0xd800 && last < 0xdc00) text = `${text.slice(0, -1)}.`;
  return text;
}
