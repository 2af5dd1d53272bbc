// The incident guide (incident.html), opened from the popup's "I posted to the
// wrong account": what went out (prefilled from the audit log, correctable),
// the steps to take now, each stamped when ticked, and a report for the team.
// Its state survives a closed tab; "Start a new incident" clears it.
import { t } from '../shared/i18n';
import { browserApi, type IncidentApi } from './api';
import { Checklist } from './Checklist';
import { NewIncident } from './NewIncident';
import { Notices } from './Notices';
import { PostDetails } from './PostDetails';
import { ReportSection } from './ReportSection';
import { useIncident } from './useIncident';

export function IncidentPage({ api = browserApi }: { api?: IncidentApi }) {
  const guide = useIncident(api);
  const { loaded } = guide;
  return (
    <main>
      <h1 id="incident-heading" tabIndex={-1}>
        {t('incident_heading')}
      </h1>
      <p class="lead">{t('incident_lead')}</p>
      {loaded ? (
        <>
          <Notices loaded={loaded} saveError={guide.saveError} />
          <PostDetails incident={loaded.incident} update={guide.update} />
          <Checklist loaded={loaded} guide={guide} api={api} />
          <ReportSection incident={loaded.incident} guide={guide} />
          <NewIncident key={loaded.incident.id} guide={guide} />
        </>
      ) : (
        <p role="status">{t('incident_loading')}</p>
      )}
    </main>
  );
}
