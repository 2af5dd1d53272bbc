// The English of every rule file problem, by messages.json key, exactly what
// the `en` messages.json says (tests/unit/i18n-messages.test.ts checks that
// they agree). The sentences themselves are made where the problem is found
// (check-result.ts, parse.ts, json-syntax.ts, issue-sentences.ts, schema.ts,
// unique-handles.ts); the plain check (check-*.ts) makes the same ones.
import { FORMAT_ENGLISH, PLATFORMS, platformInfo } from '../platforms';

/** Each site's handle format problem (core/platforms.ts), by its key. */
function handleFormatTemplates(): Record<string, string> {
  return Object.fromEntries(
    PLATFORMS.flatMap((p) => {
      const format = platformInfo(p).format;
      const english = FORMAT_ENGLISH[p];
      return format && english ? [[format.problemKey, english.problem]] : [];
    }),
  );
}

/** English, with $1, $2, … for the substitutions in order. */
export const RULE_ISSUE_TEMPLATES: Readonly<Record<string, string>> = {
  // The file as a whole (parse.ts, check-result.ts).
  rules_file_too_large: 'the file is $1 KiB; a rule file may be at most $2 KiB (1 MiB)',
  rules_json_invalid: 'not valid JSON',
  rules_json_invalid_at: 'not valid JSON at line $1, column $2: $3',
  rules_not_an_object: 'expected an object ({ … }); this is not a Postguard rule file',
  rules_format_missing: 'missing; expected "$1" (this is not a Postguard rule file)',
  rules_format_wrong: 'wrong; expected "$1" (this is not a Postguard rule file)',
  rules_newer_version:
    'this file was made for a newer version of Postguard (version $1); update Postguard to import it',

  // Where JSON is broken (json-syntax.ts).
  rules_json_control_char: 'a line break or control character inside text; write it as \\n',
  rules_json_unicode_escape: 'a \\u escape needs four hex digits',
  rules_json_unknown_escape: 'unknown escape $1 in text',
  rules_json_unclosed_text: 'this text is never closed with a "',
  rules_json_empty: 'the file is empty',
  rules_json_ends_early: 'the file ends too early',
  rules_json_ends_early_closer: 'the file ends too early (a closing $1 is missing)',
  rules_json_after_end: 'unexpected $1 after the end of the data',
  rules_json_expected_colon: 'expected ":" after the property name, found $1',
  rules_json_expected_comma: 'expected "," or "$1", found $2',
  rules_json_comma_before_brace: 'a comma before "}" is not allowed in JSON',
  rules_json_comma_before_bracket: 'a comma before "]" is not allowed in JSON',
  rules_json_expected_name: 'expected a property name in double quotes, found $1',
  rules_json_expected_value: 'expected a value, found $1',
  rules_json_hint_comments: '$1 (comments are not allowed in JSON)',
  rules_json_hint_quotes: '$1 (JSON needs double quotes)',
  rules_json_char: '"$1"',
  rules_json_double_quote: `'"'`,

  // A value in the file (issue-sentences.ts, format-issues.ts).
  rules_unknown_key: 'unknown key',
  rules_expected: 'expected $1',
  rules_missing_expected: 'missing; expected $1',
  rules_type_string: 'text in double quotes',
  rules_type_number: 'a number',
  rules_type_int: 'a whole number',
  rules_type_boolean: 'true or false',
  rules_type_array: 'a list ([ … ])',
  rules_type_object: 'an object ({ … })',
  rules_list_or: '$1 or $2',
  rules_list_comma: '$1, $2',
  rules_not_empty: 'must not be empty',
  rules_text_at_most: 'must be at most $1 characters long',
  rules_text_at_least: 'must be at least $1 characters long',
  rules_list_at_most: 'at most $1 $2 allowed',
  rules_list_at_most_found: 'at most $1 $2 allowed (found $3)',
  rules_list_at_least: 'at least $1 $2 allowed',
  rules_list_at_least_found: 'at least $1 $2 allowed (found $3)',
  rules_items_accounts: 'accounts',
  rules_items_banned_terms: 'banned terms',
  rules_items_work_terms: 'work terms',
  rules_items_terms: 'terms',
  rules_items_hashtags: 'hashtags',
  rules_items_aliases: 'aliases',
  rules_items_roles: 'roles',
  rules_items_entries: 'entries',
  rules_at_most: 'must be at most $1',
  rules_at_least: 'must be at least $1',
  rules_date_time: 'expected a date and time such as 2026-11-20T10:00:00Z',
  rules_starts_with: 'must start with $1',
  rules_expected_format: 'expected a $1',
  rules_not_valid_here: 'is not valid here',

  // The schema's own checks (schema.ts, unique-handles.ts).
  rules_not_blank: 'must not be blank',
  rules_term_needs_letter: 'needs at least one letter or digit besides # and *',
  rules_handle_empty:
    'must name an account (it is empty once spaces, invisible characters and the leading @ are removed)',
  rules_window_end: 'must be later than start',
  rules_duplicate_role: '$1 is already listed',
  // A handle that does not fit its site's format (schema.ts), in the registry's words.
  ...handleFormatTemplates(),
  rules_duplicate_account: 'the $1 account "$2" is already listed at $3',
};
