// What each step asks, in Postguard's own words (after practitioners' advice:
// delete and say so, own it without excuses, point back to the account's
// purpose, watch the response without jokes, prevent a repeat, learn as a team).
import { profileLink, type IncidentStep } from '../core/incident';
import { displayHandle, platformInfo } from '../core/platforms';
import { t } from '../shared/i18n';
import type { IncidentApi } from './api';
import { Drafts } from './Drafts';
import type { Guide, Loaded } from './useIncident';

function DeleteLink({ loaded }: { loaded: Loaded }) {
  const { platform, account } = loaded.incident.post;
  const link = profileLink(platform, account);
  if (!platform || !link) return <p class="hint">{t('incident_delete_no_link')}</p>;
  const { nameKey, searchWhyKey } = platformInfo(platform);
  const site = t(nameKey);
  if (link.kind === 'profile') {
    return (
      <p>
        <a href={link.url} target="_blank" rel="noreferrer">
          {t('incident_delete_profile', [displayHandle(platform, link.handle), site])}
        </a>
      </p>
    );
  }
  return (
    <>
      <p>
        <a href={link.url} target="_blank" rel="noreferrer">
          {t('incident_delete_search', [site, link.name])}
        </a>
      </p>
      <p class="hint">{searchWhyKey ? t(searchWhyKey) : t('incident_delete_search_why', [site])}</p>
    </>
  );
}

interface Props {
  step: IncidentStep;
  loaded: Loaded;
  guide: Guide;
  api: IncidentApi;
}

export function StepBody({ step, loaded, guide, api }: Props) {
  switch (step) {
    case 'delete':
      return (
        <div class="step-body">
          <p>{t('incident_step_delete_body')}</p>
          <DeleteLink loaded={loaded} />
        </div>
      );
    case 'apologise':
      return (
        <div class="step-body">
          <p>{t('incident_step_apologise_body')}</p>
          <Drafts incident={loaded.incident} update={guide.update} api={api} />
        </div>
      );
    case 'set-record-straight':
      return (
        <div class="step-body">
          <p>{t('incident_step_record_body')}</p>
        </div>
      );
    case 'monitor':
      return (
        <div class="step-body">
          <p>{t('incident_step_monitor_body')}</p>
          <p class={loaded.sombre?.on ? 'notice sombre' : undefined}>
            {loaded.sombre?.on ? t('incident_monitor_sombre') : t('incident_monitor_humour')}
          </p>
        </div>
      );
    case 'prevent':
      return (
        <div class="step-body">
          <p>{t('incident_step_prevent_body')}</p>
        </div>
      );
    case 'learn':
      return (
        <div class="step-body">
          <p>{t('incident_step_learn_body')}</p>
        </div>
      );
  }
}
