// Banned terms, the profanity list and work terms, by account role.
import { describe, expect, it } from 'vitest';
import { check, codes, example, reasonOf, rules, seen } from './engine-helpers';

const kingsford = example('kingsford-council');
const corporate = seen('KingsfordGov');
const professional = seen('jane_kingsford');
const personal = seen('janedoe_fun');

describe('banned terms', () => {
  it('corporate + banned term: block, with both reasons, the stricter first', () => {
    const verdict = check('That went down a bomb!', corporate, kingsford);
    expect(verdict.action).toBe('block');
    expect(codes(verdict)).toEqual([
      ['banned-term', 'block'],
      ['corporate-account', 'confirm'],
    ]);
    expect(verdict.reasons[0]).toMatchObject({
      message: 'Your organisation does not allow "bomb" in posts from this account',
      spans: [{ post: 0, start: 17, end: 21, text: 'bomb' }],
    });
  });

  it('applies to the default roles (corporate, professional) only', () => {
    expect(check('bomb', professional, kingsford).action).toBe('block');
    expect(check('bomb', personal, kingsford)).toMatchObject({ action: 'allow', reasons: [] });
  });

  it('respects the roles of a term', () => {
    // "drive*" is for corporate accounts only.
    expect(codes(check('Drive safely', corporate, kingsford))).toContainEqual([
      'banned-term',
      'confirm',
    ]);
    expect(check('Drive safely', professional, kingsford).action).toBe('allow');
  });

  it('a confirm term asks, and shows the admin note', () => {
    const verdict = check('Join us #NoMoreCuts', professional, kingsford);
    expect(verdict.action).toBe('confirm');
    expect(verdict.reasons).toEqual([
      {
        code: 'banned-term',
        action: 'confirm',
        message: 'Your organisation asks you to check posts that use "#nomorecuts"',
        note: 'campaign slogan: not ours to use',
        spans: [{ post: 0, start: 8, end: 19, text: '#NoMoreCuts' }],
      },
    ]);
  });

  it('a prefix term is described as such', () => {
    expect(reasonOf(check('Drivers!', corporate, kingsford), 'banned-term').message).toBe(
      'Your organisation asks you to check posts that use words starting with "drive"',
    );
  });

  it('an unknown account is checked like a corporate one (fail closed)', () => {
    const verdict = check('Drive carefully, it is a bomb of a day', seen(null), kingsford);
    expect(verdict.action).toBe('block');
    expect(codes(verdict)).toEqual([
      ['banned-term', 'block'],
      ['unknown-account', 'confirm'],
      ['banned-term', 'confirm'],
    ]);
  });

  it('a term found in several posts of a thread is one reason with every place', () => {
    const verdict = check(['First: bomb', 'Nothing here', 'Bombs again'], professional, kingsford);
    expect(verdict.reasons).toHaveLength(1);
    expect(verdict.reasons[0]?.spans).toEqual([
      { post: 0, start: 7, end: 11, text: 'bomb' },
      { post: 2, start: 0, end: 5, text: 'Bombs' },
    ]);
  });
});

describe('profanity list', () => {
  const swearing = 'What a shit day';

  it('confirms by default on corporate and professional accounts', () => {
    const verdict = check(swearing, professional, kingsford);
    expect(verdict.action).toBe('confirm');
    expect(verdict.reasons).toEqual([
      {
        code: 'profanity',
        action: 'confirm',
        message: 'This post contains swearing',
        spans: [{ post: 0, start: 7, end: 11, text: 'shit' }],
      },
    ]);
  });

  it('does not apply to personal accounts', () => {
    expect(check(swearing, personal, kingsford).action).toBe('allow');
  });

  it('applies to an unknown account', () => {
    expect(
      codes(check(swearing, seen(null), rules({ policy: { unknownAccount: 'allow' } }))),
    ).toEqual([['profanity', 'confirm']]);
  });

  it('block and off', () => {
    const block = example('kingsford-council', { builtinLists: { profanity: 'block' } });
    expect(check(swearing, professional, block).action).toBe('block');
    const off = example('kingsford-council', { builtinLists: { profanity: 'off' } });
    expect(check(swearing, professional, off)).toMatchObject({ action: 'allow', reasons: [] });
  });
});

describe('work terms', () => {
  it('a personal account posting work content needs confirmation', () => {
    const verdict = check('Proud of our residents today! #KingsfordCouncil', personal, kingsford);
    expect(verdict.action).toBe('confirm');
    expect(verdict.reasons).toEqual([
      {
        code: 'work-term-on-personal',
        action: 'confirm',
        message: 'This looks like work — you are posting as your personal account',
        spans: [
          { post: 0, start: 9, end: 22, text: 'our residents' },
          { post: 0, start: 30, end: 47, text: '#KingsfordCouncil' },
        ],
      },
    ]);
  });

  it('is for personal accounts only (an unlisted one counts as personal by default)', () => {
    expect(check('our residents', professional, kingsford).action).toBe('allow');
    expect(codes(check('our residents', seen('stranger'), kingsford))).toEqual([
      ['work-term-on-personal', 'confirm'],
    ]);
    expect(codes(check('our residents', seen(null), kingsford))).toEqual([
      ['unknown-account', 'confirm'],
    ]);
  });
});
