// Turns raw stored values into the rules in force. Pure (no browser API) so the
// background, the content script and the pages resolve rules the same way, and
// so it runs in unit tests. Every stored value is validated here: a damaged
// `rules` value falls back to `rulesLastGood`, then to no rules, and the damage
// is reported in `problems` (never silently dropped).
import * as z from 'zod/mini';
import { validateRuleFile } from '../core/rules/parse';
import { EMPTY_RULES } from '../core/rules/defaults';
import type { RuleFile } from '../core/rules/schema';

export const RULES_KEY = 'rules';
export const LAST_GOOD_KEY = 'rulesLastGood';
export const MANAGED_RULES_KEY = 'rules';
export const STORAGE_KEYS = [RULES_KEY, LAST_GOOD_KEY];

export type RulesSource = 'import' | 'managed' | 'last-good' | 'none';

const StoredRules = z.strictObject({
  savedAt: z.iso.datetime(),
  rules: z.unknown(),
});
export type StoredRules = { savedAt: string; rules: RuleFile };

export interface RulesState {
  rules: RuleFile;
  source: RulesSource;
  savedAt: string | null;
  locked: boolean;
  /** Damaged stored values, as sentences for a person. */
  problems: string[];
}

type Checked = { ok: true; value: StoredRules } | { ok: false; problem: string } | null;

function checkStored(raw: unknown, what: string): Checked {
  if (raw === undefined) return null;
  const shape = StoredRules.safeParse(raw);
  if (!shape.success) return { ok: false, problem: `${what} are damaged (not a saved rule set)` };
  const result = validateRuleFile(shape.data.rules);
  if (!result.ok) {
    return { ok: false, problem: `${what} are damaged: ${result.errors.slice(0, 3).join('; ')}` };
  }
  return { ok: true, value: { savedAt: shape.data.savedAt, rules: result.rules } };
}

/**
 * @param local raw values of RULES_KEY and LAST_GOOD_KEY from storage.local
 * @param managed raw value of the managed `rules` key (undefined when none)
 */
export function resolveRules(local: Record<string, unknown>, managed?: unknown): RulesState {
  const problems: string[] = [];
  if (managed !== undefined) {
    const result = validateRuleFile(managed);
    if (result.ok) {
      return { rules: result.rules, source: 'managed', savedAt: null, locked: true, problems };
    }
    problems.push(`Rules from your organisation's policy are invalid: ${result.errors.join('; ')}`);
  }
  const current = checkStored(local[RULES_KEY], 'Saved rules');
  if (current?.ok) return fromStored(current.value, 'import', problems);
  if (current) problems.push(current.problem);
  const lastGood = checkStored(local[LAST_GOOD_KEY], 'Backup rules');
  if (lastGood?.ok) return fromStored(lastGood.value, current ? 'last-good' : 'import', problems);
  if (lastGood) problems.push(lastGood.problem);
  return { rules: EMPTY_RULES, source: 'none', savedAt: null, locked: false, problems };
}

function fromStored(stored: StoredRules, source: RulesSource, problems: string[]): RulesState {
  return {
    rules: stored.rules,
    source,
    savedAt: stored.savedAt,
    locked: stored.rules.policy.locked,
    problems,
  };
}
