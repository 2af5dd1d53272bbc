// The rules in force when nothing was ever imported: no accounts, every
// default. Built through the schema so it can never drift from it.
import { RULE_FILE_FORMAT, RULE_FILE_VERSION } from './limits';
import { ruleFileSchema, type RuleFile } from './schema';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/**
 * Shared by every caller, so it is frozen: copy it (structuredClone) before
 * editing. With it, a detected account counts as personal (policy.unlistedRole)
 * and an undetected one still needs confirmation (policy.unknownAccount).
 */
export const EMPTY_RULES: RuleFile = deepFreeze(
  ruleFileSchema.parse({ format: RULE_FILE_FORMAT, version: RULE_FILE_VERSION, accounts: [] }),
);
