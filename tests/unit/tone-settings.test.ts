// The tone check's settings: policy.toneCheck (default confirm) and the optional toneCheck
// section, whose defaults the schema leaves absent and toneSettings() resolves (roles:
// corporate and professional; learn: unless policy.auditContent is none). Older version 1
// files stay valid, and both checks of a rule file word the new problems alike.
import { describe, expect, it } from 'vitest';
import { EMPTY_RULES, exportRuleFile, validateRuleFile } from '../../src/core/rules';
import { checkRuleFile } from '../../src/core/rules/check-rule-file';
import { toneSettings } from '../../src/core/rules/tone-settings';
import { accepted, file, parse } from './rules-helpers';

const settingsOf = (extra: Record<string, unknown>) => toneSettings(accepted(file(extra)));

describe('toneSettings', () => {
  it('asks about corporate and professional posts, and learns, when the file says nothing', () => {
    expect(toneSettings(EMPTY_RULES)).toEqual({
      action: 'confirm',
      roles: ['corporate', 'professional'],
      learn: true,
    });
    expect(settingsOf({})).toEqual(toneSettings(EMPTY_RULES));
  });

  it('takes the action from policy.toneCheck', () => {
    for (const action of ['off', 'confirm', 'block'] as const) {
      expect(settingsOf({ policy: { toneCheck: action } }).action).toBe(action);
    }
  });

  it('takes the roles from toneCheck.roles', () => {
    expect(settingsOf({ toneCheck: { roles: ['personal'] } }).roles).toEqual(['personal']);
    expect(settingsOf({ toneCheck: { learn: false } }).roles).toEqual([
      'corporate',
      'professional',
    ]);
  });

  it('learns unless policy.auditContent is none, when toneCheck.learn is absent', () => {
    expect(settingsOf({ policy: { auditContent: 'none' } }).learn).toBe(false);
    expect(settingsOf({ policy: { auditContent: 'full' } }).learn).toBe(true);
    expect(settingsOf({ toneCheck: { roles: ['corporate'] } }).learn).toBe(true);
  });

  it('follows toneCheck.learn when it is given, whatever the audit log keeps', () => {
    const learn = (value: boolean, auditContent: string) =>
      settingsOf({ toneCheck: { learn: value }, policy: { auditContent } }).learn;
    expect(learn(true, 'none')).toBe(true);
    expect(learn(false, 'redacted')).toBe(false);
  });

  it('returns roles of its own: changing them changes neither the rules nor the default', () => {
    const rules = accepted(file({ toneCheck: { roles: ['corporate'] } }));
    toneSettings(rules).roles.push('personal');
    expect(rules.toneCheck?.roles).toEqual(['corporate']);
    toneSettings(EMPTY_RULES).roles.push('personal');
    expect(toneSettings(EMPTY_RULES).roles).toEqual(['corporate', 'professional']);
  });
});

describe('the tone check in the rule file (still version 1)', () => {
  it('leaves an older file valid: policy.toneCheck defaults, the section stays absent', () => {
    const rules = accepted(file({ policy: { confirmCorporate: false } }));
    expect(rules.version).toBe(1);
    expect(rules.policy.toneCheck).toBe('confirm');
    expect(rules).not.toHaveProperty('toneCheck');
    expect(EMPTY_RULES).not.toHaveProperty('toneCheck');
  });

  it('keeps the section as written, without filling in its defaults', () => {
    expect(accepted(file({ toneCheck: {} })).toneCheck).toEqual({});
    expect(accepted(file({ toneCheck: { learn: false } })).toneCheck).toEqual({ learn: false });
  });

  it('exports the settings and imports them back', () => {
    const rules = accepted(
      file({ policy: { toneCheck: 'block' }, toneCheck: { roles: ['corporate'], learn: false } }),
    );
    const back = parse(exportRuleFile(rules, new Date('2026-12-01T08:30:00Z')));
    expect(back).toMatchObject({
      ok: true,
      rules: { policy: { toneCheck: 'block' }, toneCheck: { roles: ['corporate'], learn: false } },
    });
  });

  const ONE_PROBLEM: [string, Record<string, unknown>, string][] = [
    [
      'an unknown action',
      { policy: { toneCheck: 'ask' } },
      'policy.toneCheck: expected off, confirm or block',
    ],
    ['no roles', { toneCheck: { roles: [] } }, 'toneCheck.roles: must not be empty'],
    [
      'an unknown role',
      { toneCheck: { roles: ['corporate', 'boss', 'corporate'] } },
      'toneCheck.roles[1]: expected corporate, professional or personal',
    ],
    [
      'a role twice',
      { toneCheck: { roles: ['corporate', 'personal', 'corporate'] } },
      'toneCheck.roles[2]: corporate is already listed',
    ],
    [
      'roles as text',
      { toneCheck: { roles: 'corporate' } },
      'toneCheck.roles: expected a list ([ … ])',
    ],
    ['learn as text', { toneCheck: { learn: 'yes' } }, 'toneCheck.learn: expected true or false'],
    ['an unknown key', { toneCheck: { action: 'block' } }, 'toneCheck.action: unknown key'],
    ['not an object', { toneCheck: true }, 'toneCheck: expected an object ({ … })'],
  ];

  it.each(ONE_PROBLEM)('%s: both checks name the one problem alike', (_, extra, line) => {
    const schema = validateRuleFile(file(extra));
    const plain = checkRuleFile(file(extra));
    expect(schema.ok ? [] : schema.errors).toEqual([line]);
    expect(plain.ok ? [] : plain.errors).toEqual([line]);
  });
});
