// The rule editor's check of its draft, as you type, at any size. It finds exactly the
// problems the rule file schema finds (validateRuleFile; a test holds the two to the same
// lines on generated files), without checking 10,000 unchanged entries on each keystroke:
// the draft changes immutably (draft.ts), so an account or banned term that is the same
// object as before has the same problems as before, kept here by identity. Only the
// entries that changed, the rest of the file (small) and the accounts' handles against
// each other (500 at most) are checked again.
import { isObject } from '../../core/rules/check-values';
import { foreignFileIssue } from '../../core/rules/check-result';
import { formatIssues, formatPath } from '../../core/rules/format-issues';
import type { RuleIssue } from '../../core/rules/issues';
import { MAX_ACCOUNTS, MAX_TERMS } from '../../core/rules/limits';
import { validateRuleFile } from '../../core/rules/parse';
import { accountSchema, bannedTermSchema, ruleFileSchema } from '../../core/rules/schema';
import { handleClashes } from '../../core/rules/unique-handles';

export type DraftCheck = { ok: true } | { ok: false; issues: RuleIssue[] };

type EntrySchema = typeof accountSchema | typeof bannedTermSchema;
/** The lists checked entry by entry, each with its entries' schema and its cache. */
const LISTS = [
  { key: 'accounts', schema: accountSchema, max: MAX_ACCOUNTS, known: new WeakMap() },
  { key: 'bannedTerms', schema: bannedTermSchema, max: MAX_TERMS, known: new WeakMap() },
] as const satisfies {
  key: string;
  schema: EntrySchema;
  max: number;
  known: WeakMap<object, RuleIssue[]>;
}[];

/** The file's keys in the schema's order: the order the schema lists problems in. */
const KEY_ORDER = Object.keys(ruleFileSchema.shape);

/** A problem's path within an entry, moved under `list[index]`. */
function under(list: string, index: number, issue: RuleIssue): RuleIssue {
  const base = formatPath([list, index]);
  const path = issue.path ?? '(root)';
  const inner = path === '(root)' ? '' : path.startsWith('[') ? path : `.${path}`;
  return { path: `${base}${inner}`, message: issue.message };
}

/** An entry's own problems, paths within the entry; remembered while the entry lives. */
function entryIssues(list: (typeof LISTS)[number], entry: unknown): RuleIssue[] {
  const cached = isObject(entry) ? list.known.get(entry) : undefined;
  if (cached) return cached;
  const result = list.schema.safeParse(entry);
  const issues = result.success ? [] : formatIssues(result.error.issues, entry);
  if (isObject(entry)) list.known.set(entry, issues);
  return issues;
}

/** Where a problem is in the schema's order: its top-level key's place, unknown keys last. */
function rank(issue: RuleIssue): number {
  const key = /^[A-Za-z_$][\w$]*/u.exec(issue.path ?? '')?.[0];
  const at = key === undefined ? -1 : KEY_ORDER.indexOf(key);
  return at === -1 ? KEY_ORDER.length : at;
}

const fullCheck = (draft: unknown): DraftCheck => {
  const result = validateRuleFile(draft);
  return result.ok ? { ok: true } : { ok: false, issues: result.issues };
};

/**
 * When most entries are new to the cache (a file just loaded), the whole file is checked
 * at once by the plain check first: if it passes, every entry is known to be fine.
 */
function learnAll(draft: Record<string, unknown>): boolean {
  if (!validateRuleFile(draft).ok) return false;
  for (const list of LISTS) {
    const entries = draft[list.key];
    if (!Array.isArray(entries)) continue;
    for (const entry of entries) if (isObject(entry)) list.known.set(entry, []);
  }
  return true;
}

const unknownCount = (draft: Record<string, unknown>) =>
  LISTS.reduce((count, list) => {
    const entries = draft[list.key];
    if (!Array.isArray(entries)) return count;
    return count + entries.filter((e) => !isObject(e) || !list.known.has(e)).length;
  }, 0);

/** The draft's problems, as validateRuleFile lists them. */
export function checkDraft(draft: unknown): DraftCheck {
  if (!isObject(draft) || foreignFileIssue(draft)) return fullCheck(draft);
  // A list that is not a list, or too long, is rare: the schema says it as it does.
  const lists = LISTS.filter((list) => draft[list.key] !== undefined);
  const odd = lists.some((list) => {
    const entries = draft[list.key];
    return !Array.isArray(entries) || entries.length > list.max;
  });
  if (odd) return fullCheck(draft);
  if (unknownCount(draft) > 50 && learnAll(draft)) return { ok: true };

  const skeleton = { ...draft };
  for (const list of lists) skeleton[list.key] = [];
  const rest = validateRuleFile(skeleton);
  const issues = rest.ok ? [] : [...rest.issues];
  for (const list of lists) {
    const entries = draft[list.key] as unknown[];
    entries.forEach((entry, index) => {
      for (const issue of entryIssues(list, entry)) issues.push(under(list.key, index, issue));
    });
    if (list.key === 'accounts') {
      for (const clash of handleClashes(entries)) {
        issues.push({ path: formatPath(['accounts', ...clash.path]), message: clash.message });
      }
    }
  }
  if (issues.length === 0) return { ok: true };
  // Stable: problems of one key keep the order they were found in.
  return {
    ok: false,
    issues: issues
      .map((issue, i) => ({ issue, i }))
      .sort((a, b) => rank(a.issue) - rank(b.issue) || a.i - b.i)
      .map(({ issue }) => issue),
  };
}
