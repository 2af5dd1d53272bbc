// "Set up my own accounts" (the welcome page): a person's answers, one account at a time
// (the site, the handle or name the site shows, work or personal), made into a rule file.
// Each answer is checked the way the rule file checks an account (the site's handle format
// from the platform registry, the length limit, an account listed twice), so that the file
// made is one the schema accepts, and every problem is tied to the answer it is about, for
// the page to show beside that field. Pure: the page words the problems (shared/i18n.ts).
import { accountKey, platformInfo, type Platform } from '../platforms';
import { normalizeHandle } from './handles';
import { MAX_ACCOUNTS, MAX_TERM_LENGTH, RULE_FILE_FORMAT, RULE_FILE_VERSION } from './limits';
import type { Role, RuleFileInput } from './schema';

/** What a person says an account is for. */
export type AccountUse = 'work' | 'personal';

/** Work accounts speak for the organisation: the rule file's `corporate` role. */
export const ROLE_OF_USE: Readonly<Record<AccountUse, Role>> = {
  work: 'corporate',
  personal: 'personal',
};

/** One account as the person gave it: `use` is null until they choose. */
export interface AccountAnswer {
  platform: Platform;
  name: string;
  use: AccountUse | null;
}

/** What is wrong with one answer (`row` indexes the answers), or with the answers as a whole. */
export type AnswerProblem =
  /** Not a handle the site allows: `problemKey` is the registry's message for its format. */
  | { row: number; field: 'name'; code: 'format'; problemKey: string }
  | { row: number; field: 'name'; code: 'too-long'; max: number }
  /** Only invisible characters or an `@`: it names no account. */
  | { row: number; field: 'name'; code: 'blank' }
  /** Work or personal chosen, but no name given. */
  | { row: number; field: 'name'; code: 'missing' }
  /** The same account as an earlier answer (`first`), compared as the guard compares them. */
  | { row: number; field: 'name'; code: 'repeated'; first: number }
  | { row: number; field: 'use'; code: 'no-use' }
  /** No account given at all. */
  | { row: null; code: 'none' }
  | { row: null; code: 'too-many'; max: number };

export type AnswersResult =
  { ok: true; rules: RuleFileInput; accounts: number } | { ok: false; problems: AnswerProblem[] };

/** An answer with nothing in it: a spare row the person left, not a mistake. */
export function isBlankAnswer(answer: AccountAnswer): boolean {
  return answer.name.trim() === '' && answer.use === null;
}

function nameProblem(answer: AccountAnswer, row: number): AnswerProblem | null {
  const name = answer.name.trim();
  if (name === '') return { row, field: 'name', code: 'missing' };
  if (name.length > MAX_TERM_LENGTH) {
    return { row, field: 'name', code: 'too-long', max: MAX_TERM_LENGTH };
  }
  if (normalizeHandle(name) === '') return { row, field: 'name', code: 'blank' };
  const format = platformInfo(answer.platform).format;
  if (format && !format.pattern.test(name)) {
    return { row, field: 'name', code: 'format', problemKey: format.problemKey };
  }
  return null;
}

/**
 * The rule file the answers make (every default applied by the schema when it is saved),
 * or every problem in them. Blank answers are skipped; `organization`, when given, names
 * the rules (the popup and options page show it).
 */
export function rulesFromAnswers(
  answers: readonly AccountAnswer[],
  organization?: string,
): AnswersResult {
  const problems: AnswerProblem[] = [];
  const seen = new Map<string, number>();
  const accounts: RuleFileInput['accounts'] = [];
  answers.forEach((answer, row) => {
    if (isBlankAnswer(answer)) return;
    const problem = nameProblem(answer, row);
    if (problem) problems.push(problem);
    else {
      const key = accountKey(answer.platform, answer.name);
      const first = seen.get(key);
      if (first === undefined) seen.set(key, row);
      else problems.push({ row, field: 'name', code: 'repeated', first });
    }
    if (answer.use === null) problems.push({ row, field: 'use', code: 'no-use' });
    else if (!problem) {
      const handle = answer.name.trim();
      accounts.push({ platform: answer.platform, handle, role: ROLE_OF_USE[answer.use] });
    }
  });
  const given = answers.filter((answer) => !isBlankAnswer(answer)).length;
  if (given === 0) problems.push({ row: null, code: 'none' });
  if (given > MAX_ACCOUNTS) problems.push({ row: null, code: 'too-many', max: MAX_ACCOUNTS });
  if (problems.length > 0) return { ok: false, problems };
  const name = organization?.trim();
  const rules: RuleFileInput = {
    format: RULE_FILE_FORMAT,
    version: RULE_FILE_VERSION,
    ...(name ? { organization: name } : {}),
    accounts,
  };
  return { ok: true, rules, accounts: accounts.length };
}
