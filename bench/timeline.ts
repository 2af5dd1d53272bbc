// Page overhead and memory on a 2,000-post X timeline (tests/fixtures/sites/x/Timeline.tsx),
// with the extension loaded and without, in two browsers open side by side and loaded in
// turn (with, without, without, with, …) so that drift on a busy machine hits both alike.
//
// Overhead: the page's main-thread ScriptDuration and TaskDuration (CDP Performance.getMetrics,
// enabled before the navigation, so from the first byte to a settled page). The isolated
// world of the content script runs on that same thread, so its work is in both figures.
// Memory: V8 has one heap per renderer for the page and the content script's isolated world;
// there is no per-world figure, so the content script's heap is the difference of
// Runtime.getHeapUsage (after a forced GC) between the page with and without the extension.
import type { BrowserContext } from '@playwright/test';
import { median, round } from './stats';

const URL = 'https://x.com/home?timeline=2000';
const SETTLE_MS = 500; // after the last post: the indicator refreshes at the next frame

interface Sample {
  scriptMs: number;
  taskMs: number;
  heapUsedBytes: number;
  embedderHeapBytes: number;
  postguardElements: number;
}

interface Metric {
  name: string;
  value: number;
}

async function loadTimeline(context: BrowserContext): Promise<Sample> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(URL);
  await page.locator('[data-testid="timeline"][data-complete="true"]').waitFor({ timeout: 60_000 });
  await page.waitForTimeout(SETTLE_MS);
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: Metric[] };
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as {
    usedSize: number;
    embedderHeapUsedSize?: number;
  };
  const postguardElements = await page.locator('[data-postguard]').count();
  await page.close();
  return {
    scriptMs: metric('ScriptDuration') * 1000,
    taskMs: metric('TaskDuration') * 1000,
    heapUsedBytes: heap.usedSize,
    embedderHeapBytes: heap.embedderHeapUsedSize ?? Number.NaN,
    postguardElements,
  };
}

export interface TimelineResult {
  runs: number;
  medians: { with: Sample; without: Sample };
  /** with / without − 1, of the medians. */
  overhead: { script: number; task: number };
  /** Median with − median without. */
  contentScriptHeapBytes: number;
  embedderHeapBytes: number;
  samples: { with: Sample[]; without: Sample[] };
}

const medianSample = (samples: Sample[]): Sample => ({
  scriptMs: round(median(samples.map((s) => s.scriptMs))),
  taskMs: round(median(samples.map((s) => s.taskMs))),
  heapUsedBytes: median(samples.map((s) => s.heapUsedBytes)),
  embedderHeapBytes: median(samples.map((s) => s.embedderHeapBytes)),
  postguardElements: median(samples.map((s) => s.postguardElements)),
});

export async function benchTimeline(
  withExtension: BrowserContext,
  without: BrowserContext,
  runs: number,
  log: (line: string) => void,
): Promise<TimelineResult> {
  await loadTimeline(withExtension); // warm-up of both browsers' caches, not counted
  await loadTimeline(without);
  const samples = { with: [] as Sample[], without: [] as Sample[] };
  for (let i = 0; i < runs; i++) {
    const order = i % 2 === 0 ? (['with', 'without'] as const) : (['without', 'with'] as const);
    for (const which of order) {
      samples[which].push(await loadTimeline(which === 'with' ? withExtension : without));
    }
    log(`timeline: ${i + 1}/${runs} pairs`);
  }
  if (samples.with.some((s) => s.postguardElements === 0)) {
    throw new Error('the content script did not run on the timeline page (no indicator)');
  }
  const medians = { with: medianSample(samples.with), without: medianSample(samples.without) };
  return {
    runs,
    medians,
    overhead: {
      script: round(medians.with.scriptMs / medians.without.scriptMs - 1),
      task: round(medians.with.taskMs / medians.without.taskMs - 1),
    },
    contentScriptHeapBytes: medians.with.heapUsedBytes - medians.without.heapUsedBytes,
    embedderHeapBytes: medians.with.embedderHeapBytes - medians.without.embedderHeapBytes,
    samples,
  };
}
