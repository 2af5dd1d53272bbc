// The style profiles (src/core/tone/style.ts): learned from a person's released posts, no
// text kept and bounded; a post on a work account much closer to the person's personal
// posts than to its own is a cue naming that account and citing the post's own words; a post
// in the work account's usual voice is let be. The posts here are this file's own.
import { describe, expect, it } from 'vitest';
import { accountKey } from '../../src/core/platforms';
import {
  BUCKETS,
  gramsOf,
  learn,
  MAX_ENTRIES,
  similarity,
  type StyleBook,
  type StyleProfile,
} from '../../src/core/tone/style';
import { check, codes, example, reasonOf, seen } from './engine-helpers';

const COUNCIL = [
  'Bin collections move to Tuesday next week because of the bank holiday.',
  'Road works on the high street start on Monday; diversions are signed.',
  'The library opens late on Thursdays for the summer reading challenge.',
  'Council tax bills for the new year are on their way to residents.',
  'Garden waste collections restart in March: renew your permit online.',
  'Planning committee meets on Wednesday evening at the town hall.',
];
const JANE = [
  'gutted the match got rained off, pub instead with the lads',
  'pub quiz with the lads tonight, we came second again',
  'sunday roast at the pub then a nap on the sofa, perfect',
  'the lads dragged me to the pub quiz, absolutely gutted we lost',
  'rained off again so it is the pub and the telly for me',
  'sofa, roast and the match, best sunday with the lads',
];

function profile(posts: string[], role: StyleProfile['role'], shown: string): StyleProfile {
  return posts.reduce<StyleProfile | undefined>(
    (p, post) => learn(p, gramsOf([post]), role, shown),
    undefined,
  )!;
}

const styles: StyleBook = {
  [accountKey('x', 'KingsfordGov')]: profile(COUNCIL, 'corporate', '@KingsfordGov'),
  [accountKey('x', 'janedoe_fun')]: profile(JANE, 'personal', '@janedoe_fun'),
};
const kingsford = example('kingsford-council');
const NOON = new Date(2026, 5, 1, 12, 0);

describe('a style profile', () => {
  it('keeps counts of hashed buckets only, at most MAX_ENTRIES of them, and counts its posts', () => {
    const p = profile(COUNCIL, 'corporate', '@KingsfordGov');
    expect(p.posts).toBe(COUNCIL.length);
    expect(JSON.stringify(p)).not.toMatch(/library|collections|residents/u);
    for (const [bucket, count] of p.grams) {
      expect(bucket).toBeGreaterThanOrEqual(0);
      expect(bucket).toBeLessThan(BUCKETS);
      expect(count).toBeGreaterThan(0);
    }
    const long = Array.from({ length: 300 }, (_, i) => `word${i} other${i} more${i}`);
    expect(profile(long, 'personal', '@x').grams.length).toBe(MAX_ENTRIES);
  });

  it('finds a post closer to the voice it was learned from', () => {
    const council = styles[accountKey('x', 'KingsfordGov')]!;
    const jane = styles[accountKey('x', 'janedoe_fun')]!;
    const post = gramsOf(['pub with the lads after the match, gutted']);
    expect(similarity(post, jane)).toBeGreaterThan(similarity(post, council));
  });
});

describe('the style cue in the engine', () => {
  it('says a corporate post reads like the person’s personal posts, citing its own words', () => {
    const text = 'gutted, pub with the lads after the match';
    const verdict = check(text, seen('KingsfordGov'), kingsford, NOON);
    expect(codes(verdict)).not.toContainEqual(['reads-personal', 'confirm']);
    const learned = evaluateWith(text, 'KingsfordGov');
    const reason = reasonOf(learned, 'reads-personal');
    expect(reason.message).toContain('(like your posts as @janedoe_fun)');
    for (const span of reason.spans) expect(text.slice(span.start, span.end)).toBe(span.text);
  });

  it('lets a work post in the account’s usual voice be, and says nothing before five posts', () => {
    expect(codes(evaluateWith(COUNCIL[0]!, 'KingsfordGov'))).toEqual([
      ['corporate-account', 'confirm'],
    ]);
    const young: StyleBook = {
      [accountKey('x', 'janedoe_fun')]: profile(JANE.slice(0, 4), 'personal', '@janedoe_fun'),
    };
    const text = 'gutted, pub with the lads after the match';
    expect(codes(evaluateWith(text, 'KingsfordGov', young))).toEqual([
      ['corporate-account', 'confirm'],
    ]);
  });
});

function evaluateWith(text: string, handle: string, book: StyleBook = styles) {
  return check(text, seen(handle), kingsford, NOON, book);
}
