// The diagnostics report a person pastes into a ticket (docs/diagnostics.md): the page's
// part, as the tab's content script reported it (content/diagnostics/report.ts), with what
// the popup reads itself in the same browser: when, Postguard's version, the browser and
// the system. The page's part comes from a web page's process: it is taken only when it is
// a JSON object, and its fields never overwrite the popup's own.
import { t } from '../shared/i18n';
import type { DiagnosticsEnvironment } from './environment';

/** The report as a person pastes it into a ticket: a heading, a note, the data as JSON. */
export function formatDiagnostics(data: Record<string, unknown>): string {
  return [
    `## ${t('popup_diagnostics_report_title')}`,
    '',
    t('popup_diagnostics_report_note'),
    '',
    '```json',
    JSON.stringify(data, null, 2),
    '```',
    '',
  ].join('\n');
}

/** The whole report from the page's part (JSON text); null when that is not a JSON object. */
export function diagnosticsReport(
  pagePart: string,
  env: DiagnosticsEnvironment,
  now: Date,
): string | null {
  let page: unknown;
  try {
    page = JSON.parse(pagePart);
  } catch {
    return null;
  }
  if (typeof page !== 'object' || page === null || Array.isArray(page)) return null;
  return formatDiagnostics({ ...page, generated: now.toISOString(), ...env });
}
