// One schema for every message sent to the background worker. The worker
// parses each incoming message with it before dispatching to its handler map,
// and callers get typed responses.
import * as z from 'zod/mini';
import browser from 'webextension-polyfill';
import type { RuleFile } from '../core/rules/schema';

export const Message = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('rules/get') }),
  z.strictObject({
    type: z.literal('rules/import'),
    text: z.string(),
    fileName: z.optional(z.string()),
  }),
  z.strictObject({ type: z.literal('rules/export') }),
  // The options page's editor; `rules` is checked by the rule file schema in the worker.
  z.strictObject({ type: z.literal('rules/save'), rules: z.unknown() }),
  z.strictObject({
    type: z.literal('guard/decision'),
    platform: z.string(),
    account: z.nullable(z.string()),
    action: z.enum(['allow', 'confirm', 'block']),
    outcome: z.enum(['released', 'cancelled', 'blocked', 'overridden']),
    codes: z.array(z.string()),
  }),
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

export interface Responses {
  'rules/get': { ok: true; summary: RulesSummary; rules: RuleFile };
  'rules/save': { ok: true; summary: RulesSummary; rules: RuleFile } | Failure;
  'rules/import': { ok: true; summary: RulesSummary } | Failure;
  'rules/export': { ok: true; text: string; fileName: string } | Failure;
  'guard/decision': { ok: true };
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
    return { ok: false, errors: ['Postguard did not answer; reload the extension.'] };
  } catch (error) {
    return { ok: false, errors: [error instanceof Error ? error.message : String(error)] };
  }
}
