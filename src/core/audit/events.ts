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
import { truncatePost } from './truncate';

const platform = z.enum(PLATFORMS);
const role = z.enum([...ROLES, 'unknown'] as const);
/** A handle as the site shows it, or a Page's name; null when the page did not reveal it. */
const account = z.nullable(z.string().check(z.maxLength(200)));
/**
 * The post's text as `policy.auditContent` allows: absent for `none`. Any
 * length is taken and cut to MAX_AUDIT_POST_CHARS with a marker: a long
 * thread's confirmation is still logged, never refused whole.
 */
const post = z.optional(
  z.pipe(
    z.string(),
    z.transform((text) => truncatePost(text)),
  ),
);
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

/**
 * What the guard saw of the send itself: `trusted`, whether the click or key
 * that sent it was the person's (`Event.isTrusted`), false for a page
 * script's; `hasLayout`, whether the compose box was laid out on the page
 * (false for a hidden box, which the worker counts but does not log).
 * Optional: entries from before the guard passed them have neither.
 */
const send = { trusted: z.optional(z.boolean()), hasLayout: z.optional(z.boolean()) };
const guarded = { platform, account, role };
const judged = {
  ...guarded,
  action: z.enum(['allow', 'confirm', 'block']),
  codes,
  post,
  ...send,
};

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
    ...send,
  }),
  z.strictObject({ kind: z.literal('undone'), ...guarded, holdId, post, ...send }),
  /** The page was left, or the compose box closed, before the countdown ended: nothing sent. */
  z.strictObject({
    kind: z.literal('hold-abandoned'),
    ...guarded,
    holdId,
    why: z.enum(['page-left', 'composer-closed']),
    ...send,
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
  | { kind: 'rules-damaged'; problems: string[] }
  | NotLoggedEvent
  | WriteFailedEvent;

/** Why a tab's event was counted but not logged (docs/audit-log.md#limits-per-tab). */
export type NotLoggedReason = 'rate-limit' | 'tab-share' | 'no-layout';

/** One per burst: the events of a tab that were counted, not logged; `until` the last one's time. */
export interface NotLoggedEvent {
  kind: 'not-logged';
  platform?: string;
  count: number;
  reasons: Partial<Record<NotLoggedReason, number>>;
  until: string;
}

/** Events storage refused: how many, of which kinds, when, and the browser's words why. */
export type AuditLoss = Omit<WriteFailedEvent, 'kind'>;

/** Events the worker could not save (storage refused them), recorded at the next write that worked. */
export interface WriteFailedEvent {
  kind: 'audit-write-failed';
  count: number;
  /** How many of each kind were lost. */
  kinds: Record<string, number>;
  since: string;
  until: string;
  /** The browser's words for why storage refused the write. */
  error: string;
}

export type AuditEvent = GuardEvent | IncidentEvent | WorkerEvent;
export type AuditKind = AuditEvent['kind'];

/**
 * A stored entry: the event, when the worker received it and, for a guard,
 * the page's address and the browser's id of its tab (what the per-tab limits count).
 */
export type AuditEntry = AuditEvent & { at: string; page?: string | null; tab?: number };
