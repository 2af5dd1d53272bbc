// The sentences that say what is wrong with a value in a rule file, made from
// what was found there. Both checks of a rule file word their problems with
// these: the schema's (format-issues.ts turns zod's issues into them) and the
// plain check the content script runs (check-rule-file.ts), so a problem reads
// the same whichever check found it. Each is a Localizable; its English is in
// issue-messages.ts.
import { localizable, type Localizable, type LocalizableParam } from '../localizable';

/** The kinds of value a rule file's fields take, as zod names them. */
export type ValueType = 'string' | 'number' | 'int' | 'boolean' | 'array' | 'object';

// One call per key, written out, so tests/unit/i18n-keys.test.ts sees every key.
const TYPE_NAMES: Record<ValueType, () => Localizable> = {
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

/** `value` (undefined when the field is missing) is not what `what` names. */
export const expected = (value: unknown, what: LocalizableParam) =>
  value === undefined
    ? localizable('rules_missing_expected', what)
    : localizable('rules_expected', what);

/** `value` is not of the type (zod's name for it, or another word: `datetime`). */
export const expectedType = (value: unknown, type: string) =>
  expected(value, TYPE_NAMES[type as ValueType]?.() ?? type);

/** `value` is none of `values`. */
export const expectedOneOf = (value: unknown, values: readonly unknown[]) =>
  expected(value, orList(values));

export interface SizeProblem {
  big: boolean;
  limit: number;
  /** What was measured: text, a list, or a number. */
  origin: 'string' | 'array' | 'number' | string;
  /** The key the value is found at, which names what a list holds. */
  key: PropertyKey | undefined;
  value: unknown;
}

/** A text, list or number too long, short, large or small. */
export function sizeSentence({ big, limit, origin, key, value }: SizeProblem): Localizable {
  const notEmpty = limit === 1 && !big;
  if (origin === 'string') {
    if (notEmpty) return localizable('rules_not_empty');
    return big
      ? localizable('rules_text_at_most', count(limit))
      : localizable('rules_text_at_least', count(limit));
  }
  if (origin === 'array') {
    if (notEmpty) return localizable('rules_not_empty');
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
