// npm run bench: builds the extension (the npm script does), then measures the engine, the
// decision at send time, the page overhead, the memory and the size; prints a table and
// writes bench/results.json. Targets (targets.ts) are reported, never asserted.
//
// The extension it loads: POSTGUARD_EXTENSION_DIR (as the e2e tests), else the chrome build
// under POSTGUARD_DIST_DIR (as vite.config.ts), else dist/chrome.
//
// POSTGUARD_BENCH_PART=size, =timeline, =tone or =options runs that part alone (timeline: page
// overhead and memory, after the rule file import and the decision's warm-up sends, with no
// timed sends; tone: the tone check on ../shared/tone, bench/tone.ts; options: the options
// page and the popup with the largest rule file, bench/options.ts),
// prints its figures as JSON and leaves bench/results.json as it is. With
// POSTGUARD_BENCH_RULES=largest the timeline part imports the largest rule file instead of
// one of 1,000 terms.
// POSTGUARD_BENCH_OPTIONS_RUNS sets how many times the options part runs (3).
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { format, resolveConfig } from 'prettier';
import { buildSites } from '../tests/fixtures/build-sites.mjs';
import { benchEngine } from './engine';
import { machine } from './machine';
import { measureSize } from './size';
import { report } from './table';
import { toneTable } from './tone-table';
import { optionsTable } from './options-table';
import { TARGETS } from './targets';
import { registerVirtualModules } from './virtual-modules';

const SENDS = 60; // per condition (warm, stopped worker): enough for a p99 of ≥ 50
const TIMELINE_RUNS = 7; // pairs of timeline loads (with, without)
// Imports of the largest rule file, each with its edits, save and export (and twice as many
// popup opens).
const OPTIONS_RUNS = Number(process.env.POSTGUARD_BENCH_OPTIONS_RUNS) || 3;

const root = fileURLToPath(new URL('..', import.meta.url));
const started = performance.now();
const log = (line: string) => console.error(`[bench] ${line}`);

process.env.POSTGUARD_EXTENSION_DIR ||= resolve(
  root,
  process.env.POSTGUARD_DIST_DIR || 'dist',
  'chrome',
);
const extensionDir = process.env.POSTGUARD_EXTENSION_DIR;
if (!existsSync(join(extensionDir, 'manifest.json'))) {
  throw new Error(`${extensionDir}/manifest.json is missing: run npm run build first`);
}

const host = machine(); // before the bench loads the machine itself
log(`extension: ${extensionDir}`);

const part = process.env.POSTGUARD_BENCH_PART;
if (part === 'size') {
  console.log(JSON.stringify(measureSize(extensionDir).contentScripts, null, 2));
  process.exit(0);
}
if (part === 'timeline') {
  await buildSites({ only: ['x'] });
  const { benchBrowser } = await import('./browser');
  const { timeline } = await benchBrowser(
    { sends: 0, timelineRuns: TIMELINE_RUNS, optionsRuns: 0 },
    log,
  );
  const { medians, overhead, contentScriptHeapBytes, embedderHeapBytes } = timeline;
  const out = { medians, overhead, contentScriptHeapBytes, embedderHeapBytes };
  console.log(JSON.stringify(out, null, 2));
  process.exit(0);
}
if (part === 'tone') {
  registerVirtualModules();
  const { measureTone } = await import('./tone');
  const tone = await measureTone();
  console.log(JSON.stringify(tone, null, 2));
  console.error(toneTable(tone));
  process.exit(0);
}
if (part === 'options') {
  await buildSites({ only: ['x'] }); // for the content script's start on x.com
  const { benchOptionsPart } = await import('./browser');
  const options = await benchOptionsPart(OPTIONS_RUNS, log);
  console.log(JSON.stringify(options, null, 2));
  console.error(optionsTable(options));
  process.exit(0);
}
if (part) {
  throw new Error(`POSTGUARD_BENCH_PART=${part}: expected size, timeline, tone or options`);
}

// The X fixture with its timeline mode; built beside and swapped in, as the e2e setup does.
await buildSites({ only: ['x'] });
const engine = await benchEngine(log);
const tone = await (await import('./tone')).measureTone();
const size = measureSize(extensionDir);
// Loaded only now: tests/e2e/browser.ts reads POSTGUARD_EXTENSION_DIR when it is imported.
const { benchBrowser } = await import('./browser');
const browser = await benchBrowser(
  { sends: SENDS, timelineRuns: TIMELINE_RUNS, optionsRuns: OPTIONS_RUNS },
  log,
);
host.chromium = browser.chromium;

const durationSeconds = Math.round((performance.now() - started) / 1000);
const results = {
  date: new Date().toISOString(),
  durationSeconds,
  machine: host,
  extensionDir,
  targets: TARGETS,
  engine,
  tone,
  browserRules: { bannedTerms: browser.bannedTerms, importSeconds: browser.importSeconds },
  optionsPage: browser.options,
  decision: browser.decision,
  pageOverhead: {
    runs: browser.timeline.runs,
    medians: browser.timeline.medians,
    overhead: browser.timeline.overhead,
    samples: browser.timeline.samples,
  },
  memory: {
    method:
      'Runtime.getHeapUsage after HeapProfiler.collectGarbage on the 2,000-post timeline, median with extension − median without',
    contentScriptHeapBytes: browser.timeline.contentScriptHeapBytes,
    embedderHeapBytes: browser.timeline.embedderHeapBytes,
  },
  size,
};
// Formatted as `npm run lint` (prettier --check) expects the file to be.
const out = join(root, 'bench', 'results.json');
const prettier = { ...(await resolveConfig(out)), filepath: out };
writeFileSync(out, await format(JSON.stringify(results), prettier));
console.log(report({ machine: host, engine, browser, size }));
console.log(`\n${toneTable(tone)}`);
if (browser.options) console.log(`\n${optionsTable(browser.options)}`);
console.log(`\nWrote bench/results.json in ${durationSeconds} s.`);
