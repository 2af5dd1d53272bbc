// What went out: prefilled from the audit log's newest released post, and
// correctable (a person knows better than the log which post it was).
import { PLATFORMS, platformInfo } from '../core/platforms';
import { ROLES } from '../core/rules/schema';
import { correctPost, fromLocalInput, toLocalInput, type Incident } from '../core/incident';
import { roleWord, t } from '../shared/i18n';
import { shownDateTime } from './format';

const ROLE_CHOICES = [...ROLES, 'unknown'] as const;

type Update = (change: (incident: Incident) => Incident) => void;

function Source({ incident }: { incident: Incident }) {
  const { post } = incident;
  if (!post.fromLog) return <p class="notice problem">{t('incident_post_not_logged')}</p>;
  return <p>{t('incident_post_from_log', [shownDateTime(post.at)])}</p>;
}

function LoggedText({ incident }: { incident: Incident }) {
  const { post } = incident;
  if (!post.fromLog) return null;
  return (
    <>
      <h3>{t('incident_post_text_heading')}</h3>
      {post.post === undefined ? (
        <p>{t('incident_post_text_none')}</p>
      ) : (
        <>
          <pre class="post-text">{post.post}</pre>
          <p class="hint">{t('incident_post_text_note')}</p>
        </>
      )}
    </>
  );
}

export function PostDetails({ incident, update }: { incident: Incident; update: Update }) {
  const { post } = incident;
  return (
    <section aria-labelledby="incident-what">
      <h2 id="incident-what">{t('incident_what_heading')}</h2>
      <Source incident={incident} />
      <div class="fields">
        <label for="incident-platform">{t('incident_field_platform')}</label>
        <select
          id="incident-platform"
          value={post.platform ?? ''}
          onChange={(e) => {
            const value = e.currentTarget.value;
            const platform = PLATFORMS.find((p) => p === value) ?? null;
            update((i) => correctPost(i, 'platform', platform));
          }}
        >
          <option value="">{t('incident_field_not_known')}</option>
          {PLATFORMS.map((p) => (
            <option key={p} value={p}>
              {t(platformInfo(p).nameKey)}
            </option>
          ))}
        </select>
        <label for="incident-account">{t('incident_field_account')}</label>
        <input
          id="incident-account"
          type="text"
          maxLength={200}
          aria-describedby="incident-account-hint"
          value={post.account}
          onInput={(e) => {
            const value = e.currentTarget.value;
            update((i) => correctPost(i, 'account', value));
          }}
        />
        <p id="incident-account-hint" class="hint">
          {t('incident_field_account_hint')}
        </p>
        <label for="incident-role">{t('incident_field_role')}</label>
        <select
          id="incident-role"
          value={post.role}
          onChange={(e) => {
            const value = e.currentTarget.value;
            const role = ROLE_CHOICES.find((r) => r === value) ?? 'unknown';
            update((i) => correctPost(i, 'role', role));
          }}
        >
          {ROLE_CHOICES.map((r) => (
            <option key={r} value={r}>
              {roleWord(r)}
            </option>
          ))}
        </select>
        <label for="incident-at">{t('incident_field_at')}</label>
        <input
          id="incident-at"
          type="datetime-local"
          value={toLocalInput(post.at)}
          onInput={(e) => {
            const value = fromLocalInput(e.currentTarget.value);
            update((i) => correctPost(i, 'at', value));
          }}
        />
        <label for="incident-organization">{t('incident_field_organization')}</label>
        <input
          id="incident-organization"
          type="text"
          maxLength={200}
          value={incident.organization}
          onInput={(e) => {
            const organization = e.currentTarget.value;
            update((i) => ({ ...i, organization }));
          }}
        />
      </div>
      <dl>
        <dt>{t('incident_page')}</dt>
        <dd>{post.page ?? t('incident_not_known')}</dd>
        <dt>{t('incident_noticed')}</dt>
        <dd>{t('incident_noticed_at', [shownDateTime(incident.openedAt)])}</dd>
      </dl>
      <LoggedText incident={incident} />
    </section>
  );
}
