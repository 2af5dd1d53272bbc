// Reads the rules in force from storage (managed policy first, then local).
// Used by the background worker and by the content script's snapshot, which
// reads storage directly so that a sleeping worker never delays a decision.
import { resolveRules, resolveRulesInSteps, type IssueLines, type RulesState } from './rules-state';
import { readArea } from './storage-area';
import { LOCAL_RULES_KEYS, MANAGED_RULES_KEY, RULES_KEY } from './storage-keys';

async function readStored(
  keys = LOCAL_RULES_KEYS,
): Promise<{ local: Record<string, unknown>; managed: unknown }> {
  const [local, managed] = await Promise.all([
    readArea('local', keys),
    readArea('managed', [MANAGED_RULES_KEY]),
  ]);
  return { local, managed: managed[MANAGED_RULES_KEY] };
}

export async function loadRulesState(): Promise<RulesState> {
  // The backup copy is read only when the saved rules are not in force (resolveRules never
  // looks at it then): a rule file at the format's limits is a megabyte less to read.
  const first = await readStored([RULES_KEY]);
  const state = resolveRules(first.local, first.managed);
  if (state.source === 'managed' || state.source === 'import') return state;
  const { local, managed } = await readStored();
  return resolveRules(local, managed);
}

/**
 * loadRulesState for the content script: the same rules, checked without zod,
 * and in two steps (resolveRulesInSteps in rules-state.ts).
 */
export async function loadRulesInSteps(
  lines: IssueLines,
): Promise<ReturnType<typeof resolveRulesInSteps>> {
  const { local, managed } = await readStored();
  return resolveRulesInSteps(local, managed, lines);
}
