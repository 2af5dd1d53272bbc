// Turns zod issues into the problems the options page shows as `path: message`
// (e.g. `accounts[2].role: expected corporate, professional or personal`).
// Written here rather than through zod's locales: zod/mini ships none, and
// these messages are for the admin who wrote the file, not for a developer.
// Each message is a Localizable (see issues.ts), made in issue-sentences.ts,
// whose English is in issue-messages.ts.
import type * as z from 'zod/mini';
import { localizable, type LocalizableParam } from '../localizable';
import { customLocalizable, type RuleIssue } from './issues';
import { expectedOneOf, expectedType, sizeSentence } from './issue-sentences';

type Issue = z.core.$ZodIssue;
type Key = PropertyKey;

/** `accounts[2].role`; `(root)` for the document itself. */
export function formatPath(path: readonly Key[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/u.test(key))
      out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out || '(root)';
}

function valueAt(root: unknown, path: readonly Key[]): unknown {
  let v = root;
  for (const key of path) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<Key, unknown>)[key];
  }
  return v;
}

function describeSize(issue: Issue & { code: 'too_big' | 'too_small' }, value: unknown) {
  const big = issue.code === 'too_big';
  const limit = Number(big ? issue.maximum : issue.minimum);
  return sizeSentence({ big, limit, origin: issue.origin, key: issue.path.at(-1), value });
}

function describeIssue(issue: Issue, value: unknown): LocalizableParam {
  switch (issue.code) {
    case 'invalid_type':
      return expectedType(value, issue.expected);
    case 'invalid_value':
      return expectedOneOf(value, issue.values);
    case 'too_big':
    case 'too_small':
      return describeSize(issue, value);
    case 'invalid_format':
      if (issue.format === 'datetime') return localizable('rules_date_time');
      if (issue.format === 'starts_with' && 'prefix' in issue)
        return localizable('rules_starts_with', String(issue.prefix));
      return localizable('rules_expected_format', issue.format);
    case 'custom':
      // The schema's own checks attach their Localizable (issues.ts: customIssue).
      return customLocalizable(issue.params) ?? issue.message;
    default:
      return localizable('rules_not_valid_here');
  }
}

/** One problem per zod issue; unknown keys get one each, the key in the path. */
export function formatIssues(issues: readonly Issue[], input: unknown): RuleIssue[] {
  const out: RuleIssue[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        out.push({
          path: formatPath([...issue.path, key]),
          message: localizable('rules_unknown_key'),
        });
      }
    } else {
      out.push({
        path: formatPath(issue.path),
        message: describeIssue(issue, valueAt(input, issue.path)),
      });
    }
  }
  return out;
}
