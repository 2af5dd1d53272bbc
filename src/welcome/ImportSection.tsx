// "Import my organisation's rule file": the file a person was given, imported as the
// options page imports one (`rules/import`: checked whole by the worker, refused with
// every problem as `path: message`, and then nothing changes). Its result is said here, in
// a role=status (imported) or role=alert (refused) element, as on the options page.
import { useState } from 'preact/hooks';
import { MAX_RULE_FILE_BYTES } from '../core/rules/limits';
import { t } from '../shared/i18n';
import { send } from '../shared/messages';
import type { RulesInForce } from './useRulesInForce';
import { rulesPhrase } from './words';

type Outcome = { kind: 'imported'; text: string } | { kind: 'refused'; errors: string[] } | null;

export function ImportSection({ rules }: { rules: RulesInForce }) {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const locked = rules.summary?.locked ?? false;

  async function importFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = ''; // so choosing the same file again is another import
    if (!file) return;
    if (file.size > MAX_RULE_FILE_BYTES) {
      setOutcome({ kind: 'refused', errors: [`(root): ${t('welcome_import_too_large')}`] });
      return;
    }
    const response = await send({
      type: 'rules/import',
      text: await file.text(),
      fileName: file.name,
    });
    if (!response.ok) {
      setOutcome({ kind: 'refused', errors: response.errors });
      return;
    }
    setOutcome({
      kind: 'imported',
      text: t('welcome_imported', [file.name, rulesPhrase(response.summary)]),
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
