// The tone check's scorer (src/core/tone): a post on a work account that reads like a
// personal one is said to, naming each cue by the words in the post that gave it away; an
// organisation's ordinary post is not. The sentences are this file's own, apart from the two
// slips the issue quotes (a charity's account on beer, a minister's private message).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreTone } from '../../src/core/tone/score';
import { CUE_LISTS } from '../../src/core/tone/lexicon';

const NOON = 12;
const categories = (texts: string[], hour = NOON) =>
  scoreTone(texts, hour).cues.map((cue) => cue.category);

describe('a post that reads personal', () => {
  it('names drinking in the charity’s beer post, by its words', () => {
    const text =
      "Ryan found two more 4 bottle packs of Dogfish Head's Midas Touch beer.... when we drink we do it right #gettngslizzerd";
    const tone = scoreTone([text], NOON);
    expect(tone.readsPersonal).toBe(true);
    const drinking = tone.cues.find((cue) => cue.category === 'drinking');
    expect(drinking?.spans.map((s) => s.text)).toEqual(['beer', 'when we drink']);
  });

  it('names tiredness and bed in the minister’s private message', () => {
    const text = "When I get home I'm going to bed. Too exhausted. With you?";
    const tone = scoreTone([text], NOON);
    expect(tone.readsPersonal).toBe(true);
    expect(tone.cues[0]?.category).toBe('tiredness');
    expect(tone.cues[0]?.spans.map((s) => s.text)).toEqual([
      'When I get home',
      'going to bed',
      'exhausted',
    ]);
  });

  it.each([
    ['lmao the other lot are such clowns', ['laughter', 'insult']],
    ['Cannot wait to get out of this hell hole. TGIF!', ['job-complaint', 'insult']],
    ['what a f***ing day. Sooo done. Off to bed', ['masked-profanity', 'tiredness', 'emphasis']],
    ['u coming 2 the pub l8r? xx', ['slang', 'intimacy']],
  ])('%j: %j', (text, expected) => {
    expect(scoreTone([text], NOON).readsPersonal).toBe(true);
    expect(categories([text])).toEqual(expect.arrayContaining(expected));
  });

  it('reads a thread as one post, each cue where it is', () => {
    const tone = scoreTone(['Great turnout today.', 'Beers after? lol'], NOON);
    expect(tone.readsPersonal).toBe(true);
    for (const cue of tone.cues) for (const span of cue.spans) expect(span.post).toBe(1);
  });
});

describe('an ordinary organisational post', () => {
  it.each([
    'Bin collections move to Tuesday next week. Please have your bins out by 7am.',
    'We know the wait for repairs has been frustrating. Our team will update you on Friday.',
    'Drink driving ruins lives. Plan your journey home this Christmas. #DriveSafe',
    'Our volunteers are exhausted but so proud after packing 5,000 food parcels. Thank you!',
    'New research from our medical school links sleep and memory in older adults. Read more: <url>',
    'Join our quiz night at the Red Lion on Thursday, all proceeds to the shelter.',
    'Happy Mother’s Day!!!',
    'The committee hearing on the flooding bill starts at 10am. Watch live: <url>',
    'Deaths on our roads fell by a fifth last year. Every one is a tragedy.',
  ])('%j does not read personal', (text) => {
    expect(scoreTone([text], NOON).readsPersonal).toBe(false);
  });
});

describe('what a warning says', () => {
  it('never rests on the hour alone, nor on a word of death alone', () => {
    expect(scoreTone(['The library opens at nine tomorrow.'], 23).cues).toEqual([]);
    expect(categories(['A man died in the crash on the A55 this morning.'])).toEqual([]);
    expect(categories(['A man died in the crash lol'])).toContain('tragedy-joke');
  });

  it('adds the late hour to other cues, but only to them', () => {
    expect(categories(['so tired, off to bed'], 23)).toContain('late-night');
    expect(categories(['so tired, off to bed'], 14)).not.toContain('late-night');
  });

  it('cites, for every warning, words that are in the post where it says', () => {
    const cueTerm = fc.constantFrom(...CUE_LISTS.flatMap((list) => list.terms.slice(0, 12)));
    const filler = fc.constantFrom('the', 'council', 'road', 'today', '.', '!', 'and', 'we');
    const post = fc
      .array(fc.oneof(cueTerm, filler), { minLength: 1, maxLength: 30 })
      .map((w) => w.join(' '));
    fc.assert(
      fc.property(fc.array(post, { minLength: 1, maxLength: 3 }), fc.nat(23), (texts, hour) => {
        const tone = scoreTone(texts, hour);
        if (!tone.readsPersonal) return;
        const spans = tone.cues.flatMap((cue) => cue.spans);
        expect(spans.length).toBeGreaterThan(0);
        for (const span of spans) {
          expect(span.text.length).toBeGreaterThan(0);
          expect(texts[span.post]?.slice(span.start, span.end)).toBe(span.text);
        }
      }),
      { numRuns: 300 },
    );
  });
});
