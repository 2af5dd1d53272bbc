// Attack: careless admin input. An admin pastes a name with a zero-width space,
// a soft hyphen or a right-to-left override into the rule file: the listed
// corporate name then misses the account the page shows, and the corporate
// account posts as an unlisted (personal) one. Invisible characters must never
// make two names differ, on either side of a comparison. (X handles are refused
// outright: attack-careless-admin-input-x-handles.test.ts.)
import { describe, expect, it } from 'vitest';
import { findAccount, normalizeHandle } from '../../src/core/rules';
import { checkRuleFile } from '../../src/core/rules/check-rule-file';
import { accepted, file, refused } from './rules-helpers';

const ZWSP = '\u200B';
const RLO = '\u202E';
const PDF = '\u202C';
const SOFT_HYPHEN = '\u00AD';

const account = (platform: string, handle: string, extra: object = {}) => ({
  platform,
  handle,
  role: 'corporate',
  ...extra,
});

/** Both validators' verdict on one file: the zod schema's problems and the stored-value checker's. */
function bothRefuse(value: object): { zod: string[]; stored: string[] } {
  const stored = checkRuleFile(value);
  return { zod: refused(value), stored: stored.ok ? [] : stored.errors };
}

describe('attack: careless admin input, invisible characters', () => {
  it('invisible characters in a listed name are ignored, so it still finds the account shown', () => {
    expect(normalizeHandle(`${RLO}Kingsford${ZWSP}Gov${SOFT_HYPHEN}${PDF}`)).toBe('kingsfordgov');
    const rules = accepted(
      file({ accounts: [account('facebook', `Kingsford${ZWSP} Council${SOFT_HYPHEN}`)] }),
    );
    expect(findAccount(rules, 'facebook', 'Kingsford Council')?.role).toBe('corporate');
  });

  it('invisible characters in the shown name are ignored too (both sides of the comparison)', () => {
    const rules = accepted(file({ accounts: [account('linkedin', 'Kingsford Council')] }));
    const shown = `${RLO}Kingsford${ZWSP} Council${PDF}`;
    expect(findAccount(rules, 'linkedin', shown)?.role).toBe('corporate');
  });

  it('two entries that differ only by invisible characters are one account listed twice', () => {
    const value = file({
      accounts: [
        account('facebook', 'Kingsford Council'),
        account('facebook', `Kingsford ${ZWSP}Council`, { role: 'personal' }),
      ],
    });
    const { zod, stored } = bothRefuse(value);
    const line = `accounts[1].handle: the Facebook account "Kingsford ${ZWSP}Council" is already listed at accounts[0].handle`;
    expect(zod).toEqual([line]);
    expect(stored).toEqual([line]);
  });
});
