// Turns zod issues into the problems the options page shows as `path: message`
// (e.g. `accounts[2].role: expected corporate, professional or personal`).
// Written here rather than through zod's locales: zod/mini ships none, and
// these messages are for the admin who wrote the file, not for a developer.
// Each message is a Localizable (see issues.ts); its English is in
// issue-messages.ts.
import type * as z from 'zod/mini';
import { localizable, type Localizable, type LocalizableParam } from '../localizable';
import { customLocalizable, type RuleIssue } from './issues';

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

// One call per key, written out, so tests/unit/i18n-keys.test.ts sees every key.
const TYPE_NAMES: Record<string, () => Localizable> = {
  string: () => localizable('rules_type_string'),
  number: () => localizable('rules_type_number'),
  int: () => localizable('rules_type_int'),
  boolean: () => localizable('rules_type_boolean'),
  array: () => localizable('rules_type_array'),
  object: () => localizable('rules_type_object'),
};

// What an oversized list holds, by the key that names it.
const LIST_NOUNS: Record<string, () => Localizable> = {
  accounts: () => localizable('rules_items_accounts'),
  bannedTerms: () => localizable('rules_items_banned_terms'),
  workTerms: () => localizable('rules_items_work_terms'),
  terms: () => localizable('rules_items_terms'),
  allowedHashtags: () => localizable('rules_items_hashtags'),
  aliases: () => localizable('rules_items_aliases'),
  roles: () => localizable('rules_items_roles'),
};

/** "a, b or c"; the values are the file format's own words, shown as they are. */
function orList(values: readonly unknown[]): LocalizableParam {
  const shown = values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
  if (shown.length < 2) return shown[0] ?? '';
  const head = shown
    .slice(1, -1)
    .reduce<LocalizableParam>(
      (list, item) => localizable('rules_list_comma', list, item),
      shown[0] ?? '',
    );
  return localizable('rules_list_or', head, shown.at(-1) ?? '');
}

const count = (n: number) => n.toLocaleString('en-GB');

const expected = (value: unknown, what: LocalizableParam) =>
  value === undefined
    ? localizable('rules_missing_expected', what)
    : localizable('rules_expected', what);

function describeSize(issue: Issue & { code: 'too_big' | 'too_small' }, value: unknown) {
  const big = issue.code === 'too_big';
  const limit = Number(big ? issue.maximum : issue.minimum);
  const notEmpty = limit === 1 && !big;
  if (issue.origin === 'string') {
    if (notEmpty) return localizable('rules_not_empty');
    return big
      ? localizable('rules_text_at_most', count(limit))
      : localizable('rules_text_at_least', count(limit));
  }
  if (issue.origin === 'array') {
    if (notEmpty) return localizable('rules_not_empty');
    const key = issue.path.at(-1);
    const noun =
      (typeof key === 'string' ? LIST_NOUNS[key]?.() : undefined) ??
      localizable('rules_items_entries');
    if (!Array.isArray(value)) {
      return big
        ? localizable('rules_list_at_most', count(limit), noun)
        : localizable('rules_list_at_least', count(limit), noun);
    }
    const found = count(value.length);
    return big
      ? localizable('rules_list_at_most_found', count(limit), noun, found)
      : localizable('rules_list_at_least_found', count(limit), noun, found);
  }
  return big
    ? localizable('rules_at_most', count(limit))
    : localizable('rules_at_least', count(limit));
}

function describeIssue(issue: Issue, value: unknown): LocalizableParam {
  switch (issue.code) {
    case 'invalid_type':
      return expected(value, TYPE_NAMES[issue.expected]?.() ?? issue.expected);
    case 'invalid_value':
      return expected(value, orList(issue.values));
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
