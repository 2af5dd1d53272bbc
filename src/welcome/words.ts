// The welcome page's sentences that are made of parts: the rules in force in a phrase, and
// each problem of the guided form (core/rules/own-accounts.ts) in the person's language.
import type { AnswerProblem } from '../core/rules/own-accounts';
import { t } from '../shared/i18n';
import type { RulesSummary } from '../shared/messages';

/** "Kingsford Council, 5 accounts" (an unnamed file says so; one account said as such). */
export function rulesPhrase({ organization, accounts }: RulesSummary): string {
  const name = organization ?? t('welcome_rules_unnamed');
  return accounts === 1
    ? t('welcome_rules_phrase_one', [name])
    : t('welcome_rules_phrase_many', [name, String(accounts)]);
}

/** A problem of one answer (the field it is about shows it), or of the answers as a whole. */
export function answerProblemText(problem: AnswerProblem, name: string): string {
  switch (problem.code) {
    case 'format':
      // The registry's own sentence for the site's format (core/platforms.ts).
      return t('welcome_problem_format', [name.trim(), t(problem.problemKey)]);
    case 'too-long':
      return t('welcome_problem_too_long', [String(problem.max)]);
    case 'blank':
      return t('welcome_problem_blank');
    case 'missing':
      return t('welcome_problem_missing');
    case 'repeated':
      return t('welcome_problem_repeated', [String(problem.first + 1)]);
    case 'no-use':
      return t('welcome_problem_no_use');
    case 'none':
      return t('welcome_problem_none');
    case 'too-many':
      return t('welcome_problem_too_many', [String(problem.max)]);
  }
}
