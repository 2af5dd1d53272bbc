// A file that leaves fields out gets the documented defaults.
import { describe, expect, it } from 'vitest';
import { EMPTY_RULES, validateRuleFile } from '../../src/core/rules';
import { accepted, file } from './rules-helpers';

describe('rule file defaults', () => {
  it('fills every defaulted field of a minimal file', () => {
    expect(accepted(file())).toEqual({
      format: 'postguard-rules',
      version: 1,
      accounts: [],
      bannedTerms: [],
      workTerms: [],
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
    });
  });

  it('fills the defaults inside banned terms, sombre, builtinLists and policy', () => {
    const rules = accepted(
      file({
        bannedTerms: [{ term: 'bomb' }],
        sombre: {},
        builtinLists: {},
        policy: { allowOverride: true },
      }),
    );
    expect(rules.bannedTerms).toEqual([
      { term: 'bomb', action: 'block', roles: ['corporate', 'professional'] },
    ]);
    expect(rules.sombre).toEqual({
      active: false,
      windows: [],
      blockEmoji: true,
      terms: [],
      roles: ['corporate', 'professional'],
    });
    expect(rules.builtinLists).toEqual({ profanity: 'confirm' });
    expect(rules.policy.allowOverride).toBe(true);
    expect(rules.policy.unknownAccount).toBe('confirm');
  });

  it('defaults are fresh copies, not shared between files', () => {
    const a = accepted(file({ bannedTerms: [{ term: 'a' }, { term: 'b' }] }));
    expect(a.bannedTerms[0]?.roles).not.toBe(a.bannedTerms[1]?.roles);
  });

  it('leaves sombre out when the file has none', () => {
    expect(accepted(file()).sombre).toBeUndefined();
  });

  it('accepts a $schema key, for editors', () => {
    expect(accepted(file({ $schema: 'https://example.org/s.json' })).$schema).toBe(
      'https://example.org/s.json',
    );
  });

  it('accepts a date-time with an offset', () => {
    expect(accepted(file({ exportedAt: '2026-11-20T10:00:00+01:00' })).exportedAt).toBe(
      '2026-11-20T10:00:00+01:00',
    );
  });

  it('EMPTY_RULES is a valid, frozen rule file with no accounts', () => {
    expect(validateRuleFile(EMPTY_RULES)).toEqual({ ok: true, rules: EMPTY_RULES });
    // Built by the plain check (core/rules/defaults.ts): the schema's own minimal file.
    expect(EMPTY_RULES).toEqual(accepted(file()));
    expect(EMPTY_RULES.accounts).toEqual([]);
    expect(Object.isFrozen(EMPTY_RULES.policy)).toBe(true);
  });
});
