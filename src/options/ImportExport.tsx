import { send, type RulesSummary } from '../shared/messages';
import { MAX_RULE_FILE_BYTES } from '../core/rules/parse';
import type { Outcome } from './Outcome';

const REFUSED = 'The file was not imported; the rules in force are unchanged.';

export function ImportExport(props: {
  locked: boolean;
  onImported: (s: RulesSummary) => void;
  report: (outcome: Outcome) => void;
}) {
  const setResult = props.report;

  async function importFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = ''; // so choosing the same file again is another import
    if (!file) return;
    if (file.size > MAX_RULE_FILE_BYTES) {
      setResult({
        kind: 'alert',
        title: REFUSED,
        errors: ['(root): the file is larger than 1 MiB'],
      });
      return;
    }
    const response = await send({
      type: 'rules/import',
      text: await file.text(),
      fileName: file.name,
    });
    if (!response.ok) {
      setResult({ kind: 'alert', title: REFUSED, errors: response.errors });
      return;
    }
    props.onImported(response.summary);
    const org = response.summary.organization ?? 'your organisation';
    setResult({
      kind: 'status',
      text: `Imported ${file.name}: rules of ${org}, ${response.summary.accounts} accounts.`,
    });
  }

  async function exportFile() {
    const response = await send({ type: 'rules/export' });
    if (!response.ok) {
      setResult({ kind: 'alert', title: 'The rules were not exported.', errors: response.errors });
      return;
    }
    const url = URL.createObjectURL(new Blob([response.text], { type: 'application/json' }));
    const link = Object.assign(document.createElement('a'), {
      href: url,
      download: response.fileName,
    });
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setResult({ kind: 'status', text: `Exported ${response.fileName}.` });
  }

  return (
    <section aria-labelledby="rule-file">
      <h2 id="rule-file">Rule file</h2>
      <p>
        <label for="import-rule-file">Import rule file</label>{' '}
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
          Export rule file
        </button>
      </p>
    </section>
  );
}
