// Reads the rules in force from storage (managed policy first, then local).
// Used by the background worker and by the content script's snapshot, which
// reads storage directly so that a sleeping worker never delays a decision.
import { MANAGED_RULES_KEY, STORAGE_KEYS, resolveRules, type RulesState } from './rules-state';
import { readArea } from './storage-area';

export async function loadRulesState(): Promise<RulesState> {
  const [local, managed] = await Promise.all([
    readArea('local', STORAGE_KEYS),
    readArea('managed', [MANAGED_RULES_KEY]),
  ]);
  return resolveRules(local, managed[MANAGED_RULES_KEY]);
}
