// "My organisation manages this": an organisation can hand Postguard its rules through
// browser policy (docs/admin/README.md); then there is nothing to set up. This says how a
// person can tell the rules have arrived (what the popup shows, the browser's own policy
// page), and checks now with `Check again`: the rules in force, as the worker reads them.
import { useState } from 'preact/hooks';
import { t, uiLanguage } from '../shared/i18n';
import type { RulesInForce } from './useRulesInForce';
import { rulesPhrase } from './words';

/** What a check found, in a sentence, and the problems of a policy Postguard refused. */
function checked({ summary, error }: RulesInForce, at: Date): { text: string; problems: string[] } {
  const time = at.toLocaleTimeString(uiLanguage(), { hour: '2-digit', minute: '2-digit' });
  if (!summary) return { text: t('welcome_check_failed', [error ?? '', time]), problems: [] };
  if (summary.source === 'managed') {
    return { text: t('welcome_check_arrived', [rulesPhrase(summary), time]), problems: [] };
  }
  // A policy whose rules were refused is reported among the rules' problems (rules-state.ts).
  return { text: t('welcome_check_not_yet', [time]), problems: summary.problems };
}

export function ManagedSection({
  check,
}: {
  /** Reads the rules in force again. */
  check(): Promise<RulesInForce>;
}) {
  const [result, setResult] = useState<{ text: string; problems: string[] } | null>(null);
  const [busy, setBusy] = useState(false);

  const checkAgain = async () => {
    if (busy) return;
    setBusy(true);
    const found = await check();
    setResult(checked(found, new Date()));
    setBusy(false);
  };

  return (
    <section aria-labelledby="managed" class="way">
      <h2 id="managed" tabIndex={-1}>
        {t('welcome_managed_heading')}
      </h2>
      <p>{t('welcome_managed_lead')}</p>
      <h3>{t('welcome_managed_how_heading')}</h3>
      <ul>
        <li>{t('welcome_managed_popup')}</li>
        <li>
          {t('welcome_managed_chrome')} <code>chrome://policy</code> (<code>edge://policy</code>)
        </li>
        <li>
          {t('welcome_managed_firefox')} <code>about:policies</code>
        </li>
        <li>{t('welcome_managed_restart')}</li>
      </ul>
      <p>
        <button type="button" aria-busy={busy} onClick={() => void checkAgain()}>
          {t('welcome_check_again')}
        </button>
      </p>
      <p role="status">{result?.text ?? ''}</p>
      {result && result.problems.length > 0 && (
        <ul class="problems">
          {result.problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
