// Shared helpers for the engine tests (not a test file itself).
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { evaluate, type AccountSeen, type Verdict } from '../../src/core/engine';
import { parseRuleFile, type Platform, type RuleFile } from '../../src/core/rules';
import type { StyleBook } from '../../src/core/tone/style';

export function rulesFrom(value: unknown): RuleFile {
  const result = parseRuleFile(typeof value === 'string' ? value : JSON.stringify(value));
  if (!result.ok) expect.fail(result.errors.join('\n'));
  return result.rules;
}

/** A docs/examples file, with top-level fields replaced by `patch`. */
export function example(name: string, patch: Record<string, unknown> = {}): RuleFile {
  const doc = JSON.parse(readFileSync(`docs/examples/${name}.json`, 'utf8'));
  return rulesFrom({ ...doc, ...patch });
}

/** The smallest rule file with these accounts and fields. */
export function rules(fields: Record<string, unknown> = {}): RuleFile {
  return rulesFrom({ format: 'postguard-rules', version: 1, accounts: [], ...fields });
}

export const OUTSIDE_ANY_WINDOW = new Date('2026-06-01T12:00:00Z');

export function seen(
  handle: string | null,
  platform: Platform = 'x',
  reason?: string,
): AccountSeen {
  return reason === undefined ? { platform, handle } : { platform, handle, reason };
}

export function check(
  texts: string | string[],
  account: AccountSeen,
  ruleFile: RuleFile,
  now: Date = OUTSIDE_ANY_WINDOW,
  styles?: StyleBook,
): Verdict {
  const post = { texts: typeof texts === 'string' ? [texts] : texts };
  return evaluate(post, account, ruleFile, now, styles);
}

/** The reasons as [code, action] pairs, in verdict order. */
export function codes(verdict: Verdict): [string, string][] {
  return verdict.reasons.map((r) => [r.code, r.action]);
}

export function reasonOf(verdict: Verdict, code: string) {
  const found = verdict.reasons.find((r) => r.code === code);
  if (!found) expect.fail(`no ${code} reason in ${JSON.stringify(codes(verdict))}`);
  return found;
}
