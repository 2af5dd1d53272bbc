// "Import my organisation's rule file": the file a person was given, imported as the
// options page imports one (shared/import-rule-file.ts). Its result is said here, in
// a role=status (imported) or role=alert (refused) element, as on the options page.
import { useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { importChosenFile } from '../shared/import-rule-file';
import type { RulesInForce } from './useRulesInForce';
import { rulesPhrase } from './words';

type Outcome = { kind: 'imported'; text: string } | { kind: 'refused'; errors: string[] } | null;

export function ImportSection({ rules }: { rules: RulesInForce }) {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const locked = rules.summary?.locked ?? false;

  async function importFile(input: HTMLInputElement) {
    const response = await importChosenFile(input);
    if (!response) return;
    if (!response.ok) {
      setOutcome({ kind: 'refused', errors: response.errors });
      return;
    }
    setOutcome({
      kind: 'imported',
      text: t('welcome_imported', [response.fileName, rulesPhrase(response.summary)]),
    });
  }

  return (
    <section aria-labelledby="import" class="way">
      <h2 id="import" tabIndex={-1}>
        {t('welcome_import_heading')}
      </h2>
      <p>{t('welcome_import_lead')}</p>
      <p>
        <label for="welcome-import">{t('welcome_import_label')}</label>{' '}
        <input
          id="welcome-import"
          type="file"
          accept=".json,application/json"
          disabled={locked}
          aria-describedby={locked ? 'welcome-import-locked' : undefined}
          onChange={(event) => void importFile(event.currentTarget)}
        />
      </p>
      {locked && (
        <p class="hint" id="welcome-import-locked">
          {t('welcome_import_locked')}
        </p>
      )}
      <p role="status">{outcome?.kind === 'imported' ? outcome.text : ''}</p>
      {outcome?.kind === 'refused' && (
        <div role="alert">
          <p>{t('welcome_import_refused')}</p>
          <ul>
            {outcome.errors.map((error, i) => (
              <li key={i}>{error}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
