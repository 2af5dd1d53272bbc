// The cues of a post that "reads personal" on a work account, as data: each category's
// words and phrases, matched by the rules' own term matcher (whole words and phrases, with
// their plurals; no regular expression is made of them). WordNet gives the drinks,
// drunkenness, tiredness and name-calling (sourced.generated.ts); the phrases and the
// textspeak are this project's own. Sources and licences: docs/tone-check.md#sources.
import { WORDNET_CUES } from './sourced.generated';

/** The kinds of cue a person is told about. */
// prettier-ignore
export const CUE_CATEGORIES = [
  'drinking', 'tiredness', 'intimacy', 'private-life', 'laughter', 'slang', 'insult',
  'masked-profanity', 'tragedy-joke', 'job-complaint', 'emphasis', 'late-night', 'personal-style',
] as const;
export type CueCategory = (typeof CUE_CATEGORIES)[number];

export interface CueList {
  category: CueCategory;
  terms: readonly string[];
}

/** Categories found by words (the others by the post's form, features.ts, or style, style.ts). */
export const CUE_LISTS: readonly CueList[] = [
  {
    category: 'drinking',
    // prettier-ignore
    terms: [
      ...WORDNET_CUES.drinking, 'beers', 'wines', 'shots', 'pint', 'pints', 'hangover',
      'hungover', 'get drunk', 'getting drunk', 'when we drink', 'drinking games', 'pub crawl',
      'bar crawl', 'happy hour', 'party hard', 'partying', 'turnt', 'lit af', 'wine o clock',
    ],
  },
  {
    category: 'tiredness',
    // prettier-ignore
    terms: [
      ...WORDNET_CUES.tiredness, 'so tired', 'too tired', 'going to bed', 'off to bed',
      'go to bed', 'in bed', 'need a nap', 'need sleep', "can't sleep", 'cant sleep',
      'night night', 'when i get home', 'shattered', 'zzz',
    ],
  },
  {
    category: 'intimacy',
    // prettier-ignore
    terms: [
      'miss you', 'love you', 'luv u', 'luv you', 'xoxo', 'xx', 'xxx', 'babe', 'baby girl', 'hun',
      'hubby', 'wifey', 'my love', 'sweetheart', 'darling', 'text me', 'call me', 'call me later',
      'your place', 'my place', 'come over', 'kisses', 'sexy', 'shagging', 'snog', 'date night',
    ],
  },
  {
    category: 'private-life',
    // prettier-ignore
    terms: [
      'my boyfriend', 'my girlfriend', 'my husband', 'my wife', 'my partner', 'my mum', 'my mom',
      'my dad', 'my kids', 'my cat', 'my dog', 'my flat', 'my weekend', 'my playlist',
      'my spotify', 'my hair', 'my nails', 'my twitter', 'my phone', 'my car', 'i love',
    ],
  },
  {
    category: 'laughter',
    terms: ['lol', 'lols', 'lmao', 'lmfao', 'rofl', 'haha', 'hahaha', 'hehe', '😂', '🤣'],
  },
  {
    category: 'slang',
    // prettier-ignore
    terms: [
      'omg', 'omfg', 'wtf', 'smh', 'tbh', 'ngl', 'idk', 'fml', 'ffs', 'you guys', 'guys and gals',
      'stfu', 'af', 'innit', 'tho', 'gonna', 'wanna', 'gotta', 'ya', 'ur', 'r u', 'b4', '2 b',
      'gr8', 'l8r', 'thx', 'tnx', 'pls', 'plz', 'cuz', 'coz', 'yass', 'bae', 'meh', 'nah', 'yeah',
      'troll', 'trolls', 'trolling',
    ],
  },
  {
    category: 'insult',
    // prettier-ignore
    terms: [
      ...WORDNET_CUES.insult, 'stupid', 'dumb', 'idiotic', 'pathetic', 'arrogant', 'loser',
      'losers', 'useless', 'boring', 'hell hole', 'hellhole', 'sucks', 'sucking', 'shut up',
    ],
  },
  {
    category: 'job-complaint',
    // prettier-ignore
    terms: [
      "thank god it's friday", 'thank god its friday', 'tgif', "can't wait to get out",
      'cant wait to get out', 'get out of this', 'my job', 'my boss', 'hate my job',
      'hate this job', 'my manager', 'my last day', 'having to work with', "can't deal",
      'cant deal', 'hate mondays', 'stuck at work', 'still at work', 'at my desk',
    ],
  },
];

/** Words of death and violence: a cue only beside a joke (features.ts, tragedy-joke). */
// prettier-ignore
export const TRAGEDY_TERMS: readonly string[] = [
  'died', 'dead', 'death', 'dying', 'killed', 'funeral', 'armed', 'gunman', 'shooting', 'bomb',
  'bombing', 'massacre', 'tragedy', 'rape', 'murder', 'crash',
];

/** What makes a tragedy word a joke: laughter, textspeak and jokey asides. */
// prettier-ignore
export const JOKE_TERMS: readonly string[] = [
  'lol', 'lmao', 'haha', 'hahaha', 'hehe', 'joke', 'jk', 'kidding', 'b4', '2 b',
];

/** What an organisation's own posts say: each takes from the score. */
// prettier-ignore
export const ORGANISATIONAL_TERMS: readonly string[] = [
  'we', "we're", "we've", "we'll", 'our', 'us', 'please', 'thank you', 'dm us', 'contact us',
  'join us', 'visit', 'learn more', 'read more', 'find out more', 'apply', 'register', 'sign up',
  'opening hours', 'residents', 'customers', 'constituents', 'community', 'service', 'services',
  'statement', 'hearing', 'bill', 'act', 'committee', 'deadline', '<url>', 'link', 'watch',
  'tune in', 'live', 'vote', 'congress', 'senate', 'legislation', 'funding', 'families',
  'veterans', 'students', 'programme', 'program',
];
