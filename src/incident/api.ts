// Everything the incident guide asks of the browser, behind one interface so
// the view can be tested with a stand-in: its saved state (storage.local), the
// audit log and the rules (from the worker), the clipboard and downloads.
import type { IncidentEvent } from '../core/audit';
import { sombreState } from '../core/engine/sombre-state';
import type { StoredIncident } from '../core/incident';
import { send } from '../shared/messages';
import { onStorageChange, readArea, writeLocal, type WriteResult } from '../shared/storage-area';
import { INCIDENT_KEY } from '../shared/storage-keys';

export interface RulesContext {
  organization: string | null;
  sombre: { on: boolean; reason?: string };
}

export interface IncidentApi {
  now(): Date;
  newId(): string;
  /** The stored value under `incident`, unchecked. */
  loadStored(): Promise<unknown>;
  save(stored: StoredIncident): Promise<WriteResult>;
  /** The audit log's entries, oldest first; null when the worker cannot answer. */
  auditEntries(): Promise<unknown[] | null>;
  rules(): Promise<RulesContext | null>;
  /** Fire-and-forget into the audit log. */
  record(event: IncidentEvent): void;
  copy(text: string): Promise<boolean>;
  download(fileName: string, text: string, mime: string): void;
  /** Calls back with the new stored value whenever another page changes it. */
  watch(onChange: (raw: unknown) => void): () => void;
}

export const browserApi: IncidentApi = {
  now: () => new Date(),
  newId: () => crypto.randomUUID(),

  async loadStored() {
    return (await readArea('local', [INCIDENT_KEY]))[INCIDENT_KEY];
  },

  save: (stored) => writeLocal({ [INCIDENT_KEY]: stored }),

  async auditEntries() {
    const response = await send({ type: 'audit/get' });
    return response.ok ? response.entries : null;
  },

  async rules() {
    const response = await send({ type: 'rules/summary' });
    if (!response.ok) return null;
    return {
      organization: response.summary.organization,
      sombre: sombreState({ sombre: response.sombre ?? undefined }, new Date()),
    };
  },

  record(event) {
    void send({ type: 'audit/incident', event });
  },

  async copy(text) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      return false;
    }
  },

  download(fileName, text, mime) {
    const url = URL.createObjectURL(new Blob([text], { type: mime }));
    const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  },

  watch(onChange) {
    return onStorageChange((changes, area) => {
      const change = changes[INCIDENT_KEY];
      if (area === 'local' && change) onChange(change.newValue);
    });
  },
};
