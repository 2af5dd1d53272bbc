// One schema for every message sent to the background worker. The worker
// parses each incoming message with it before dispatching to its handler map,
// and callers get typed responses.
import * as z from 'zod/mini';
import browser from 'webextension-polyfill';
import { t } from './i18n';
import { GuardEvent, IncidentEvent, type AuditEntry, type AuditLoss } from '../core/audit';
import { PLATFORMS, ROLES, type Platform, type Role, type RuleFile } from '../core/rules/schema';
import type { SiteProblemCode } from '../core/site-problems';
import { BUCKETS } from '../core/tone/style';

/** The longest account name a message may carry (a handle or a Page's shown name). */
const accountName = z.string().check(z.maxLength(200));

export const Message = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('rules/get') }),
  // What the popup and the incident guide show of the rules: the summary and the sombre
  // section, not the megabyte of a file at the format's limits.
  z.strictObject({ type: z.literal('rules/summary') }),
  z.strictObject({
    type: z.literal('rules/import'),
    text: z.string(),
    fileName: z.optional(z.string()),
  }),
  z.strictObject({ type: z.literal('rules/export') }),
  // The options page's editor; `rules` is checked by the rule file schema in the worker.
  z.strictObject({ type: z.literal('rules/save'), rules: z.unknown() }),
  // A guard's event for the audit log (content scripts only).
  z.strictObject({ type: z.literal('audit/guard'), event: GuardEvent }),
  // The incident guide's event for the audit log (Postguard's own pages only).
  z.strictObject({ type: z.literal('audit/incident'), event: IncidentEvent }),
  // The audit log, for the options page and the incident guide.
  z.strictObject({ type: z.literal('audit/get') }),
  // Held sends whose page was left before the countdown ended (the popup says so).
  z.strictObject({ type: z.literal('holds/unsent') }),
  z.strictObject({ type: z.literal('holds/dismiss'), holdIds: z.array(z.string()) }),
  // Content script → worker, fire-and-forget: the tab's account and role changed
  // (drives that tab's toolbar badge). Only content scripts may send it.
  z.strictObject({
    type: z.literal('guard/status'),
    platform: z.enum(PLATFORMS),
    account: z.nullable(accountName),
    role: z.enum([...ROLES, 'unknown'] as const),
    healthy: z.boolean(),
    // No rules in force: the badge guesses no role (as the compose indicator).
    noRules: z.optional(z.literal(true)),
  }),
  // Content script → worker, fire-and-forget: a released post's hashed word counts (no
  // text), for its account's style profile (core/tone/style.ts). Only content scripts.
  z.strictObject({
    type: z.literal('style/learn'),
    platform: z.enum(PLATFORMS),
    account: accountName,
    role: z.enum(ROLES),
    grams: z
      .array(
        z.tuple([
          z.int().check(z.minimum(0), z.maximum(BUCKETS - 1)),
          z.int().check(z.minimum(1), z.maximum(10_000)),
        ]),
      )
      .check(z.maxLength(4_000)),
  }),
  // The options page: how many accounts have a style profile, and forgetting them all.
  z.strictObject({ type: z.literal('style/get') }),
  z.strictObject({ type: z.literal('style/clear') }),
  // The popup's sombre-event switch: sets `sombre.active` in the stored rules.
  // Only Postguard's own pages; refused while the rules are locked.
  z.strictObject({ type: z.literal('rules/set-sombre'), active: z.boolean() }),
]);
export type Message = z.infer<typeof Message>;
export type MessageType = Message['type'];

export interface RulesSummary {
  organization: string | null;
  accounts: number;
  bannedTerms: number;
  source: string;
  savedAt: string | null;
  locked: boolean;
  problems: string[];
}

export type Failure = { ok: false; errors: string[] };

/** A post held by the send delay that never went out because its page was left. */
export interface UnsentHold {
  holdId: string;
  platform: Platform;
  account: string | null;
  /** When the countdown started (ISO). */
  at: string;
  page: string | null;
  why: 'page-left' | 'composer-closed';
}

export interface Responses {
  'rules/get': { ok: true; summary: RulesSummary; rules: RuleFile };
  'rules/summary': { ok: true; summary: RulesSummary; sombre: RuleFile['sombre'] | null };
  'rules/save': { ok: true; summary: RulesSummary; rules: RuleFile } | Failure;
  'rules/import': { ok: true; summary: RulesSummary } | Failure;
  'rules/export': { ok: true; text: string; fileName: string } | Failure;
  'audit/guard': { ok: true };
  'audit/incident': { ok: true };
  /** `lost`: events storage refused that the log does not show yet (null when none). */
  'audit/get': {
    ok: true;
    entries: AuditEntry[];
    dropped: number;
    damaged: boolean;
    lost: AuditLoss | null;
  };
  /** `damaged`: a damaged record of held posts was replaced; one may have gone unreported. */
  'holds/unsent': { ok: true; holds: UnsentHold[]; damaged: boolean };
  'holds/dismiss': { ok: true };
  'style/learn': { ok: true };
  /** How many accounts this device has learned a style of. */
  'style/get': { ok: true; accounts: number };
  'style/clear': { ok: true };
  'guard/status': { ok: true };
  'rules/set-sombre': { ok: true; summary: RulesSummary; rules: RuleFile } | Failure;
}

/**
 * Messages to a tab's content script (browser.tabs.sendMessage), from the popup.
 * A separate schema because the worker never receives them; the content script
 * parses each one with it and answers only Postguard's own pages.
 */
export const TabMessage = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('tab/status') }),
  // The diagnostics report for a bug ticket (content/diagnostics): no post text, names or handles.
  z.strictObject({ type: z.literal('tab/diagnostics') }),
]);
export type TabMessage = z.infer<typeof TabMessage>;

/** Something wrong with the guard in a tab; the popup words it for the person. */
export type GuardProblem =
  | { code: 'no-rules' }
  /** A stored rule set or the managed policy is damaged; `detail` says how. */
  | { code: 'rules-damaged'; detail: string }
  /** Reading the page threw (the site changed its markup); the guard fails closed. */
  | { code: 'page-unreadable'; detail: string }
  /**
   * A compose box is open but a part of it cannot be found: its send control,
   * its text box, or the account (the adapter's code: `account-not-shown`…).
   */
  | { code: SiteProblemCode };

/** What the content script knows about its tab right now (answer to `tab/status`). */
export interface TabStatus {
  platform: Platform;
  /** The active account as the site shows it (X: `@handle`); null when it cannot be detected. */
  account: string | null;
  /** Why the account cannot be detected (the site adapter's reason). */
  unknownReason?: string;
  role: Role | 'unknown';
  /** The listed account's label from the rule file. */
  label?: string;
  health: { ok: boolean; problems: GuardProblem[] };
  /** Whether sombre-event mode is on now and why; `active` is the manual switch. */
  sombre: { on: boolean; reason?: string; active: boolean };
  organization: string | null;
  locked: boolean;
}

/** The longest diagnostics report a tab may send (a few KB in practice). */
export const MAX_DIAGNOSTICS = 50_000;

/** The answer to `tab/diagnostics`, checked in the popup: it comes from a web page's process. */
export const DiagnosticsAnswer = z.strictObject({
  ok: z.literal(true),
  report: z.string().check(z.minLength(1), z.maxLength(MAX_DIAGNOSTICS)),
});

export interface TabResponses {
  'tab/status': { ok: true; status: TabStatus };
  'tab/diagnostics': z.infer<typeof DiagnosticsAnswer>;
}

/** Sends a message to the background worker; a transport failure becomes a Failure. */
export async function send<T extends MessageType>(
  message: Extract<Message, { type: T }>,
): Promise<Responses[T] | Failure> {
  try {
    const response: unknown = await browser.runtime.sendMessage(message);
    if (response && typeof response === 'object' && 'ok' in response) {
      return response as Responses[T] | Failure;
    }
    return { ok: false, errors: [t('error_no_answer')] };
  } catch (error) {
    return { ok: false, errors: [error instanceof Error ? error.message : String(error)] };
  }
}

/** Sends a message to the content script of a tab; no content script becomes a Failure. */
export async function sendToTab<T extends TabMessage['type']>(
  tabId: number,
  message: Extract<TabMessage, { type: T }>,
): Promise<TabResponses[T] | Failure> {
  try {
    const response: unknown = await browser.tabs.sendMessage(tabId, message);
    if (response && typeof response === 'object' && 'ok' in response) {
      return response as TabResponses[T] | Failure;
    }
    return { ok: false, errors: [`(root): ${t('error_no_guard')}`] };
  } catch (error) {
    return { ok: false, errors: [error instanceof Error ? error.message : String(error)] };
  }
}
