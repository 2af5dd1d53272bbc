// Lines at the top of the guide: an incident carried on from before, a saved
// state that could not be read, a log that could not be read, sombre-event
// mode, and a failed save.
import { t } from '../shared/i18n';
import { shownDateTime } from './format';
import type { Loaded } from './useIncident';

export function Notices({ loaded, saveError }: { loaded: Loaded; saveError: string | null }) {
  const { incident, notice, noLog, sombre } = loaded;
  return (
    <>
      {notice === 'resumed' && (
        <p class="notice">{t('incident_resumed', [shownDateTime(incident.openedAt)])}</p>
      )}
      {notice === 'damaged' && <p class="notice problem">{t('incident_damaged')}</p>}
      {noLog && <p class="notice problem">{t('incident_no_log')}</p>}
      {sombre?.on && (
        <p class="notice sombre">
          {sombre.reason ? t('incident_sombre_reason', [sombre.reason]) : t('incident_sombre')}
        </p>
      )}
      {saveError && <p role="alert">{t('incident_save_failed', [saveError])}</p>}
    </>
  );
}
