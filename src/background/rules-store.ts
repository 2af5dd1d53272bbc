// The rules store: managed policy wins over local rules (issue: enterprise
// policy); local rules are written with a last-good copy so that a damaged
// value can be recovered from. Writes replace both keys in one call, so an
// import is atomic.
import { issueLines } from '../core/rules/issues';
import type { RuleFileResult } from '../core/rules/check-result';
import { parseRuleFile, validateRuleFile } from '../core/rules/parse';
import { exportRuleFile } from '../core/rules/serialize';
import type { RuleFile } from '../core/rules/schema';
import { storedRules, type RulesState } from '../shared/rules-state';
import { LAST_GOOD_KEY, RULES_KEY } from '../shared/storage-keys';
import { writeLocal } from '../shared/storage-area';
import { loadRulesState } from '../shared/load-rules';
import { makeRoomForRules } from './audit-log';
import type { RulesSummary } from '../shared/messages';
import { t, translate } from '../shared/i18n';

export { loadRulesState };

export function summarize(state: RulesState): RulesSummary {
  return {
    organization: state.rules.organization ?? null,
    accounts: state.rules.accounts.length,
    bannedTerms: state.rules.bannedTerms.length,
    source: state.source,
    savedAt: state.savedAt,
    locked: state.locked,
    problems: state.problems,
  };
}

/** `errors`: `path: message` lines in the browser's language, for the page that asked. */
export type ImportOutcome = { ok: true; state: RulesState } | { ok: false; errors: string[] };

export function importRuleText(text: string, now: Date): Promise<ImportOutcome> {
  return replaceRules(parseRuleFile(text), now);
}

/** Rules from the options page's editor: checked by the same schema as an imported file. */
export function saveEditedRules(value: unknown, now: Date): Promise<ImportOutcome> {
  return replaceRules(validateRuleFile(value), now);
}

async function replaceRules(parsed: RuleFileResult, now: Date): Promise<ImportOutcome> {
  const before = await loadRulesState();
  if (before.locked) {
    return { ok: false, errors: [`(root): ${t('error_rules_locked')}`] };
  }
  if (!parsed.ok) return { ok: false, errors: issueLines(parsed.issues, translate) };
  const written = await saveRules(parsed.rules, now);
  if (!written.ok) {
    // The browser's own words for why storage failed, as it gave them.
    return { ok: false, errors: [`(root): ${t('error_rules_not_saved', written.error)}`] };
  }
  return { ok: true, state: await loadRulesState() };
}

export async function saveRules(rules: RuleFile, now: Date) {
  const stored = storedRules(now.toISOString(), rules);
  const write = () => writeLocal({ [RULES_KEY]: stored, [LAST_GOOD_KEY]: stored });
  let written = await write();
  // The log must never cost the rules their place: when storage is full, the
  // log gives up its older half, then every entry, and the rules are tried again.
  for (const share of [0.5, 0]) {
    if (written.ok || !/quota/i.test(written.error)) break;
    if (!(await makeRoomForRules(share))) break;
    written = await write();
  }
  return written;
}

export async function exportRuleText(now: Date) {
  const state = await loadRulesState();
  const slug = (state.rules.organization ?? 'rules')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  const date = now.toISOString().slice(0, 10);
  return { text: exportRuleFile(state.rules, now), fileName: `postguard-${slug}-${date}.json` };
}
