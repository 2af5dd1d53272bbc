// The audit log as a table, newest first: time, event, site, account (with its
// role) and what else the entry says, with the post's text as it was logged.
import { newestFirst, type LoggedEntry } from '../core/audit';
import { ROLES } from '../core/rules/schema';
import { roleWord, t } from '../shared/i18n';
import { detailText, kindName, platformName, sentByText } from './AuditLogDetail';

/** A long post is cut short on the page; the exports keep it whole. */
const SHOWN_POST = 500;
const ROLE_WORDS = new Set<string>([...ROLES, 'unknown']);
const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

export function shownTime(at: string): string {
  const date = new Date(at);
  return Number.isNaN(date.getTime()) ? at : timeFormat.format(date);
}

function Account({ entry }: { entry: LoggedEntry }) {
  const account = typeof entry.account === 'string' ? entry.account : null;
  const role = typeof entry.role === 'string' && ROLE_WORDS.has(entry.role) ? entry.role : null;
  if (account === null && role === null) return null;
  return (
    <>
      {account ?? t('options_audit_account_unknown')}
      {role && <span class="audit-role">{roleWord(role as Parameters<typeof roleWord>[0])}</span>}
    </>
  );
}

function Detail({ entry }: { entry: LoggedEntry }) {
  const detail = detailText(entry);
  const sentBy = sentByText(entry);
  const post = typeof entry.post === 'string' ? entry.post : null;
  const shown = post && post.length > SHOWN_POST ? `${post.slice(0, SHOWN_POST)}…` : post;
  return (
    <>
      {detail && <span class="audit-detail">{detail}</span>}
      {sentBy && (
        <span class={entry.trusted === false ? 'audit-sent-by audit-scripted' : 'audit-sent-by'}>
          {sentBy}
        </span>
      )}
      {shown !== null && (
        <span class="audit-post">
          <span class="audit-post-label">{t('options_audit_post')}</span> {shown}
        </span>
      )}
    </>
  );
}

export function AuditLogTable({ entries }: { entries: readonly LoggedEntry[] }) {
  return (
    <table class="audit-table" aria-labelledby="audit-log">
      <thead>
        <tr>
          <th scope="col">{t('options_audit_col_time')}</th>
          <th scope="col">{t('options_audit_col_event')}</th>
          <th scope="col">{t('options_audit_col_site')}</th>
          <th scope="col">{t('options_audit_col_account')}</th>
          <th scope="col">{t('options_audit_col_detail')}</th>
        </tr>
      </thead>
      <tbody>
        {newestFirst(entries).map((entry, index) => (
          <tr key={`${entry.at}-${index}`}>
            <td>
              <time dateTime={entry.at}>{shownTime(entry.at)}</time>
            </td>
            <td>{kindName(entry.kind)}</td>
            <td>{platformName(entry.platform)}</td>
            <td>
              <Account entry={entry} />
            </td>
            <td>
              <Detail entry={entry} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
