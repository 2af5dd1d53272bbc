// The content script's start on a guarded page with the largest rule file in force, next
// to the same with the bench's 1,000-term file: x.com/home (the fixture), from navigation
// to Postguard's indicator in the page, and the page's main-thread script and task time
// (CDP Performance.getMetrics, enabled before the navigation). Medians of LOADS each.
import type { BrowserContext } from '@playwright/test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { largestRuleFileText } from '../tests/support/largest-rule-file';
import { benchRuleFile } from './engine';
import { median, round } from './stats';

const LOADS = 10;

export interface StartFigures {
  scriptMs: number;
  taskMs: number;
  /** Navigation → the compose indicator in the page. */
  indicatorMs: number;
}

export interface ContentStartResult {
  loads: number;
  terms1000: StartFigures;
  largest: StartFigures;
}

interface Metric {
  name: string;
  value: number;
}

/** Puts `text` in force through the options page, as a person imports a file. */
async function importText(context: BrowserContext, extensionId: string, text: string) {
  const dir = mkdtempSync(join(tmpdir(), 'postguard-bench-start-'));
  const file = join(dir, 'rules.json');
  writeFileSync(file, text);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.getByLabel('Import rule file').setInputFiles(file);
  await page.getByRole('status').filter({ hasText: 'Imported' }).waitFor({ timeout: 120_000 });
  await page.close();
  rmSync(dir, { recursive: true, force: true });
}

async function load(context: BrowserContext): Promise<StartFigures> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const started = Date.now();
  await page.goto('https://x.com/home');
  await page.locator('[data-postguard="indicator"]').first().waitFor({ timeout: 30_000 });
  const indicatorMs = Date.now() - started;
  await page.waitForTimeout(300); // the indicator's own frame, and the page settled
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: Metric[] };
  const ms = (name: string) => (metrics.find((m) => m.name === name)?.value ?? Number.NaN) * 1000;
  await page.close();
  return { scriptMs: ms('ScriptDuration'), taskMs: ms('TaskDuration'), indicatorMs };
}

async function loads(context: BrowserContext): Promise<StartFigures> {
  await load(context); // warm-up: caches, code
  const runs: StartFigures[] = [];
  for (let i = 0; i < LOADS; i++) runs.push(await load(context));
  const of = (key: keyof StartFigures) => round(median(runs.map((r) => r[key])));
  return { scriptMs: of('scriptMs'), taskMs: of('taskMs'), indicatorMs: of('indicatorMs') };
}

/** Needs the fixture sites served in `context` (tests/e2e/browser.ts serveFixtureSites). */
export async function benchContentStart(
  context: BrowserContext,
  extensionId: string,
  log: (line: string) => void,
): Promise<ContentStartResult> {
  await importText(context, extensionId, JSON.stringify(benchRuleFile(1_000)));
  const terms1000 = await loads(context);
  log(`content start, 1,000 terms: ${JSON.stringify(terms1000)}`);
  await importText(context, extensionId, largestRuleFileText());
  const largest = await loads(context);
  log(`content start, largest file: ${JSON.stringify(largest)}`);
  return { loads: LOADS, terms1000, largest };
}
