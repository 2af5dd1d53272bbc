// The largest rule file the format allows (docs/rule-file.md#limits): 500 accounts spread
// over every platform, 10,000 banned terms, as close to 1 MiB as the entries allow. Made
// from a seed, so the bench (bench/options.ts), the options page's e2e
// (tests/e2e/options-scale.spec.ts) and the unit test that holds it to the limits all use
// the same file. Names and terms look like a council's: departments and staff, a compliance
// lexicon of words, phrases, hashtags and prefixes.
//
// Every default is written out, as an export writes it, so the file exported back from the
// options page is the same size and imports again.
import { prng } from '../../bench/text';
import {
  MAX_ACCOUNTS,
  MAX_RULE_FILE_BYTES,
  MAX_TERMS,
  PLATFORMS,
  type Platform,
  type RuleFile,
} from '../../src/core/rules';
import { ruleFileText } from '../../src/core/rules/serialize';

/** What the file is measured against: under the format's limit by a little room for exportedAt. */
export const LARGEST_FILE_TARGET_BYTES = MAX_RULE_FILE_BYTES - 2 * 1024;

const FIRST = (
  'Amira Ben Chloé Dev Ella Farid Grace Hugo Isla Jonah Kemi Liam Maya Noor Owen Priya ' +
  'Quinn Rosa Sam Tariq Uma Vik Wren Yusuf Zoë Aled Bethan Ciarán Dana Emeka'
).split(' ');
const LAST = (
  'Adams Baker Clarke Davies Evans Fraser Green Hughes Iqbal Jones Khan Lewis Morgan Nowak ' +
  'Okafor Patel Reid Singh Taylor Usman Vaughan Walsh Young Zielinski Ahmed Brennan Cole'
).split(' ');
const TEAMS = (
  'Parks Libraries Housing Planning Waste Recycling Highways Schools Adult Care Leisure ' +
  'Museums Licensing Transport Events Tourism Arts Youth Elections Environment Trading ' +
  'Standards Registrars Cemeteries Markets Sport Heritage Flooding Wellbeing Skills'
).split(' ');
const LEXICON = (
  'guaranteed risk-free insider confidential leaked rumour scandal lawsuit bankrupt ' +
  'strike walkout boycott protest rigged fraud bribe kickback cover-up whistleblower ' +
  'embargo unverified exclusive breaking shocking outrage disgrace sack fired redundancy ' +
  'cuts closure eviction arrears overspend deficit bailout windfall giveaway freebie ' +
  'discount voucher lottery jackpot betting casino crypto bitcoin investment returns ' +
  'miracle cure detox endorsement sponsored partisan campaign candidate manifesto polling ' +
  'ballot referendum petition councillor mayor minister opposition coalition landslide'
).split(' ');
const NOTES = [
  'campaign slogan: not ours to use',
  'purdah: say nothing that reads as party political during an election period',
  'legal advice: do not comment on ongoing proceedings',
  'financial promotion: needs sign-off from the finance team first',
  'press office only: refer the question to the newsroom',
  'the safeguarding team asks that this never appears in a council post',
  'staff matters are confidential: talk to HR, not to the timeline',
  'health claims need the public health team to check them',
];

const pick = <T>(rand: () => number, list: readonly T[]): T =>
  list[Math.floor(rand() * list.length)]!;
const slug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '');

/** The n-th person (distinct for n < FIRST × LAST), and a team. */
const person = (n: number) => ({
  first: FIRST[n % FIRST.length]!,
  last: LAST[Math.floor(n / FIRST.length) % LAST.length]!,
});

/** A handle the platform allows, unique per platform for n < 810 (FIRST × LAST). */
function handleOf(platform: Platform, n: number): string {
  const { first, last } = person(n);
  const team = TEAMS[n % TEAMS.length]!;
  switch (platform) {
    case 'x':
      return `${slug(first).slice(0, 6)}_${slug(last).slice(0, 7)}`; // ≤ 15 characters
    case 'facebook':
    case 'linkedin':
      return `${first} ${last}`;
    case 'bluesky':
      return `${slug(first)}-${slug(last)}.${slug(team)}.kingsford.gov.uk`;
    case 'mastodon':
      return `${slug(first)}.${slug(last)}@social.kingsford.gov.uk`;
  }
}

function accounts(rand: () => number): RuleFile['accounts'] {
  return Array.from({ length: MAX_ACCOUNTS }, (_, i) => {
    const platform = PLATFORMS[i % PLATFORMS.length]!;
    const n = Math.floor(i / PLATFORMS.length);
    const role = (['corporate', 'professional', 'personal'] as const)[n % 3]!;
    const account: RuleFile['accounts'][number] = { platform, handle: handleOf(platform, n), role };
    if (role === 'corporate') account.label = `${TEAMS[n % TEAMS.length]} team`;
    // A page that is also known by its address: Facebook's and LinkedIn's names only.
    if ((platform === 'facebook' || platform === 'linkedin') && rand() < 0.3) {
      account.aliases = [slug(account.handle)];
    }
    return account;
  });
}

/** MAX_TERMS distinct terms: words and phrases of the lexicon, hashtags and prefixes. */
function termTexts(rand: () => number): string[] {
  const out = new Set<string>(LEXICON);
  while (out.size < MAX_TERMS) {
    const r = rand();
    const a = pick(rand, LEXICON);
    const b = pick(rand, [...LEXICON, ...TEAMS.map((t) => t.toLowerCase())]);
    if (r < 0.55) out.add(`${a} ${b}`);
    else if (r < 0.75) out.add(`${b} ${a} ${pick(rand, LEXICON)}`);
    else if (r < 0.9) out.add(`#${slug(a)}${slug(b)}`);
    else out.add(`${slug(a).slice(0, 4 + Math.floor(rand() * 4))}*`);
  }
  return [...out];
}

function bannedTerms(rand: () => number): RuleFile['bannedTerms'] {
  return termTexts(rand).map((term) => ({
    term,
    action: rand() < 0.7 ? 'block' : 'confirm',
    roles: rand() < 0.8 ? ['corporate', 'professional'] : ['corporate'],
  }));
}

/** The largest rule file, every default written out (as an export writes it). */
export function largestRuleFile(seed = 17): RuleFile {
  const rand = prng(seed);
  const file: RuleFile = {
    format: 'postguard-rules',
    version: 1,
    organization: 'Kingsford Council',
    accounts: accounts(rand),
    bannedTerms: bannedTerms(rand),
    workTerms: ['#KingsfordCouncil', 'Kingsford Council', 'our residents', 'ward surgery'],
    sombre: {
      active: false,
      reason: 'Remembrance service',
      windows: [],
      allowedHashtags: ['#RemembranceDay'],
      blockEmoji: true,
      terms: ['lol', 'party'],
      roles: ['corporate', 'professional'],
    },
    builtinLists: { profanity: 'confirm' },
    policy: {
      confirmCorporate: true,
      unknownAccount: 'confirm',
      unlistedRole: 'personal',
      allowOverride: false,
      sendDelaySeconds: 0,
      locked: false,
      auditContent: 'redacted',
      toneCheck: 'confirm',
    },
  };
  // Notes on terms spread over the file (a stride coprime with 10,000), until the next
  // would take it past the target.
  let bytes = Buffer.byteLength(ruleFileText(file));
  for (let i = 0; i < MAX_TERMS; i++) {
    const entry = file.bannedTerms[(i * 7_919) % MAX_TERMS]!;
    const note = pick(rand, NOTES);
    const added = Buffer.byteLength(`,"note":${JSON.stringify(note)}`);
    if (bytes + added > LARGEST_FILE_TARGET_BYTES) break;
    entry.note = note;
    bytes += added;
  }
  return file;
}

/** largestRuleFile as the text of a file, as the options page imports it. */
export function largestRuleFileText(seed = 17): string {
  return ruleFileText(largestRuleFile(seed));
}
