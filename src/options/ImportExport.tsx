import { importChosenFile } from '../shared/import-rule-file';
import { send, type RulesSummary } from '../shared/messages';
import { t } from '../shared/i18n';
import type { Outcome } from './Outcome';
import { nameWarnings } from './name-warnings';
import { ownWrite } from './loaded-rules';

/** The names an imported file would be warned about (the file was accepted, so it is JSON). */
function warningsFor(text: string): string[] {
  try {
    return nameWarnings(JSON.parse(text));
  } catch {
    return [];
  }
}

/** "Imported k.json: rules of Kingsford Council, 5 accounts." (one account said as such). */
function importedText(fileName: string, { organization, accounts }: RulesSummary): string {
  const count = String(accounts);
  if (organization === null) {
    return accounts === 1
      ? t('options_imported_unnamed_one', [fileName])
      : t('options_imported_unnamed_many', [fileName, count]);
  }
  return accounts === 1
    ? t('options_imported_one', [fileName, organization])
    : t('options_imported_many', [fileName, organization, count]);
}

export function ImportExport(props: {
  locked: boolean;
  onImported: (s: RulesSummary) => void;
  report: (outcome: Outcome) => void;
}) {
  const setResult = props.report;

  async function importFile(input: HTMLInputElement) {
    const response = await importChosenFile(input, ownWrite);
    if (!response) return;
    if (!response.ok) {
      setResult({ kind: 'alert', title: t('options_import_refused'), errors: response.errors });
      return;
    }
    const { fileName, text } = response;
    props.onImported(response.summary);
    const warnings = warningsFor(text);
    setResult({
      kind: 'status',
      text: importedText(fileName, response.summary),
      ...(warnings.length > 0 && { warnings }),
    });
  }

  async function exportFile() {
    const response = await send({ type: 'rules/export' });
    if (!response.ok) {
      setResult({ kind: 'alert', title: t('options_export_failed'), errors: response.errors });
      return;
    }
    const url = URL.createObjectURL(new Blob([response.text], { type: 'application/json' }));
    const link = Object.assign(document.createElement('a'), {
      href: url,
      download: response.fileName,
    });
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setResult({ kind: 'status', text: t('options_exported', response.fileName) });
  }

  return (
    <section aria-labelledby="rule-file">
      <h2 id="rule-file">{t('options_rule_file')}</h2>
      <p>
        <label for="import-rule-file">{t('options_import_label')}</label>{' '}
        <input
          id="import-rule-file"
          type="file"
          accept=".json,application/json"
          disabled={props.locked}
          onChange={(event) => void importFile(event.currentTarget)}
        />
      </p>
      <p>
        <button type="button" onClick={() => void exportFile()}>
          {t('options_export_label')}
        </button>
      </p>
    </section>
  );
}
