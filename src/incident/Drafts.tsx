// The apology drafts in the two voices, editable, each with a Copy button. The
// result of a copy is said in a status region.
import { useState } from 'preact/hooks';
import {
  DRAFT_VOICES,
  draftText,
  editDraft,
  type DraftVoice,
  type Incident,
} from '../core/incident';
import { t } from '../shared/i18n';
import type { IncidentApi } from './api';

// One call per key, written out, so tests/unit/i18n-keys.test.ts sees every key.
const LABELS: Record<
  DraftVoice,
  { label: () => string; copy: () => string; copied: () => string }
> = {
  we: {
    label: () => t('incident_draft_we_label'),
    copy: () => t('incident_draft_we_copy'),
    copied: () => t('incident_draft_we_copied'),
  },
  i: {
    label: () => t('incident_draft_i_label'),
    copy: () => t('incident_draft_i_copy'),
    copied: () => t('incident_draft_i_copied'),
  },
};

interface Props {
  incident: Incident;
  update: (change: (incident: Incident) => Incident) => void;
  api: IncidentApi;
}

export function Drafts({ incident, update, api }: Props) {
  const [status, setStatus] = useState('');

  const copy = async (voice: DraftVoice) => {
    setStatus('');
    const ok = await api.copy(draftText(voice, incident, t));
    setStatus(ok ? LABELS[voice].copied() : t('incident_copy_failed'));
  };

  return (
    <div class="drafts">
      <p class="hint">{t('incident_drafts_hint')}</p>
      {DRAFT_VOICES.map((voice) => {
        const id = `draft-${voice}`;
        return (
          <div class="draft" key={voice}>
            <label for={id}>{LABELS[voice].label()}</label>
            <textarea
              id={id}
              rows={5}
              value={draftText(voice, incident, t)}
              onInput={(e) => {
                const value = e.currentTarget.value;
                update((i) => editDraft(i, voice, value));
              }}
            />
            <button type="button" onClick={() => void copy(voice)}>
              {LABELS[voice].copy()}
            </button>
          </div>
        );
      })}
      <p role="status" class="status">
        {status}
      </p>
    </div>
  );
}
