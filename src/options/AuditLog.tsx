// The local audit log on the options page: a table, newest first, how many
// older entries were dropped, whether a damaged stored log was set aside,
// events storage refused (what was lost), and exports as CSV and JSON. It follows the stored log live. The files are made
// here and saved through the browser's downloads; nothing is sent anywhere.
import { useCallback, useEffect, useState } from 'preact/hooks';
import {
  auditCsv,
  auditFileName,
  auditJson,
  type AuditLoss,
  type LoggedEntry,
} from '../core/audit';
import { t } from '../shared/i18n';
import { send } from '../shared/messages';
import { onStorageChange } from '../shared/storage-area';
import { AUDIT_KEYS } from '../shared/storage-keys';
import { AuditLogTable, shownTime } from './AuditLogTable';
import { kindCounts } from './AuditLogDetail';
import type { Outcome } from './Outcome';

interface Log {
  entries: LoggedEntry[];
  dropped: number;
  damaged: boolean;
  lost: AuditLoss | null;
}

/** What storage refused and the log does not show yet, in words; null when nothing was lost. */
function lostText(lost: AuditLoss | null): string | null {
  if (!lost) return null;
  if (lost.count === 0) return t('options_audit_lost_unknown');
  return t('options_audit_lost', [
    String(lost.count),
    shownTime(lost.since),
    shownTime(lost.until),
    kindCounts(lost.kinds),
    lost.error,
  ]);
}

function save(fileName: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function AuditLog({ report }: { report: (outcome: Outcome) => void }) {
  const [log, setLog] = useState<Log | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    const response = await send({ type: 'audit/get' });
    if (!response.ok) {
      setError(response.errors.join('; '));
      return;
    }
    setError(null);
    const { entries, dropped, damaged, lost } = response;
    setLog({ entries: entries as unknown as LoggedEntry[], dropped, damaged, lost });
  }, []);

  useEffect(() => {
    void refresh();
    return onStorageChange((changes, area) => {
      if (area === 'local' && AUDIT_KEYS.some((key) => key in changes)) void refresh();
    });
  }, [refresh]);

  const exportAs = (format: 'csv' | 'json') => {
    if (!log) return;
    const now = new Date();
    const name = auditFileName(now, format);
    if (format === 'csv') save(name, auditCsv(log.entries), 'text/csv;charset=utf-8');
    else save(name, auditJson(log.entries, { exportedAt: now, ...log }), 'application/json');
    report({ kind: 'status', text: t('options_exported', [name]) });
  };

  return (
    <section aria-labelledby="audit-log" class="audit-log">
      <h2 id="audit-log">{t('options_audit_heading')}</h2>
      <p class="lead">{t('options_audit_lead')}</p>
      {error && <p class="error">{t('options_audit_unreadable', [error])}</p>}
      {log?.damaged && <p class="error">{t('options_audit_damaged')}</p>}
      {lostText(log?.lost ?? null) && <p class="error">{lostText(log?.lost ?? null)}</p>}
      {log && log.dropped > 0 && <p>{t('options_audit_dropped', [String(log.dropped)])}</p>}
      <p class="audit-buttons">
        <button type="button" disabled={!log} onClick={() => exportAs('csv')}>
          {t('options_audit_export_csv')}
        </button>
        <button type="button" disabled={!log} onClick={() => exportAs('json')}>
          {t('options_audit_export_json')}
        </button>
      </p>
      {log === null && !error && <p>{t('options_audit_loading')}</p>}
      {log?.entries.length === 0 && <p>{t('options_audit_empty')}</p>}
      {log && log.entries.length > 0 && <AuditLogTable entries={log.entries} />}
    </section>
  );
}
