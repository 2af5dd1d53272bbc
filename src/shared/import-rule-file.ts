// Importing the rule file a person chose, as the options page and the welcome page both do:
// a file over the format's limit is refused before it is read; any other goes to the worker
// (`rules/import`), which checks it whole and puts it in force, or refuses it with every
// problem as `path: message`, and then nothing changes.
import { MAX_RULE_FILE_BYTES } from '../core/rules/limits';
import { t } from './i18n';
import { send, type RulesSummary } from './messages';

export type ChosenFileImport =
  | { ok: true; fileName: string; text: string; summary: RulesSummary }
  | { ok: false; errors: string[] };

type ImportRequest = Promise<{ ok: true; summary: RulesSummary } | { ok: false; errors: string[] }>;

/**
 * Imports the file chosen in `input`, or answers null when none was. The input is emptied,
 * so that choosing the same file again is another import. `track` sees the request on its
 * way (the options page notes its own writes: options/loaded-rules.ts).
 */
export async function importChosenFile(
  input: HTMLInputElement,
  track: (request: ImportRequest) => ImportRequest = (request) => request,
): Promise<ChosenFileImport | null> {
  const file = input.files?.[0];
  input.value = '';
  if (!file) return null;
  if (file.size > MAX_RULE_FILE_BYTES) {
    return { ok: false, errors: [`(root): ${t('options_import_too_large')}`] };
  }
  const text = await file.text();
  const response = await track(send({ type: 'rules/import', text, fileName: file.name }));
  return response.ok
    ? { ok: true, fileName: file.name, text, summary: response.summary }
    : { ok: false, errors: response.errors };
}
