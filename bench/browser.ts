// The browser half of the bench: one Chromium with the built extension, one without, both
// launched and served exactly as the e2e tests do (tests/e2e/browser.ts). Import this module
// only after POSTGUARD_EXTENSION_DIR is set: browser.ts reads it when it is loaded.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import {
  EXTENSION_DIR,
  extensionIdOf,
  launchChromium,
  serveFixtureSites,
} from '../tests/e2e/browser';
import { benchDecision, type DecisionResult } from './decision';
import { benchRuleFile } from './engine';
import { benchOptions, type OptionsResult } from './options';
import { MAX_TERMS } from '../src/core/rules';
import { largestRuleFileText } from '../tests/support/largest-rule-file';
import { benchTimeline, type TimelineResult } from './timeline';

/** Banned terms in the rule file the browser runs import (with the corporate account). */
export const BROWSER_TERMS = 1_000;
/**
 * POSTGUARD_BENCH_RULES=largest: the timeline part imports the largest rule file instead
 * (tests/support/largest-rule-file.ts), to see the content script start with it.
 */
const LARGEST = process.env.POSTGUARD_BENCH_RULES === 'largest';

export interface BrowserResult {
  extensionDir: string;
  chromium: string;
  /** Banned terms in the imported rule file. */
  bannedTerms: number;
  /** Options page: choosing the file → "Imported" shown (the rule file of BROWSER_TERMS terms). */
  importSeconds: number;
  decision: DecisionResult;
  timeline: TimelineResult;
  /** The options page and popup with the largest rule file (imported last, after the rest). */
  options: OptionsResult | null;
}

/**
 * The rule file, imported as a person does it (tests/e2e/rules.ts importRules does the same
 * steps). Not importRules itself: it waits with expect's default 5 s, and a 1,000-term file
 * took 5–11 s to import on this 2-core machine under load. Returns the seconds it took.
 */
async function importRuleFile(context: BrowserContext, extensionId: string): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'postguard-bench-rules-'));
  const file = join(dir, 'rules.json');
  writeFileSync(
    file,
    LARGEST ? largestRuleFileText() : JSON.stringify(benchRuleFile(BROWSER_TERMS)),
  );
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const started = Date.now();
  await page.getByLabel('Import rule file').setInputFiles(file);
  await page.getByRole('status').filter({ hasText: 'Imported' }).waitFor({ timeout: 120_000 });
  const seconds = (Date.now() - started) / 1000;
  await page.close();
  rmSync(dir, { recursive: true, force: true });
  return seconds;
}

export async function benchBrowser(
  options: { sends: number; timelineRuns: number; optionsRuns: number },
  log: (line: string) => void,
): Promise<BrowserResult> {
  if (
    process.env.POSTGUARD_EXTENSION_DIR &&
    EXTENSION_DIR !== process.env.POSTGUARD_EXTENSION_DIR
  ) {
    throw new Error('bench/browser.ts was imported before POSTGUARD_EXTENSION_DIR was set');
  }
  const launched: Awaited<ReturnType<typeof launchChromium>>[] = [];
  const launch = async (withExtension: boolean) => {
    const browser = await launchChromium({ withExtension });
    launched.push(browser);
    await serveFixtureSites(browser.context);
    return browser.context;
  };
  try {
    const withExtension = await launch(true);
    const without = await launch(false);
    const extensionId = await extensionIdOf(withExtension);
    const importSeconds = await importRuleFile(withExtension, extensionId);
    log(`rule file of ${LARGEST ? MAX_TERMS : BROWSER_TERMS} terms imported in ${importSeconds} s`);

    const page = await withExtension.newPage();
    const cdp = await withExtension.newCDPSession(page);
    const { product } = (await cdp.send('Browser.getVersion')) as { product: string };
    await page.close();

    const decision = await benchDecision(withExtension, extensionId, options.sends, log);
    const timeline = await benchTimeline(withExtension, without, options.timelineRuns, log);
    const optionsPage =
      options.optionsRuns > 0
        ? await benchOptions(withExtension, extensionId, options.optionsRuns, log)
        : null;
    return {
      extensionDir: EXTENSION_DIR,
      chromium: product,
      bannedTerms: LARGEST ? MAX_TERMS : BROWSER_TERMS,
      importSeconds,
      decision,
      timeline,
      options: optionsPage,
    };
  } finally {
    for (const { context, profile } of launched) {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  }
}

/** POSTGUARD_BENCH_PART=options: the options page and popup alone, in a browser of their own. */
export async function benchOptionsPart(
  runs: number,
  log: (line: string) => void,
): Promise<OptionsResult> {
  const { context, profile } = await launchChromium({ withExtension: true });
  try {
    await serveFixtureSites(context);
    return await benchOptions(context, await extensionIdOf(context), runs, log);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
