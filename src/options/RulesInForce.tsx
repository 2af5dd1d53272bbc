import type { RulesSummary } from '../shared/messages';

const SOURCE_WORDS: Record<string, string> = {
  managed: 'set by your organisation’s browser policy',
  import: 'imported from a rule file',
  'last-good': 'restored from the last good copy',
  none: 'none yet: import your organisation’s rule file',
};

export function RulesInForce({ summary }: { summary: RulesSummary | null }) {
  if (!summary) return <section aria-busy="true">Loading the rules in force…</section>;
  return (
    <section aria-labelledby="rules-in-force">
      <h2 id="rules-in-force">Rules in force</h2>
      <dl>
        <dt>Organisation</dt>
        <dd data-testid="organization">{summary.organization ?? 'not named'}</dd>
        <dt>Source</dt>
        <dd>{SOURCE_WORDS[summary.source] ?? summary.source}</dd>
        <dt>Accounts</dt>
        <dd data-testid="account-count">{summary.accounts}</dd>
        <dt>Banned terms</dt>
        <dd>{summary.bannedTerms}</dd>
      </dl>
      {summary.locked && <p>Your organisation manages these rules; they cannot be changed here.</p>}
      {summary.problems.length > 0 && (
        <div class="problems">
          <h3>Problems found in stored settings</h3>
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
