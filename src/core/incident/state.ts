// The incident guide's state: what went out, when it was noticed, which steps
// are done and when, the apology drafts and the notes. Kept in storage.local
// by the page, so a person who closes the tab by accident loses nothing; read
// back through this schema, never trusted.
import * as z from 'zod/mini';
import { INCIDENT_STEPS, type IncidentStep } from '../audit/events';
import { PLATFORMS, ROLES } from '../rules/schema';
import type { ReleasedPost } from './prefill';

export const INCIDENT_FORMAT_VERSION = 1;
const MAX_TEXT = 70_000;

const iso = z.iso.datetime({ offset: true });
const text = (max = MAX_TEXT) => z.string().check(z.maxLength(max));

export const IncidentSchema = z.strictObject({
  version: z.literal(INCIDENT_FORMAT_VERSION),
  /** The audit events' incidentId. */
  id: z.string().check(z.regex(/^[\w-]{1,64}$/)),
  /** When the guide was opened for this incident: when the post was noticed. */
  openedAt: iso,
  post: z.strictObject({
    /** Prefilled from the audit log's newest released post (false: nothing was logged). */
    fromLog: z.boolean(),
    /** The person changed a prefilled field. */
    corrected: z.boolean(),
    platform: z.nullable(z.enum(PLATFORMS)),
    account: text(200),
    role: z.enum([...ROLES, 'unknown'] as const),
    /** When it went out (ISO); null when not known. */
    at: z.nullable(iso),
    page: z.nullable(text(2_000)),
    /** The post as the audit log kept it (absent: the log keeps no text). */
    post: z.optional(text()),
  }),
  organization: text(200),
  /** When each step was ticked; null while it is not done. */
  steps: z.record(z.enum(INCIDENT_STEPS), z.nullable(iso)),
  /** The apology drafts as edited; null: the suggested wording. */
  drafts: z.strictObject({ we: z.nullable(text()), i: z.nullable(text()) }),
  notes: text(),
});
export type Incident = z.infer<typeof IncidentSchema>;
export type IncidentPost = Incident['post'];

/** What the page stores: the incident, and which open page wrote it (to tell its own writes apart). */
export const StoredIncidentSchema = z.strictObject({
  writer: z.string().check(z.maxLength(64)),
  incident: IncidentSchema,
});
export type StoredIncident = z.infer<typeof StoredIncidentSchema>;

export type ReadIncident =
  | { kind: 'none' }
  | { kind: 'ok'; incident: Incident; writer: string }
  /** Something is stored but it is not an incident: the guide starts fresh and says so. */
  | { kind: 'damaged' };

/** Reads a stored value; never throws. */
export function readStoredIncident(raw: unknown): ReadIncident {
  if (raw === undefined || raw === null) return { kind: 'none' };
  try {
    const parsed = StoredIncidentSchema.safeParse(raw);
    if (!parsed.success) return { kind: 'damaged' };
    return { kind: 'ok', incident: parsed.data.incident, writer: parsed.data.writer };
  } catch {
    return { kind: 'damaged' };
  }
}

export interface NewIncident {
  id: string;
  now: Date;
  /** The newest released post in the audit log, if any. */
  released: ReleasedPost | null;
  organization: string | null;
}

export function newIncident({ id, now, released, organization }: NewIncident): Incident {
  const steps = Object.fromEntries(INCIDENT_STEPS.map((step) => [step, null])) as Record<
    IncidentStep,
    string | null
  >;
  const post: IncidentPost = released
    ? {
        fromLog: true,
        corrected: false,
        platform: released.platform,
        account: released.account ?? '',
        role: released.role,
        at: released.at,
        page: released.page,
        ...(released.post === undefined ? {} : { post: released.post }),
      }
    : {
        fromLog: false,
        corrected: false,
        platform: null,
        account: '',
        role: 'unknown',
        at: null,
        page: null,
      };
  return {
    version: INCIDENT_FORMAT_VERSION,
    id,
    openedAt: now.toISOString(),
    post,
    organization: organization ?? '',
    steps,
    drafts: { we: null, i: null },
    notes: '',
  };
}

type EditableField = 'platform' | 'account' | 'role' | 'at';

/** The person corrects what went out (the drafts follow unless edited). */
export function correctPost<F extends EditableField>(
  incident: Incident,
  field: F,
  value: IncidentPost[F],
): Incident {
  if (incident.post[field] === value) return incident;
  return { ...incident, post: { ...incident.post, [field]: value, corrected: true } };
}
