// The rule file, format version 1: schema, import, export and account lookup.
export * from './schema';
export * from './limits';
export { parseRuleFile, validateRuleFile } from './parse';
export type { RuleFileResult } from './check-result';
export { exportRuleFile } from './serialize';
export { EMPTY_RULES } from './defaults';
export { findAccount } from './accounts';
export { normalizeHandle } from './handles';
