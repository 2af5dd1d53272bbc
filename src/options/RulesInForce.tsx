import type { RulesSummary } from '../shared/messages';
import { t } from '../shared/i18n';

const SOURCE_WORDS: Record<string, () => string> = {
  managed: () => t('options_source_managed'),
  import: () => t('options_source_import'),
  'last-good': () => t('options_source_last_good'),
  none: () => t('options_source_none'),
};

export function RulesInForce({ summary }: { summary: RulesSummary | null }) {
  if (!summary) return <section aria-busy="true">{t('options_loading')}</section>;
  return (
    <section aria-labelledby="rules-in-force">
      <h2 id="rules-in-force">{t('options_rules_in_force')}</h2>
      <dl>
        <dt>{t('options_organisation')}</dt>
        <dd data-testid="organization">{summary.organization ?? t('options_not_named')}</dd>
        <dt>{t('options_source')}</dt>
        <dd>{SOURCE_WORDS[summary.source]?.() ?? summary.source}</dd>
        <dt>{t('options_accounts')}</dt>
        <dd data-testid="account-count">{summary.accounts}</dd>
        <dt>{t('options_banned_terms')}</dt>
        <dd>{summary.bannedTerms}</dd>
      </dl>
      {summary.locked && <p>{t('options_locked')}</p>}
      {summary.problems.length > 0 && (
        <div class="problems">
          <h3>{t('options_problems_heading')}</h3>
          <ul>
            {summary.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
