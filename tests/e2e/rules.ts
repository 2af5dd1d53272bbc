// Loading a rule file into the extension the way a person does: through the
// options page's "Import rule file" input.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type BrowserContext } from '@playwright/test';

export const EXAMPLES = fileURLToPath(new URL('../../docs/examples/', import.meta.url));

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
