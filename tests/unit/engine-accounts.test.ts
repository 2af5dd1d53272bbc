// Rules about the account itself: corporate confirmation, unlisted and unknown accounts.
import { describe, expect, it } from 'vitest';
import { EMPTY_RULES } from '../../src/core/rules';
import { check, codes, example, reasonOf, rules, seen } from './engine-helpers';

const kingsford = example('kingsford-council');

describe('account rules', () => {
  it('a corporate account needs confirmation naming it', () => {
    const verdict = check(
      'Bin collections are back to normal this week.',
      seen('KingsfordGov'),
      kingsford,
    );
    expect(verdict.action).toBe('confirm');
    expect(verdict.role).toBe('corporate');
    expect(verdict.account).toEqual({
      shown: 'KingsfordGov',
      listed: true,
      label: 'Council newsroom',
    });
    expect(verdict.reasons).toEqual([
      {
        code: 'corporate-account',
        action: 'confirm',
        message:
          "You are posting as @KingsfordGov, the organisation's corporate account (Council newsroom)",
        spans: [],
      },
    ]);
  });

  it('matches the listed handle however the page writes it', () => {
    expect(check('Hello', seen('@kingsfordgov'), kingsford).role).toBe('corporate');
    expect(check('Hello', seen(' KINGSFORDGOV '), kingsford).role).toBe('corporate');
  });

  it('names a Facebook or LinkedIn account by its shown name, and finds aliases', () => {
    const byAlias = check('Hello', seen('kingsfordcouncil', 'facebook'), kingsford);
    expect(byAlias.role).toBe('corporate');
    expect(reasonOf(byAlias, 'corporate-account').message).toBe(
      "You are posting as kingsfordcouncil, the organisation's corporate account",
    );
    expect(check('Hello', seen('Kingsford Council', 'linkedin'), kingsford).role).toBe('corporate');
  });

  it('confirmCorporate false lets corporate posts through', () => {
    const relaxed = example('kingsford-council', {
      policy: { confirmCorporate: false },
    });
    expect(check('Hello', seen('KingsfordGov'), relaxed).action).toBe('allow');
  });

  it('professional and personal accounts post a clean text freely', () => {
    const pro = check('Lovely day for it', seen('jane_kingsford'), kingsford);
    expect(pro).toMatchObject({ action: 'allow', role: 'professional', reasons: [] });
    expect(pro.account).toEqual({ shown: 'jane_kingsford', listed: true });
    expect(check('Lovely day', seen('janedoe_fun'), kingsford).role).toBe('personal');
  });

  it('an unlisted account takes policy.unlistedRole', () => {
    const someone = check('Hello', seen('someone_else'), kingsford);
    expect(someone).toMatchObject({ action: 'allow', role: 'personal' });
    expect(someone.account).toEqual({ shown: 'someone_else', listed: false });

    const strict = example('kingsford-council', { policy: { unlistedRole: 'corporate' } });
    const verdict = check('Hello', seen('someone_else'), strict);
    expect(verdict.role).toBe('corporate');
    expect(reasonOf(verdict, 'corporate-account').message).toContain('@someone_else');
  });

  it.each([
    ['allow', 'allow', []],
    ['confirm', 'confirm', [['unknown-account', 'confirm']]],
    ['block', 'block', [['unknown-account', 'block']]],
  ])('unknownAccount %s when the page does not reveal the account', (policy, action, expected) => {
    const ruleFile = rules({ policy: { unknownAccount: policy } });
    const verdict = check('Hello', seen(null, 'x', 'the account menu is not loaded'), ruleFile);
    expect(verdict.action).toBe(action);
    expect(verdict.role).toBe('unknown');
    expect(verdict.account).toEqual({ shown: null, listed: false });
    expect(codes(verdict)).toEqual(expected);
  });

  it('says why the account is unknown', () => {
    const verdict = check(
      'Hello',
      seen(null, 'linkedin', 'the posting identity is hidden'),
      rules(),
    );
    expect(reasonOf(verdict, 'unknown-account').message).toBe(
      'Postguard cannot tell which account you are posting as (the posting identity is hidden), so it checks this post as if it were the corporate account',
    );
  });

  it('a blank handle is an unknown account', () => {
    expect(check('Hello', seen('  @ '), rules()).role).toBe('unknown');
  });

  it('an empty post still gets the account rules', () => {
    expect(codes(check([], seen('KingsfordGov'), kingsford))).toEqual([
      ['corporate-account', 'confirm'],
    ]);
    expect(codes(check([''], seen(null), kingsford))).toEqual([['unknown-account', 'confirm']]);
  });

  it('with no rules imported, a detected account is personal and allowed', () => {
    expect(check('Hello', seen('anyone'), EMPTY_RULES)).toMatchObject({
      action: 'allow',
      role: 'personal',
    });
  });
});
