// The audit log on the options page: what the guard and the options page recorded, newest
// first, following the stored log live (a post on X shows up without a reload), the dropped
// count and a damaged log said in words, and the CSV and JSON exports.
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test, type PostguardFixtures } from './fixtures';
import { importRules } from './rules';
import { CORPORATE, kingsfordRules, openComposer, postAsButton, sentPosts } from './x-helpers';
import { clickWhenArmed } from './release';

declare const chrome: {
  storage: { local: { set(items: object): Promise<void> } };
};

function worker(context: BrowserContext) {
  const found = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  if (!found) throw new Error('the extension has no service worker');
  return found;
}

async function postAsCorporate(xPage: PostguardFixtures['xPage'], text: string) {
  const composer = await openComposer(xPage, 'home', { active: CORPORATE });
  await composer.write([text]);
  await composer.send('button');
  await clickWhenArmed(postAsButton(composer.page));
  await expect.poll(async () => (await sentPosts(composer.page)).length).toBe(1);
}

const auditSection = (page: Page) => page.getByRole('region', { name: 'Audit log' });
const rows = (page: Page) => auditSection(page).getByRole('table').locator('tbody tr');

/** The cells of a table row, as text. */
async function cells(page: Page, index: number): Promise<string[]> {
  return rows(page).nth(index).getByRole('cell').allInnerTexts();
}

async function download(page: Page, button: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    auditSection(page).getByRole('button', { name: button }).click(),
  ]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

/** RFC 4180 rows (every cell quoted by the export). */
function parseCsv(text: string): string[][] {
  const out: string[][] = [];
  const cell = /"((?:[^"]|"")*)"(,|\r\n)/gy;
  let row: string[] = [];
  for (const m of text.replace(/^\uFEFF/u, '').matchAll(cell)) {
    row.push((m[1] ?? '').replaceAll('""', '"'));
    if (m[2] === '\r\n') {
      out.push(row);
      row = [];
    }
  }
  return out;
}

const TEXT = 'Bins move to Tuesday, "as usual"';

test('shows the log newest first, follows it live, and exports CSV and JSON', async ({
  context,
  extensionId,
  openOptions,
  xPage,
}) => {
  await importRules(context, extensionId, kingsfordRules({ policy: { auditContent: 'full' } }));
  await postAsCorporate(xPage, TEXT);

  const options = await openOptions();
  await expect(auditSection(options).getByRole('heading', { level: 2 })).toHaveText('Audit log');
  await expect(auditSection(options).getByRole('columnheader')).toHaveText([
    'Time',
    'Event',
    'Site',
    'Account',
    'Detail',
  ]);
  await expect(rows(options)).toHaveCount(4);
  const newest = await cells(options, 0);
  expect(newest[1]).toBe('Post let through');
  expect(newest[2]).toBe('X');
  expect(newest[3]).toBe(`@${CORPORATE}\ncorporate`);
  expect(newest[4]).toBe(
    `asked first; reasons: corporate-account\nSent by a person’s click or key\nPost: ${TEXT}`,
  );
  expect((await cells(options, 1))[1]).toBe('Confirmed with “Post as”');
  expect((await cells(options, 2))[1]).toBe('Asked before posting');
  const oldest = await cells(options, 3);
  expect(oldest[1]).toBe('Rules imported');
  expect(oldest[4]).toBe('rules.json: Kingsford Council, 2 accounts');

  // Live: another post while the options page is open.
  await postAsCorporate(xPage, 'Libraries open late on Thursdays');
  await expect(rows(options)).toHaveCount(7);
  await expect(rows(options).first()).toContainText('Post: Libraries open late on Thursdays');

  const csv = await download(options, 'Export audit log as CSV');
  expect(csv.name).toMatch(/^postguard-audit-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}\.csv$/u);
  await expect(options.getByRole('status')).toHaveText(`Exported ${csv.name}.`);
  const table = parseCsv(csv.text);
  expect(table[0]).toEqual([
    'at',
    'kind',
    'platform',
    'account',
    'role',
    'action',
    'codes',
    'post',
    'page',
    'trusted',
    'details',
  ]);
  expect(table).toHaveLength(8);
  expect(table[1]?.slice(1, 8)).toEqual([
    'post-released',
    'x',
    `'@${CORPORATE}`, // a cell starting with @ is never a formula
    'corporate',
    'confirm',
    'corporate-account',
    'Libraries open late on Thursdays',
  ]);
  expect(table[4]?.[7]).toBe(TEXT);
  expect(table.at(-1)?.[1]).toBe('rules-imported');

  const json = await download(options, 'Export audit log as JSON');
  expect(json.name).toMatch(/^postguard-audit-.*\.json$/u);
  const file = JSON.parse(json.text);
  expect(file).toMatchObject({ format: 'postguard-audit-log', dropped: 0, damaged: false });
  expect(file.entries).toHaveLength(7);
  expect(file.entries[0]).toMatchObject({
    kind: 'post-released',
    account: `@${CORPORATE}`,
    post: 'Libraries open late on Thursdays',
    page: `https://x.com/home?active=${CORPORATE}`,
  });
  expect(file.entries.at(-1)).toMatchObject({ kind: 'rules-imported', accounts: 2 });
});

test('says how many older entries were dropped, and when the stored log was damaged', async ({
  context,
  openOptions,
}) => {
  const options = await openOptions();
  const section = auditSection(options);
  await expect(section).toContainText('Nothing recorded yet.');
  await worker(context).evaluate(() =>
    chrome.storage.local.set({
      audit: {
        entries: [
          {
            kind: 'sombre-switched',
            at: '2026-11-11T10:00:00.000Z',
            active: true,
            organization: null,
          },
        ],
        dropped: 7,
      },
    }),
  );
  await expect(section).toContainText('7 older entries were dropped');
  await expect(rows(options)).toHaveCount(1);
  expect((await cells(options, 0)).slice(1)).toEqual([
    'Sombre-event mode switched',
    '',
    '',
    'Switched on',
  ]);

  await worker(context).evaluate(() => chrome.storage.local.set({ audit: 'garbage' }));
  await expect(section).toContainText(
    'The stored audit log was damaged. It was set aside and a new log was started.',
  );
  await expect(section).toContainText('Nothing recorded yet.');
});
