// "Set up my own accounts" (the welcome page): answers made into a rule file that the
// schema accepts and the engine judges by, or every problem tied to the answer it is about.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/engine';
import { PLATFORMS, validateRuleFile, type Platform } from '../../src/core/rules';
import {
  rulesFromAnswers,
  type AccountAnswer,
  type AccountUse,
} from '../../src/core/rules/own-accounts';
import { OUTSIDE_ANY_WINDOW } from './engine-helpers';

const answer = (platform: Platform, name: string, use: AccountUse | null): AccountAnswer => ({
  platform,
  name,
  use,
});
const BLANK = answer('x', '', null);

function accepted(answers: AccountAnswer[], organization?: string) {
  const result = rulesFromAnswers(answers, organization);
  if (!result.ok) expect.fail(`refused: ${JSON.stringify(result.problems)}`);
  const checked = validateRuleFile(result.rules);
  if (!checked.ok) expect.fail(`the schema refused the file made: ${checked.errors.join('; ')}`);
  return checked.rules;
}

function problems(answers: AccountAnswer[]) {
  const result = rulesFromAnswers(answers);
  if (result.ok) expect.fail('expected problems');
  return result.problems;
}

describe('a person’s own accounts as a rule file', () => {
  it('makes work accounts corporate and personal ones personal, and the guard judges by them', () => {
    const rules = accepted([
      answer('x', '@KingsfordGov', 'work'),
      answer('x', ' janedoe_fun ', 'personal'),
      answer('facebook', 'Kingsford Council', 'work'),
      BLANK,
    ]);
    expect(rules.accounts).toEqual([
      { platform: 'x', handle: '@KingsfordGov', role: 'corporate' },
      { platform: 'x', handle: 'janedoe_fun', role: 'personal' },
      { platform: 'facebook', handle: 'Kingsford Council', role: 'corporate' },
    ]);
    expect(rules.organization).toBeUndefined();
    const post = { texts: ['Bins go out on Tuesday'] };
    const asWork = evaluate(
      post,
      { platform: 'x', handle: 'KingsfordGov' },
      rules,
      OUTSIDE_ANY_WINDOW,
    );
    expect(asWork.role).toBe('corporate');
    expect(asWork.action).toBe('confirm');
    const asMe = evaluate(
      post,
      { platform: 'x', handle: 'janedoe_fun' },
      rules,
      OUTSIDE_ANY_WINDOW,
    );
    expect(asMe.role).toBe('personal');
    expect(asMe.action).toBe('allow');
  });

  it('names the rules when given a name, and not when it is blank', () => {
    expect(accepted([answer('x', 'a', 'work')], '  My own rules ').organization).toBe(
      'My own rules',
    );
    expect(accepted([answer('x', 'a', 'work')], '   ').organization).toBeUndefined();
  });

  it('takes every site of the registry, each in its own form', () => {
    const names: Record<Platform, string> = {
      x: '@KingsfordGov',
      facebook: 'Kingsford Council',
      linkedin: 'Jane Doe',
      bluesky: 'kingsford.gov.uk',
      mastodon: 'press@social.kingsford.gov.uk',
    };
    const rules = accepted(PLATFORMS.map((p) => answer(p, names[p], 'work')));
    expect(rules.accounts.map((a) => a.platform)).toEqual([...PLATFORMS]);
  });

  it('refuses a name its site never shows, with the registry’s message for that site', () => {
    expect(
      problems([
        answer('x', '@Kingsford Gov', 'work'),
        answer('bluesky', 'jane', 'personal'),
        answer('mastodon', 'press', 'work'),
        answer('facebook', 'Kingsford Council', 'work'),
      ]),
    ).toEqual([
      { row: 0, field: 'name', code: 'format', problemKey: 'rules_x_handle' },
      { row: 1, field: 'name', code: 'format', problemKey: 'rules_bluesky_handle' },
      { row: 2, field: 'name', code: 'format', problemKey: 'rules_mastodon_handle' },
    ]);
  });

  it('refuses the same account twice, compared as the guard compares names, on one site only', () => {
    expect(
      problems([
        answer('x', '@KingsfordGov', 'work'),
        answer('facebook', 'kingsfordgov', 'work'),
        answer('x', ' kingsfordgov', 'personal'),
      ]),
    ).toEqual([{ row: 2, field: 'name', code: 'repeated', first: 0 }]);
  });

  it('asks for a choice of work or personal, and for a name once one is chosen', () => {
    expect(problems([answer('x', 'KingsfordGov', null), answer('x', '  ', 'work')])).toEqual([
      { row: 0, field: 'use', code: 'no-use' },
      { row: 1, field: 'name', code: 'missing' },
    ]);
  });

  it('refuses a name with nothing in it but an @ or invisible characters, and one too long', () => {
    expect(
      problems([
        answer('facebook', '@', 'work'),
        answer('linkedin', '\u200b\u200b', 'personal'),
        answer('facebook', 'K'.repeat(201), 'work'),
      ]),
    ).toEqual([
      { row: 0, field: 'name', code: 'blank' },
      { row: 1, field: 'name', code: 'blank' },
      { row: 2, field: 'name', code: 'too-long', max: 200 },
    ]);
  });

  it('needs at least one account, and no more than a rule file holds', () => {
    expect(problems([BLANK, BLANK])).toEqual([{ row: null, code: 'none' }]);
    const many = Array.from({ length: 501 }, (_, i) => answer('x', `a${i}`, 'work'));
    expect(problems(many)).toEqual([{ row: null, code: 'too-many', max: 500 }]);
  });

  it('on any answers: a file the schema accepts with one account per answer, or problems about answers given', () => {
    const name = fc.oneof(
      fc.stringMatching(/^@?[A-Za-z0-9_]{1,15}$/),
      fc.stringMatching(/^[a-z]{1,8}(\.[a-z]{2,5}){1,2}$/),
      fc.stringMatching(/^[a-z]{1,8}@[a-z]{1,8}\.[a-z]{2,4}$/),
      fc.string({ maxLength: 30 }),
      fc.constantFrom('', ' ', '@', '\u200b', 'Kingsford Council', 'K'.repeat(201)),
    );
    const one = fc.record({
      platform: fc.constantFrom(...PLATFORMS),
      name,
      use: fc.constantFrom<AccountUse | null>('work', 'personal', null),
    });
    fc.assert(
      fc.property(fc.array(one, { maxLength: 8 }), (answers) => {
        const result = rulesFromAnswers(answers);
        const given = answers.filter((a) => a.name.trim() !== '' || a.use !== null);
        if (result.ok) {
          const checked = validateRuleFile(result.rules);
          expect(checked.ok).toBe(true);
          expect(result.accounts).toBe(given.length);
        } else {
          for (const problem of result.problems) {
            if (problem.row === null) continue;
            expect(given).toContain(answers[problem.row]);
          }
        }
      }),
      { numRuns: 2_000 },
    );
  });
});
