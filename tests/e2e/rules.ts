// Rules for a test. `importRules` loads a rule file the way a person does, through the
// options page's "Import rule file" input: for what is about importing (the options page,
// the audit log's "rules imported"). `setRules` puts the same rules in force without a page:
// checked by the product's own parser and written where an import writes them, by the
// extension's worker. An import costs a page and its rendering, a large share of a short
// test on this 2-core machine (README.md, "Two commands").
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type BrowserContext, type Worker } from '@playwright/test';
import { parseRuleFile } from '../../src/core/rules/parse';
import { LAST_GOOD_KEY, RULES_KEY } from '../../src/shared/storage-keys';
import { storedRules } from '../../src/shared/rules-state';

declare const chrome: { storage: { local: { set(items: object): Promise<void> } } };

export const EXAMPLES = fileURLToPath(new URL('../../docs/examples/', import.meta.url));
/** Kingsford Council's example rule file: accounts on every platform (docs/examples/). */
export const KINGSFORD = join(EXAMPLES, 'kingsford-council.json');

/** A fresh copy of the Kingsford example, `policy` merged into its own. */
export function kingsfordExample(policy: Record<string, unknown> = {}): Record<string, unknown> {
  const rules = JSON.parse(readFileSync(KINGSFORD, 'utf8')) as Record<string, unknown>;
  return { ...rules, policy: { ...(rules.policy as object), ...policy } };
}

/** Puts Kingsford's example rules (with `policy`) in force for the test (setRules). */
export function useKingsford(context: BrowserContext, policy: Record<string, unknown> = {}) {
  return setRules(context, kingsfordExample(policy));
}

/** A v1 rule file with the given fields (accounts default to none). */
export function ruleFile(fields: Record<string, unknown>) {
  return { format: 'postguard-rules', version: 1, accounts: [], ...fields };
}

/** Imports `rules` (an object, or a path to a JSON file) and waits for the success status. */
export async function importRules(
  context: BrowserContext,
  extensionId: string,
  rules: object | string,
) {
  let file = rules;
  if (typeof rules !== 'string') {
    file = join(mkdtempSync(join(tmpdir(), 'postguard-rules-')), 'rules.json');
    writeFileSync(file, JSON.stringify(rules, null, 2));
  }
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.getByLabel('Import rule file').setInputFiles(file as string);
  await expect(page.getByRole('status')).toContainText('Imported');
  await page.close();
}

/**
 * Puts `rules` (an object, or a path to a JSON file) in force as an import would: refused
 * with the parser's problems if the file is not valid; otherwise `{ savedAt, rulesText }` under
 * the rules and last-good keys (background/rules-store.ts), written by the running worker,
 * so the extension sees the change as it sees an import's.
 */
export async function setRules(context: BrowserContext, rules: object | string) {
  const worker = await extensionWorker(context);
  await worker.evaluate((items) => chrome.storage.local.set(items), rulesStorageItems(rules));
}

/**
 * What an import of `rules` (an object, or a path to a JSON file) writes to the extension's
 * local storage: `{ savedAt, rules }` under the rules and last-good keys. Throws with the
 * parser's problems if the file is not valid.
 */
export function rulesStorageItems(rules: object | string): Record<string, unknown> {
  const text = typeof rules === 'string' ? readFileSync(rules, 'utf8') : JSON.stringify(rules);
  const parsed = parseRuleFile(text);
  if (!parsed.ok)
    throw new Error(`setRules: not a valid rule file: ${JSON.stringify(parsed.issues)}`);
  const stored = storedRules(new Date().toISOString(), parsed.rules);
  return { [RULES_KEY]: stored, [LAST_GOOD_KEY]: stored };
}

function extensionWorker(context: BrowserContext): Promise<Worker> {
  const isExtension = (w: Worker) => w.url().startsWith('chrome-extension://');
  const running = context.serviceWorkers().find(isExtension);
  return running
    ? Promise.resolve(running)
    : context.waitForEvent('serviceworker', { predicate: isExtension, timeout: 10_000 });
}
