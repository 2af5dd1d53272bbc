// One send from several accounts (legacy TweetDeck's "From" chooser, docs/sites/x.md#tweetdeck):
// every account judged, the strictest verdict wins, and a work account with a personal one
// in the same send is blocked, naming both.
import { describe, expect, it } from 'vitest';
import { check, example, seen } from './engine-helpers';
import type { Verdict } from '../../src/core/engine';

const kingsford = example('kingsford-council');
const codes = (verdict: Verdict) => verdict.reasons.map((r) => r.code);
const from = (first: string, ...others: string[]) => ({ ...seen(first), others });

describe('a send from several accounts', () => {
  it('from the council and from Jane’s own account: blocked, both named, whatever the text', () => {
    const verdict = check('Lovely sunset tonight', from('KingsfordGov', 'janedoe_fun'), kingsford);
    expect(verdict.action).toBe('block');
    expect(verdict.role).toBe('corporate');
    expect(verdict.reasons[0]).toMatchObject({
      code: 'mixed-accounts',
      action: 'block',
      message:
        'This one send posts from @KingsfordGov (work) and from @janedoe_fun (personal) at once: post from each account separately',
    });
    expect(verdict.accounts).toEqual([
      { shown: 'KingsfordGov', listed: true, label: 'Council newsroom', role: 'corporate' },
      { shown: 'janedoe_fun', listed: true, role: 'personal' },
    ]);
  });

  it('in whichever order they are selected, and with an unlisted (personal) account too', () => {
    const verdict = check('Hi', from('someone_else', 'jane_kingsford'), kingsford);
    expect(codes(verdict)).toContain('mixed-accounts');
    expect(verdict.reasons[0]?.message).toContain('@jane_kingsford (work)');
    expect(verdict.reasons[0]?.message).toContain('@someone_else (personal)');
  });

  it('from two work accounts: the corporate confirmation, and a banned word once, blocked', () => {
    const fine = check('Bins on Tuesday', from('KingsfordGov', 'jane_kingsford'), kingsford);
    expect(fine.action).toBe('confirm');
    expect(codes(fine)).toEqual(['corporate-account']);
    const banned = check('It went down a bomb', from('KingsfordGov', 'jane_kingsford'), kingsford);
    expect(banned.action).toBe('block');
    expect(codes(banned).filter((c) => c === 'banned-term')).toHaveLength(1);
    expect(banned.accounts?.map((a) => a.role)).toEqual(['corporate', 'professional']);
  });

  it('from two personal accounts: allowed, as each is', () => {
    const verdict = check('Off to the coast', from('janedoe_fun', 'jane_holidays'), kingsford);
    expect(verdict.action).toBe('allow');
    expect(verdict.role).toBe('personal');
  });

  it('from one account: the same verdict as before, with no list of accounts', () => {
    const one = check('Bins on Tuesday', seen('KingsfordGov'), kingsford);
    expect(check('Bins on Tuesday', from('KingsfordGov'), kingsford)).toEqual(one);
    expect(one.accounts).toBeUndefined();
  });
});
