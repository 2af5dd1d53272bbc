// Placeholder until the incident guide: what to do now, in order.
import { t } from '../shared/i18n';

export function IncidentPage() {
  return (
    <main
      style={{ maxWidth: '40rem', margin: '2rem auto', font: '16px/1.5 system-ui, sans-serif' }}
    >
      <h1>{t('incident_heading')}</h1>
      <ol>
        <li>{t('incident_step_delete')}</li>
        <li>{t('incident_step_apologise')}</li>
        <li>{t('incident_step_purpose')}</li>
        <li>{t('incident_step_watch')}</li>
        <li>{t('incident_step_tell')}</li>
      </ol>
    </main>
  );
}
