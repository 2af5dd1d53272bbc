// What a check of a rule file gives, and the first step of both checks (the
// schema's, parse.ts, and the plain one, check-rule-file.ts): whether the value
// is a Postguard rule file this version can read at all.
import { localizable } from '../localizable';
import { isObject } from './check-values';
import { issueLines, type RuleIssue } from './issues';
import { RULE_FILE_FORMAT, RULE_FILE_VERSION } from './limits';
import type { RuleFile } from './schema';

export type RuleFileResult =
  | { ok: true; rules: RuleFile }
  /** `errors`: the English `path: message` lines of `issues`, in the same order. */
  | { ok: false; errors: string[]; issues: RuleIssue[] };

export const refusal = (issues: RuleIssue[]): RuleFileResult => ({
  ok: false,
  errors: issueLines(issues),
  issues,
});

/**
 * The one problem of a value that is not a rule file this version reads (not
 * an object, another format, a newer version); null when it may be one.
 */
export function foreignFileIssue(value: unknown): RuleIssue | null {
  if (!isObject(value)) {
    return { path: '(root)', message: localizable('rules_not_an_object') };
  }
  // Not ours at all: listing schema problems of someone else's JSON would only confuse.
  if (value.format !== RULE_FILE_FORMAT) {
    const message =
      value.format === undefined
        ? localizable('rules_format_missing', RULE_FILE_FORMAT)
        : localizable('rules_format_wrong', RULE_FILE_FORMAT);
    return { path: 'format', message };
  }
  // A newer file may mean something this version would misread: refuse it whole.
  const { version } = value;
  if (typeof version === 'number' && Number.isInteger(version) && version > RULE_FILE_VERSION) {
    return { path: 'version', message: localizable('rules_newer_version', String(version)) };
  }
  return null;
}
