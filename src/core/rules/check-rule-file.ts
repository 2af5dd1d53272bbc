// The rule file schema (schema.ts) written out by hand, without zod. The
// content script checks the stored rules on every page load of a guarded site,
// where zod would cost about 30 KB of code and 10 µs per banned term.
//
// It must accept exactly the values the schema accepts and return what the
// schema returns (defaults applied, keys in the schema's order): keep the two
// in step (tests/unit/storage-corrupt.test.ts compares them on generated
// files). It stops at the first problem it finds, worded as the schema's check
// words it, so what it reports is always one of the schema's problems.
import { foreignFileIssue, refusal, type RuleFileResult } from './check-result';
import {
  account,
  bannedTerm,
  builtinLists,
  policy,
  sombre,
  termList,
  terms,
  toneCheck,
  type CheckMode,
} from './check-sections';
import {
  Refused,
  among,
  at,
  dateTime,
  keysOf,
  list,
  object,
  optional,
  string,
  text,
  withDefault,
  type Obj,
  type Path,
} from './check-values';
import { formatPath } from './format-issues';
import { MAX_ACCOUNTS, MAX_LABEL_LENGTH, RULE_FILE_VERSION } from './limits';
import type { RuleFile } from './schema';
import type { RuleIssue } from './issues';
import { handleClashes } from './unique-handles';

export type { CheckMode };

const version = among([RULE_FILE_VERSION]);

function ruleFile(value: unknown, mode: CheckMode): RuleFile {
  const input = object(value, null, [
    '$schema',
    'format',
    'version',
    'organization',
    'exportedAt',
    'accounts',
    'bannedTerms',
    'workTerms',
    'sombre',
    'toneCheck',
    'builtinLists',
    'policy',
  ]);
  const out: Obj = {};
  optional(out, input, null, '$schema', string);
  out.format = input.format; // checked first (foreignFileIssue)
  out.version = version(input.version, null, 'version');
  optional(out, input, null, 'organization', text(MAX_LABEL_LENGTH));
  optional(out, input, null, 'exportedAt', dateTime);
  const accounts = list(input.accounts, null, 'accounts', MAX_ACCOUNTS, account);
  const [clash] = handleClashes(accounts);
  if (clash) {
    const path = ['accounts', ...clash.path].reduce<Path>((up, key) => at(up, key), null);
    throw new Refused(path, clash.message);
  }
  out.accounts = accounts;
  out.bannedTerms = withDefault(input, null, 'bannedTerms', [], termList(mode, bannedTerm));
  out.workTerms = terms(mode, input, null, 'workTerms');
  optional(out, input, null, 'sombre', sombre(mode));
  optional(out, input, null, 'toneCheck', toneCheck);
  // Prefaulted: an absent object is read as `{}`, so that its own defaults apply.
  const { builtinLists: lists = {}, policy: settings = {} } = input;
  out.builtinLists = builtinLists(lists, at(null, 'builtinLists'));
  out.policy = policy(settings, at(null, 'policy'));
  return out as RuleFile;
}

/**
 * The schema's check without zod: the file with every default applied, or the
 * first problem found. In `preview` mode the entries of the term lists are not
 * read and those lists are left empty (check-sections.ts: CheckMode).
 */
/**
 * The plain check's result as data: the rules, or the problem found, not yet put into
 * words. The content script words it with the browser's own messages, so the English
 * sentences (issue-messages.ts) need not be in every guarded page's script.
 */
export function ruleFileIssues(
  value: unknown,
  mode: CheckMode = 'full',
): { ok: true; rules: RuleFile } | { ok: false; issues: RuleIssue[] } {
  const foreign = foreignFileIssue(value);
  if (foreign) return { ok: false, issues: [foreign] };
  try {
    return { ok: true, rules: ruleFile(value, mode) };
  } catch (error) {
    if (!(error instanceof Refused)) throw error;
    return {
      ok: false,
      issues: [{ path: formatPath(keysOf(error.path)), message: error.message }],
    };
  }
}

export function checkRuleFile(value: unknown, mode: CheckMode = 'full'): RuleFileResult {
  const result = ruleFileIssues(value, mode);
  return result.ok ? result : refusal(result.issues);
}
