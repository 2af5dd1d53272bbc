// The options page and the popup at the format's limits: the largest rule file
// (tests/support/largest-rule-file.ts: 500 accounts, 10,000 terms, just under 1 MiB)
// imported through the file input, as a person does it; then keystrokes in the page's
// fields, Save, Export, the page opened again with those rules in force, the popup, and
// the content script's start on a guarded page (content-start.ts).
// Timed inside the page by options-probe.ts; reported, never asserted.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { MAX_ACCOUNTS, MAX_TERMS } from '../src/core/rules';
import { largestRuleFileText } from '../tests/support/largest-rule-file';
import { OPTIONS_PROBE, type OptionsProbe } from './options-probe';
import { benchContentStart, type ContentStartResult } from './content-start';
import { round, summarize, type Summary } from './stats';

/** The smallest example, imported before the largest file in each run. */
const SMALL_FILE = fileURLToPath(new URL('../docs/examples/minimal.json', import.meta.url));
const RESULT_TIMEOUT_MS = 120_000; // the page before issue 17 took 52 s and more
const QUIET_MS = 1_000; // settled: no long task for this long
const KEY_DELAY_MS = 150; // a brisk typist: about 7 keys a second

/** A result the person waits for: painted, and the page's main thread quiet again. */
export interface Waited {
  /** The event that asked for it → the frame that shows it, ms. */
  shownMs: number;
  /** The same event → the end of the last long task after it, ms. */
  settledMs: number;
}

export interface OptionsResult {
  file: { bytes: number; accounts: number; bannedTerms: number };
  runs: number;
  /** Choosing the file → "Imported…" painted. */
  import: Waited[];
  /**
   * Choosing the file → the editor's tables painted with its counts (null: not seen, as in
   * the page before issue 17, which had no tables).
   */
  importTablesMs: (number | null)[];
  /** Navigation → the account count and the rule editor painted, the rules in force. */
  firstRender: Waited[];
  /** Click on Save rules (after an edit) → "Saved…" painted. */
  save: Waited[];
  /** Click on Export rule file → "Exported…" painted. */
  export: Waited[];
  /** Keydown → the frame that shows the character, per field. */
  keystrokeMs: Record<string, Summary>;
  /** popup.html opened with no tab to describe (it asks the worker) → organisation painted. */
  popupMs: Summary;
  /** The content script's start on x.com/home, with the largest file and with 1,000 terms. */
  contentStart: ContentStartResult;
}

const probeOf = (page: Page) =>
  page.evaluate(() => (window as unknown as { __pgOptions: OptionsProbe }).__pgOptions);

/** Waits for mark `name` painted, then for the page to be quiet. */
async function waited(page: Page, name: string): Promise<Waited> {
  await page.waitForFunction(
    (mark) =>
      (window as unknown as { __pgOptions: OptionsProbe }).__pgOptions.marks[mark] !== undefined,
    name,
    { timeout: RESULT_TIMEOUT_MS, polling: 50 },
  );
  const deadline = Date.now() + RESULT_TIMEOUT_MS;
  for (;;) {
    const { probe, now } = await page.evaluate(() => ({
      probe: (window as unknown as { __pgOptions: OptionsProbe }).__pgOptions,
      now: performance.now(),
    }));
    const from = probe.marks[`${name}:asked`] ?? 0;
    const shown = from + probe.marks[name]!;
    const lastEnd = Math.max(shown, ...probe.longTasks.map(([, end]) => end));
    if (now - lastEnd >= QUIET_MS || Date.now() > deadline) {
      return { shownMs: round(shown - from), settledMs: round(lastEnd - from) };
    }
    await page.waitForTimeout(200);
  }
}

/** The mark `tables` once painted (import → tables with the file's counts), or null. */
async function tablesShown(page: Page): Promise<number | null> {
  try {
    await page.waitForFunction(
      () =>
        (window as unknown as { __pgOptions: OptionsProbe }).__pgOptions.marks.tables !== undefined,
      null,
      { timeout: 10_000, polling: 50 },
    );
  } catch {
    return null;
  }
  return round((await probeOf(page)).marks.tables!);
}

async function resetMarks(page: Page) {
  await page.evaluate(() => {
    const probe = (window as unknown as { __pgOptions: OptionsProbe }).__pgOptions;
    probe.marks = {};
    probe.keys = [];
  });
}

/** Types `text` at the end of `field`, a key at a time; each keystroke's latency. */
async function keystrokes(page: Page, field: Locator, text: string): Promise<number[]> {
  await field.click({ timeout: RESULT_TIMEOUT_MS });
  await page.keyboard.press('End');
  await resetMarks(page);
  await page.keyboard.type(text, { delay: KEY_DELAY_MS });
  await page.waitForTimeout(500);
  return (await probeOf(page)).keys;
}

/** The options page's fields a person types in, each found as the page offers it. */
const FIELDS: { name: string; text: string; find(page: Page): Promise<Locator | null> }[] = [
  {
    name: 'organisation',
    text: ' Borough',
    find: async (page) => page.getByLabel('Organisation', { exact: true }),
  },
  {
    name: 'search terms',
    text: 'whistleblower',
    async find(page) {
      const search = page.getByRole('searchbox', { name: 'Search banned terms' });
      return (await search.count()) > 0 ? search : null;
    },
  },
  {
    name: 'a term, edited',
    text: ' draft',
    async find(page) {
      const edit = page.getByRole('button', { name: /^Edit Banned term/ }).first();
      if ((await edit.count()) > 0) {
        await edit.click({ timeout: RESULT_TIMEOUT_MS });
        return page.getByRole('dialog').getByLabel('Word, phrase or #hashtag');
      }
      return page.getByLabel('Word, phrase or #hashtag').first(); // one form per term
    },
  },
];

async function openOptions(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript({ content: OPTIONS_PROBE });
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.getByRole('heading', { name: 'Rules in force' }).waitFor();
  return page;
}

async function popupOpen(context: BrowserContext, extensionId: string): Promise<number> {
  const page = await context.newPage();
  await page.addInitScript({ content: OPTIONS_PROBE });
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  const { shownMs } = await waited(page, 'rules');
  await page.close();
  return shownMs;
}

/** The runs of the options page: import, keystrokes, save, export, first render. */
type PageRuns = Pick<
  OptionsResult,
  'import' | 'importTablesMs' | 'firstRender' | 'save' | 'export' | 'keystrokeMs'
>;

async function pageRuns(
  context: BrowserContext,
  extensionId: string,
  file: string,
  runs: number,
  log: (line: string) => void,
): Promise<PageRuns> {
  const out: PageRuns = {
    import: [],
    importTablesMs: [],
    firstRender: [],
    save: [],
    export: [],
    keystrokeMs: {},
  };
  const keys: Record<string, number[]> = {};
  for (let run = 0; run < runs; run++) {
    const page = await openOptions(context, extensionId);
    // From small rules to the largest, as an admin replacing a first draft does.
    await page.getByLabel('Import rule file').setInputFiles(SMALL_FILE);
    await page.getByRole('status').filter({ hasText: 'Imported' }).waitFor();
    await resetMarks(page);
    await page.getByLabel('Import rule file').setInputFiles(file);
    out.import.push(await waited(page, 'import'));
    out.importTablesMs.push(await tablesShown(page));
    log(`options: import ${run + 1}/${runs}: ${JSON.stringify(out.import.at(-1))}`);

    for (const field of FIELDS) {
      const found = await field.find(page);
      if (!found) continue;
      (keys[field.name] ??= []).push(...(await keystrokes(page, found, field.text)));
      if (await page.getByRole('dialog').isVisible()) await page.keyboard.press('Escape');
    }

    await resetMarks(page);
    await page.getByRole('button', { name: 'Save rules' }).click({ timeout: RESULT_TIMEOUT_MS });
    out.save.push(await waited(page, 'save'));

    await resetMarks(page);
    const download = page.waitForEvent('download', { timeout: RESULT_TIMEOUT_MS });
    await page
      .getByRole('button', { name: 'Export rule file' })
      .click({ timeout: RESULT_TIMEOUT_MS });
    out.export.push(await waited(page, 'export'));
    await (await download).delete();

    await resetMarks(page);
    await page.reload();
    out.firstRender.push(await waited(page, 'rules'));
    await page.close();
    log(`options: run ${run + 1}/${runs} done`);
  }
  out.keystrokeMs = Object.fromEntries(
    Object.entries(keys).map(([name, values]) => [name, summarize(values)]),
  );
  return out;
}

/** Needs the fixture sites served in `context`, for the content script's start. */
export async function benchOptions(
  context: BrowserContext,
  extensionId: string,
  runs: number,
  log: (line: string) => void,
): Promise<OptionsResult> {
  const dir = mkdtempSync(join(tmpdir(), 'postguard-bench-largest-'));
  const file = join(dir, 'largest.json');
  const text = largestRuleFileText();
  writeFileSync(file, text);
  try {
    const page = await pageRuns(context, extensionId, file, runs, log);
    const popup: number[] = [];
    for (let i = 0; i < runs * 2; i++) popup.push(await popupOpen(context, extensionId));
    return {
      file: { bytes: Buffer.byteLength(text), accounts: MAX_ACCOUNTS, bannedTerms: MAX_TERMS },
      runs,
      ...page,
      popupMs: summarize(popup),
      contentStart: await benchContentStart(context, extensionId, log),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
