// The background worker as the browser runs it, for unit tests (not a test file itself):
// src/background/index.ts is loaded once with the fake browser, and messages reach it
// through the same onMessage listener the browser calls, so they go through the message
// schema, the sender check and the handler map, and everything ends in the fake storage.
import { fakeBrowser } from '../fakes/browser';
import type { RuleFile } from '../../src/core/rules';
import type { RulesSummary } from '../../src/shared/messages';

type Listener = (raw: unknown, sender: object) => Promise<unknown> | undefined;

const onMessage = fakeBrowser.runtime.onMessage as unknown as {
  addListener: (listener: Listener) => void;
};

let listener: Listener | undefined;
const addListener = onMessage.addListener;
onMessage.addListener = (l) => {
  listener = l;
};
await import('../../src/background/index');
onMessage.addListener = addListener;
if (!listener) throw new Error('src/background/index.ts registered no onMessage listener');
const worker: Listener = listener;

const base = fakeBrowser.runtime.getURL('');

/** A message from Postguard's options page. */
export function fromOptionsPage<T = Record<string, unknown>>(message: unknown): Promise<T> {
  const sender = { id: fakeBrowser.runtime.id, url: `${base}options.html` };
  return (worker(message, sender) ?? Promise.resolve(undefined)) as Promise<T>;
}

/** The rules in force as the options page asks for them (`rules/get`). */
export async function rulesInForce() {
  const response = await fromOptionsPage<{ ok: boolean; summary: RulesSummary; rules: RuleFile }>({
    type: 'rules/get',
  });
  if (!response.ok) throw new Error(`rules/get failed: ${JSON.stringify(response)}`);
  return { summary: response.summary, rules: response.rules };
}

export type ImportResponse = { ok: true; summary: unknown } | { ok: false; errors: string[] };

/** Imports rule file text as the options page does (`rules/import`). */
export function importText(text: string, fileName = 'rules.json'): Promise<ImportResponse> {
  return fromOptionsPage<ImportResponse>({ type: 'rules/import', text, fileName });
}
