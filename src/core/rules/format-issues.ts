// Turns zod issues into the `path: message` lines the options page shows
// (e.g. `accounts[2].role: expected corporate, professional or personal`).
// Written here rather than through zod's locales: zod/mini ships none, and
// these messages are for the admin who wrote the file, not for a developer.
import type * as z from 'zod/mini';

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

const TYPE_NAMES: Record<string, string> = {
  string: 'text in double quotes',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list ([ … ])',
  object: 'an object ({ … })',
};

// What an oversized list holds, by the key that names it.
const LIST_NOUNS: Record<string, string> = {
  accounts: 'accounts',
  bannedTerms: 'banned terms',
  workTerms: 'work terms',
  terms: 'terms',
  allowedHashtags: 'hashtags',
  aliases: 'aliases',
  roles: 'roles',
};

/** "a, b or c" */
function orList(values: readonly unknown[]): string {
  const shown = values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
  return shown.length < 2
    ? (shown[0] ?? '')
    : `${shown.slice(0, -1).join(', ')} or ${shown.at(-1)}`;
}

const count = (n: number) => n.toLocaleString('en-GB');

function describeIssue(issue: Issue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      return `${value === undefined ? 'missing; expected' : 'expected'} ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return `${value === undefined ? 'missing; expected' : 'expected'} ${orList(issue.values)}`;
    case 'too_big':
    case 'too_small': {
      const limit = Number(issue.code === 'too_big' ? issue.maximum : issue.minimum);
      const most = issue.code === 'too_big' ? 'at most' : 'at least';
      if (issue.origin === 'string') {
        return limit === 1 && most === 'at least'
          ? 'must not be empty'
          : `must be ${most} ${count(limit)} characters long`;
      }
      if (issue.origin === 'array') {
        const key = issue.path.at(-1);
        const noun = (typeof key === 'string' && LIST_NOUNS[key]) || 'entries';
        const found = Array.isArray(value) ? ` (found ${count(value.length)})` : '';
        return limit === 1 && most === 'at least'
          ? 'must not be empty'
          : `${most} ${count(limit)} ${noun} allowed${found}`;
      }
      return `must be ${most} ${count(limit)}`;
    }
    case 'invalid_format':
      if (issue.format === 'datetime') {
        return 'expected a date and time such as 2026-11-20T10:00:00Z';
      }
      if (issue.format === 'starts_with' && 'prefix' in issue)
        return `must start with ${issue.prefix}`;
      return `expected a ${issue.format}`;
    case 'custom':
      return issue.message;
    default:
      return 'is not valid here';
  }
}

/** One line per problem; unknown keys get one line each, the key in the path. */
export function formatIssues(issues: readonly Issue[], input: unknown): string[] {
  const lines: string[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) lines.push(`${formatPath([...issue.path, key])}: unknown key`);
    } else {
      lines.push(`${formatPath(issue.path)}: ${describeIssue(issue, valueAt(input, issue.path))}`);
    }
  }
  return lines;
}
