// Shared helpers for the rule-file tests (not a test file itself).
import { expect } from 'vitest';
import { parseRuleFile, type RuleFile, type RuleFileResult } from '../../src/core/rules';

/** The smallest valid file, plus `extra` top-level fields. */
export function file(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { format: 'postguard-rules', version: 1, accounts: [], ...extra };
}

export function parse(value: unknown): RuleFileResult {
  return parseRuleFile(typeof value === 'string' ? value : JSON.stringify(value));
}

export function accepted(value: unknown): RuleFile {
  const result = parse(value);
  if (!result.ok)
    expect.fail(`expected the file to be accepted, got:\n${result.errors.join('\n')}`);
  return result.rules;
}

export function refused(value: unknown): string[] {
  const result = parse(value);
  if (result.ok) expect.fail('expected the file to be refused');
  return result.errors;
}
