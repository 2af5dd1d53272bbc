// The guide's state and what a person can do with it. Every change is saved
// to storage.local at once (so closing the tab by accident loses nothing) and
// followed from other open guide pages; steps, opening and exports go to the
// audit log.
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  lastReleasedPost,
  newIncident,
  readStoredIncident,
  REPORT_MIME,
  reportFileName,
  reportJson,
  reportMarkdown,
  setStepDone,
  type Incident,
  type IncidentStep,
  type ReportFormat,
} from '../core/incident';
import { roleWord, t } from '../shared/i18n';
import type { IncidentApi, RulesContext } from './api';

export interface Loaded {
  incident: Incident;
  /** Why the guide shows this incident: carried on from before, or started fresh over a damaged one. */
  notice: 'resumed' | 'damaged' | null;
  /** The audit log could not be read (the fields start empty). */
  noLog: boolean;
  sombre: RulesContext['sombre'] | null;
}

export function useIncident(api: IncidentApi) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const current = useRef<Incident | null>(null);
  /** This page's own writes come back as storage changes; only other pages' are taken up. */
  const writer = useMemo(() => api.newId(), [api]);

  const show = useCallback((incident: Incident, rest?: Omit<Loaded, 'incident'>) => {
    current.current = incident;
    setLoaded((old) => {
      const base = rest ?? old;
      return base ? { ...base, incident } : null;
    });
  }, []);

  const persist = useCallback(
    async (incident: Incident) => {
      const result = await api.save({ writer, incident });
      setSaveError(result.ok ? null : result.error);
    },
    [api, writer],
  );

  const start = useCallback(
    async (notice: Loaded['notice']) => {
      const [entries, rules] = await Promise.all([api.auditEntries(), api.rules()]);
      const released = lastReleasedPost(entries ?? []);
      const incident = newIncident({
        id: api.newId(),
        now: api.now(),
        released,
        organization: rules?.organization ?? null,
      });
      show(incident, { notice, noLog: entries === null, sombre: rules?.sombre ?? null });
      await persist(incident);
      api.record({
        kind: 'incident-opened',
        incidentId: incident.id,
        ...(released ? { platform: released.platform, account: released.account } : {}),
      });
    },
    [api, persist, show],
  );

  useEffect(() => {
    void (async () => {
      const read = readStoredIncident(await api.loadStored());
      if (read.kind !== 'ok') return start(read.kind === 'damaged' ? 'damaged' : null);
      const rules = await api.rules();
      show(read.incident, { notice: 'resumed', noLog: false, sombre: rules?.sombre ?? null });
    })();
  }, [api, show, start]);

  useEffect(
    () =>
      api.watch((raw) => {
        const read = readStoredIncident(raw);
        if (read.kind === 'ok' && read.writer !== writer && current.current) show(read.incident);
      }),
    [api, show, writer],
  );

  const update = useCallback(
    (change: (incident: Incident) => Incident) => {
      const before = current.current;
      if (!before) return;
      const next = change(before);
      if (next === before) return;
      show(next);
      void persist(next);
    },
    [persist, show],
  );

  const tick = useCallback(
    (step: IncidentStep, done: boolean) => {
      const id = current.current?.id;
      if (!id) return;
      update((incident) => setStepDone(incident, step, done, api.now()));
      api.record({ kind: 'incident-step', incidentId: id, step, done });
    },
    [api, update],
  );

  /** Saves the report; returns the file's name. */
  const exportReport = useCallback(
    (format: ReportFormat): string | null => {
      const incident = current.current;
      if (!incident) return null;
      const now = api.now();
      const text =
        format === 'json'
          ? reportJson(incident, now)
          : reportMarkdown(incident, now, t, (role) => roleWord(role));
      const name = reportFileName(incident, format);
      api.download(name, text, REPORT_MIME[format]);
      api.record({ kind: 'incident-exported', incidentId: incident.id, format });
      return name;
    },
    [api],
  );

  const startNew = useCallback(() => start(null), [start]);

  return { loaded, saveError, update, tick, exportReport, startNew };
}

export type Guide = ReturnType<typeof useIncident>;
