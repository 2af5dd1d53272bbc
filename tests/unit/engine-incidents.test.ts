// The incidents Postguard exists for, replayed against the example rule files.
import { describe, expect, it } from 'vitest';
import { check, codes, example, reasonOf, seen } from './engine-helpers';

describe('real incidents', () => {
  it("council officer's bomb joke during the Remembrance service, from the corporate account", () => {
    const kingsford = example('kingsford-council');
    const duringService = new Date('2026-11-11T10:58:00Z');
    const joke = 'Two minutes of silence, then BOOM 💣 the bomb squad shows up 😂 #RemembranceDay';

    const verdict = check(joke, seen('KingsfordGov'), kingsford, duringService);
    expect(verdict.action).toBe('block');
    expect(verdict.sombre).toEqual({ on: true, reason: 'Remembrance service' });
    expect(codes(verdict)).toEqual([
      ['banned-term', 'block'],
      ['sombre-emoji', 'block'],
      ['corporate-account', 'confirm'],
      ['sombre-mode', 'confirm'],
    ]);
    expect(reasonOf(verdict, 'banned-term').spans.map((s) => s.text)).toEqual(['bomb']);
    expect(reasonOf(verdict, 'sombre-emoji').spans.map((s) => s.text)).toEqual(['😂']);
    // The allowed hashtag is not a problem.
    expect(verdict.reasons.some((r) => r.code === 'sombre-hashtag')).toBe(false);
  });

  it("the same joke from the officer's own personal account is theirs to post", () => {
    const kingsford = example('kingsford-council');
    const verdict = check(
      'Two minutes of silence, then the bomb squad shows up 😂',
      seen('janedoe_fun'),
      kingsford,
      new Date('2026-11-11T10:58:00Z'),
    );
    expect(verdict).toMatchObject({ action: 'allow', role: 'personal', reasons: [] });
  });

  it('car maker\'s "f***ing drive", from the brand account run by the agency', () => {
    const carMaker = example('car-maker');
    const tweet =
      'I find it ironic that Detroit is known as the #motorcity and yet no one here knows how to f***ing drive';

    const verdict = check(tweet, seen('@NorthgateMotors'), carMaker);
    expect(verdict.action).toBe('block');
    expect(codes(verdict)).toEqual([
      ['profanity', 'block'],
      ['corporate-account', 'confirm'],
      ['banned-term', 'confirm'],
      ['reads-personal', 'confirm'],
      ['banned-term', 'confirm'],
    ]);
    expect(reasonOf(verdict, 'reads-personal').message).toContain('"f***ing" (masked swearing)');
    expect(reasonOf(verdict, 'profanity').spans.map((s) => s.text)).toEqual(['f***ing']);
    const [motorcity, drive] = verdict.reasons.filter((r) => r.code === 'banned-term');
    expect(motorcity?.spans.map((s) => s.text)).toEqual(['#motorcity']);
    expect(drive?.spans.map((s) => s.text)).toEqual(['drive']);
    expect(drive?.note).toMatch(/check the tone/);
  });

  it('the car maker blocks an undetected account outright', () => {
    expect(codes(check('Loving the new model', seen(null), example('car-maker')))).toEqual([
      ['unknown-account', 'block'],
    ]);
  });
});
