// Import through the options page as a person does it: a refused file shows
// every problem in an alert and changes nothing.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures';

const KINGSFORD = fileURLToPath(
  new URL('../../docs/examples/kingsford-council.json', import.meta.url),
);

test('a refused file lists each problem and leaves the rules in force unchanged', async ({
  openOptions,
}) => {
  const page = await openOptions();
  await page.getByLabel('Import rule file').setInputFiles(KINGSFORD);
  await expect(page.getByRole('status')).toContainText('Imported');
  await expect(page.getByTestId('account-count')).toHaveText('9');

  const bad = join(mkdtempSync(join(tmpdir(), 'postguard-')), 'typo.json');
  writeFileSync(
    bad,
    JSON.stringify({
      format: 'postguard-rules',
      version: 1,
      accounts: [{ platform: 'x', handle: 'a', role: 'boss' }],
      bannedterms: [],
    }),
  );
  await page.getByLabel('Import rule file').setInputFiles(bad);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(
    'accounts[0].role: expected corporate, professional or personal',
  );
  await expect(alert).toContainText('bannedterms: unknown key');
  await page.reload();
  await expect(page.getByTestId('organization')).toHaveText('Kingsford Council');
  await expect(page.getByTestId('account-count')).toHaveText('9');
});

test('a file from a newer version is refused with its own message', async ({ openOptions }) => {
  const page = await openOptions();
  const newer = join(mkdtempSync(join(tmpdir(), 'postguard-')), 'v2.json');
  writeFileSync(newer, JSON.stringify({ format: 'postguard-rules', version: 2, accounts: [] }));
  await page.getByLabel('Import rule file').setInputFiles(newer);
  await expect(page.getByRole('alert')).toContainText('this file was made for a newer version');
});

test('export then import round-trips: the exported file brings back the same rules', async ({
  openOptions,
}) => {
  const page = await openOptions();
  await page.getByLabel('Import rule file').setInputFiles(KINGSFORD);
  await expect(page.getByRole('status')).toContainText('Imported');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export rule file' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(
    /^postguard-kingsford-council-\d{4}-\d{2}-\d{2}\.json$/,
  );
  const exported = join(mkdtempSync(join(tmpdir(), 'postguard-')), download.suggestedFilename());
  await download.saveAs(exported);
  const original = JSON.parse(readFileSync(KINGSFORD, 'utf8'));
  const file = JSON.parse(readFileSync(exported, 'utf8'));
  expect(file.accounts).toEqual(
    original.accounts.map((a: Record<string, unknown>) => expect.objectContaining(a)),
  );
  expect(file.bannedTerms.map((b: { term: string }) => b.term)).toEqual(
    original.bannedTerms.map((b: { term: string }) => b.term),
  );

  // Replace the rules with something else, then bring the export back.
  const other = join(mkdtempSync(join(tmpdir(), 'postguard-')), 'other.json');
  writeFileSync(other, JSON.stringify({ format: 'postguard-rules', version: 1, accounts: [] }));
  await page.getByLabel('Import rule file').setInputFiles(other);
  await expect(page.getByTestId('account-count')).toHaveText('0');
  await page.getByLabel('Import rule file').setInputFiles(exported);
  await expect(page.getByRole('status')).toContainText('Imported');
  await expect(page.getByTestId('organization')).toHaveText('Kingsford Council');
  await expect(page.getByTestId('account-count')).toHaveText('9');
});
