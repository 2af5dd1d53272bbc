// The report for the team's review: notes, then the export as Markdown or
// JSON. The files are made in the page and saved through the browser's
// downloads; nothing is sent anywhere.
import { useState } from 'preact/hooks';
import type { Incident, ReportFormat } from '../core/incident';
import { t } from '../shared/i18n';
import type { Guide } from './useIncident';

export function ReportSection({ incident, guide }: { incident: Incident; guide: Guide }) {
  const [status, setStatus] = useState('');

  const save = (format: ReportFormat) => {
    const name = guide.exportReport(format);
    setStatus(name ? t('incident_exported', [name]) : '');
  };

  return (
    <section aria-labelledby="incident-report">
      <h2 id="incident-report">{t('incident_report_heading')}</h2>
      <p>{t('incident_report_lead')}</p>
      <div class="field">
        <label for="incident-notes">{t('incident_notes_label')}</label>
        <textarea
          id="incident-notes"
          rows={6}
          aria-describedby="incident-notes-hint"
          value={incident.notes}
          onInput={(e) => {
            const notes = e.currentTarget.value;
            guide.update((i) => ({ ...i, notes }));
          }}
        />
        <p id="incident-notes-hint" class="hint">
          {t('incident_notes_hint')}
        </p>
      </div>
      <p class="buttons">
        <button type="button" onClick={() => save('markdown')}>
          {t('incident_export_markdown')}
        </button>
        <button type="button" onClick={() => save('json')}>
          {t('incident_export_json')}
        </button>
      </p>
      <p role="status" class="status">
        {status}
      </p>
    </section>
  );
}
