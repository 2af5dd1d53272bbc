// The rules in force when nothing was ever imported: no accounts, every
// default. Built through the plain check (check-rule-file.ts), which returns
// exactly what the schema returns (tests/unit/rules-defaults.test.ts), so that
// it can never drift from the schema and the content script has it without
// zod.
import { ruleFileIssues } from './check-rule-file';
import { RULE_FILE_FORMAT, RULE_FILE_VERSION } from './limits';
import type { RuleFile } from './schema';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

function emptyRules(): RuleFile {
  const result = ruleFileIssues({
    format: RULE_FILE_FORMAT,
    version: RULE_FILE_VERSION,
    accounts: [],
  });
  // Never: the empty file is valid (tests/unit/rules-defaults.test.ts). Its problem stays
  // data here, so no bundle needs the English sentences for it.
  if (!result.ok) throw new Error(`The empty rule file is refused at ${result.issues[0]?.path}`);
  return result.rules;
}

/**
 * Shared by every caller, so it is frozen: copy it (structuredClone) before
 * editing. With it, a detected account counts as personal (policy.unlistedRole)
 * and an undetected one still needs confirmation (policy.unknownAccount).
 */
export const EMPTY_RULES: RuleFile = deepFreeze(emptyRules());
