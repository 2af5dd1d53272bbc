// The generated file the bench and the options page's scale e2e import
// (tests/support/largest-rule-file.ts): valid, at every limit of the format, the same on
// every run, and still within the limits once exported.
import { describe, expect, it } from 'vitest';
import {
  MAX_ACCOUNTS,
  MAX_RULE_FILE_BYTES,
  MAX_TERMS,
  PLATFORMS,
  exportRuleFile,
  parseRuleFile,
} from '../../src/core/rules';
import { largestRuleFileText } from '../support/largest-rule-file';

const text = largestRuleFileText();
const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

function accepted(file: string) {
  const result = parseRuleFile(file);
  if (!result.ok) expect.fail(result.errors.slice(0, 10).join('\n'));
  return result.rules;
}

describe('the largest rule file', () => {
  const rules = accepted(text);

  it('is accepted, with the most accounts and banned terms the format allows', () => {
    expect(rules.accounts).toHaveLength(MAX_ACCOUNTS);
    expect(rules.bannedTerms).toHaveLength(MAX_TERMS);
    expect(new Set(rules.bannedTerms.map((b) => b.term)).size).toBe(MAX_TERMS);
  });

  it('is within 4 KiB under the 1 MiB limit', () => {
    expect(bytes(text)).toBeLessThanOrEqual(MAX_RULE_FILE_BYTES);
    expect(bytes(text)).toBeGreaterThan(MAX_RULE_FILE_BYTES - 4 * 1024);
  });

  it('lists accounts on every platform, in every role, with labels, aliases and notes', () => {
    for (const platform of PLATFORMS) {
      expect(rules.accounts.filter((a) => a.platform === platform).length).toBe(
        MAX_ACCOUNTS / PLATFORMS.length,
      );
    }
    expect(new Set(rules.accounts.map((a) => a.role))).toEqual(
      new Set(['corporate', 'professional', 'personal']),
    );
    expect(rules.accounts.some((a) => a.aliases?.length)).toBe(true);
    expect(rules.accounts.some((a) => a.label)).toBe(true);
    expect(rules.bannedTerms.filter((b) => b.note).length).toBeGreaterThan(100);
  });

  it('is the same file on every run, and another with another seed', () => {
    expect(largestRuleFileText()).toBe(text);
    expect(largestRuleFileText(18)).not.toBe(text);
  });

  it('exports to a file that is still within the limit and imports back to the same rules', () => {
    const now = new Date('2026-12-01T08:30:00Z');
    const exported = exportRuleFile(rules, now);
    expect(bytes(exported)).toBeLessThanOrEqual(MAX_RULE_FILE_BYTES);
    expect(accepted(exported)).toEqual({ ...rules, exportedAt: '2026-12-01T08:30:00Z' });
  });
});
