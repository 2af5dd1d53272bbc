// The tone check in the engine: `reads-personal` on the roles the rules check (corporate
// and professional by default, toneCheck.roles otherwise), with policy.toneCheck's action,
// the cues in its sentence and their words as spans; off, it says nothing.
import { describe, expect, it } from 'vitest';
import { check, codes, example, reasonOf, seen } from './engine-helpers';

const kingsford = example('kingsford-council');
const withTone = (policy: Record<string, unknown>, toneCheck?: Record<string, unknown>) =>
  example('kingsford-council', {
    policy: { ...kingsford.policy, ...policy },
    ...(toneCheck ? { toneCheck } : {}),
  });
const BEER = 'Two more packs of beer found.... when we drink we do it right';
const NOON = new Date(2026, 5, 1, 12, 0);

describe('reads-personal', () => {
  it('asks on the corporate account, naming the cue and its words, with their places', () => {
    const verdict = check(BEER, seen('KingsfordGov'), kingsford, NOON);
    expect(codes(verdict)).toEqual([
      ['corporate-account', 'confirm'],
      ['reads-personal', 'confirm'],
    ]);
    const reason = reasonOf(verdict, 'reads-personal');
    expect(reason.message).toBe(
      'This reads like a personal post: "beer" and "when we drink" (drinking and parties)',
    );
    expect(reason.spans.map((s) => BEER.slice(s.start, s.end))).toEqual(['beer', 'when we drink']);
  });

  it('asks on a professional account too, and not on a personal one', () => {
    expect(codes(check(BEER, seen('jane_kingsford'), kingsford, NOON))).toEqual([
      ['reads-personal', 'confirm'],
    ]);
    expect(codes(check(BEER, seen('janedoe_fun'), kingsford, NOON))).toEqual([]);
  });

  it('checks an account it cannot read as it checks the corporate one', () => {
    const verdict = check(BEER, seen(null), kingsford, NOON);
    expect(codes(verdict)).toContainEqual(['reads-personal', 'confirm']);
  });

  it('blocks with policy.toneCheck "block", and says nothing with "off"', () => {
    const blocking = check(BEER, seen('jane_kingsford'), withTone({ toneCheck: 'block' }), NOON);
    expect(blocking.action).toBe('block');
    expect(
      codes(check(BEER, seen('jane_kingsford'), withTone({ toneCheck: 'off' }), NOON)),
    ).toEqual([]);
  });

  it('checks the roles toneCheck.roles names, and only them', () => {
    const corporateOnly = withTone({}, { roles: ['corporate'] });
    expect(codes(check(BEER, seen('jane_kingsford'), corporateOnly, NOON))).toEqual([]);
    const personalToo = withTone({}, { roles: ['personal'] });
    expect(codes(check(BEER, seen('janedoe_fun'), personalToo, NOON))).toEqual([
      ['reads-personal', 'confirm'],
    ]);
  });

  it('says nothing of an ordinary post', () => {
    const text = 'Garden waste collections restart on Monday. Please put your bin out by 7am.';
    expect(codes(check(text, seen('jane_kingsford'), kingsford, NOON))).toEqual([]);
  });
});
