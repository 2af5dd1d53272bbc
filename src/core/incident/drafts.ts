// The apology, in the two voices practitioners advise: the organisation's
// channel ("we") and a person's own professional account ("I"). Both own the
// mistake plainly: posted in error, not the organisation's view, deleted, and
// what changes now. Never "sorry if you were offended", never a hack, never a
// colleague to blame; no jokes. The person edits them before posting.
import type { Incident } from './state';
import type { Text } from '../localizable';

export type DraftVoice = 'we' | 'i';
export const DRAFT_VOICES: readonly DraftVoice[] = ['we', 'i'];

/** The suggested wording, filled in with the account and the organisation. */
export function suggestedDraft(voice: DraftVoice, incident: Incident, text: Text): string {
  const account = incident.post.account.trim() || text('incident_draft_this_account');
  const organization = incident.organization.trim();
  if (voice === 'we') {
    return organization
      ? text('incident_draft_we', [account, organization])
      : text('incident_draft_we_unnamed', [account]);
  }
  return organization
    ? text('incident_draft_i', [account, organization])
    : text('incident_draft_i_unnamed', [account]);
}

/** The draft as the person left it, or the suggested wording while untouched. */
export function draftText(voice: DraftVoice, incident: Incident, text: Text): string {
  return incident.drafts[voice] ?? suggestedDraft(voice, incident, text);
}

export function editDraft(incident: Incident, voice: DraftVoice, value: string): Incident {
  return { ...incident, drafts: { ...incident.drafts, [voice]: value } };
}
