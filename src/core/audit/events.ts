// The audit log's events: what a content script, an extension page or the
// worker itself may record. One zod schema, so the worker checks every event
// at the boundary and the options page and incident guide read typed entries.
import * as z from 'zod/mini';
import { PLATFORMS, ROLES } from '../rules/schema';
import { REASON_CODES } from '../engine/types';
// A list of constants with no dependencies: the adapters' problem codes are
// health codes too, so the audit log records what the popup and the
// diagnostics report say, and a code added there is accepted here.
import { SITE_PROBLEM_CODES } from '../site-problems';

const platform = z.enum(PLATFORMS);
const role = z.enum([...ROLES, 'unknown'] as const);
/** A handle as the site shows it, or a Page's name; null when the page did not reveal it. */
const account = z.nullable(z.string().check(z.maxLength(200)));
/** The post's text as `policy.auditContent` allows: absent for `none`. */
const post = z.optional(z.string().check(z.maxLength(70_000)));
const codes = z.array(z.enum(REASON_CODES)).check(z.maxLength(REASON_CODES.length));
/** Ties a held send's start to its end (released, undone or abandoned). */
const holdId = z.string().check(z.regex(/^[\w-]{1,64}$/));

/**
 * What can be wrong with the guard in a tab: the rules (none, damaged), the
 * page (unreadable), or a part of a compose box the guard cannot find.
 */
export const HEALTH_CODES = [
  'no-rules',
  'rules-damaged',
  'page-unreadable',
  ...SITE_PROBLEM_CODES,
] as const;
export type HealthCode = (typeof HEALTH_CODES)[number];

const guarded = { platform, account, role };
const judged = { ...guarded, action: z.enum(['allow', 'confirm', 'block']), codes, post };

/** Events a guard in a site's tab records. */
export const GuardEvent = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('dialog-shown'), ...judged }),
  /** The person pressed `Post as …`. */
  z.strictObject({ kind: z.literal('confirmed'), ...judged }),
  z.strictObject({ kind: z.literal('cancelled'), ...judged }),
  /** A block dialog closed without an override: nothing sent. */
  z.strictObject({ kind: z.literal('blocked'), ...judged }),
  /** `Post anyway` after typing the handle. */
  z.strictObject({ kind: z.literal('overridden'), ...judged }),
  /** A corporate post held by the send delay, with its countdown. */
  z.strictObject({
    kind: z.literal('send-held'),
    ...guarded,
    holdId,
    seconds: z.int().check(z.minimum(1), z.maximum(60)),
  }),
  z.strictObject({ kind: z.literal('undone'), ...guarded, holdId, post }),
  /** The page was left, or the compose box closed, before the countdown ended: nothing sent. */
  z.strictObject({
    kind: z.literal('hold-abandoned'),
    ...guarded,
    holdId,
    why: z.enum(['page-left', 'composer-closed']),
  }),
  /** The post went to the site: the send Postguard let through (after any delay). */
  z.strictObject({
    kind: z.literal('post-released'),
    ...judged,
    holdId: z.optional(holdId),
  }),
  z.strictObject({
    kind: z.literal('health-changed'),
    platform,
    ok: z.boolean(),
    problems: z.array(z.enum(HEALTH_CODES)).check(z.maxLength(HEALTH_CODES.length)),
  }),
]);
export type GuardEvent = z.infer<typeof GuardEvent>;

export const INCIDENT_STEPS = [
  'delete',
  'apologise',
  'set-record-straight',
  'monitor',
  'prevent',
  'learn',
] as const;
export type IncidentStep = (typeof INCIDENT_STEPS)[number];

/** Events the incident guide records. */
export const IncidentEvent = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('incident-opened'),
    incidentId: holdId,
    platform: z.optional(platform),
    account: z.optional(account),
  }),
  z.strictObject({
    kind: z.literal('incident-step'),
    incidentId: holdId,
    step: z.enum(INCIDENT_STEPS),
    done: z.boolean(),
  }),
  z.strictObject({
    kind: z.literal('incident-exported'),
    incidentId: holdId,
    format: z.enum(['markdown', 'json']),
  }),
]);
export type IncidentEvent = z.infer<typeof IncidentEvent>;

/** Events the worker records itself (rules changes). */
export type WorkerEvent =
  | {
      kind: 'rules-imported';
      fileName: string | null;
      organization: string | null;
      accounts: number;
    }
  | { kind: 'rules-edited'; organization: string | null; accounts: number }
  | { kind: 'sombre-switched'; active: boolean; organization: string | null }
  | { kind: 'rules-damaged'; problems: string[] };

export type AuditEvent = GuardEvent | IncidentEvent | WorkerEvent;
export type AuditKind = AuditEvent['kind'];

/** A stored entry: the event, when the worker received it and, for a guard, the page's address. */
export type AuditEntry = AuditEvent & { at: string; page?: string | null };
