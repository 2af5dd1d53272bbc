// The human-readable report of one run (the JSON has every figure; this is the summary).
import type { BrowserResult } from './browser';
import type { DecisionRun } from './decision';
import type { EngineResult } from './engine';
import type { Machine } from './machine';
import type { SizeResult } from './size';
import { TARGETS, engineTarget, verdict } from './targets';

const n = (value: number, digits = 3) =>
  value.toLocaleString('en-GB', { maximumSignificantDigits: digits });
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const pct = (ratio: number) => `${ratio >= 0 ? '+' : ''}${(ratio * 100).toFixed(1)} %`;

/** Left-aligned columns, two spaces apart. */
function columns(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows
    .map((r) =>
      r
        .map((cell, i) => cell.padEnd(widths[i]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

function engineTable(engine: EngineResult): string {
  const rows = [['chars', 'terms', 'p50 ms', 'p99 ms', 'max ms', 'runs', 'target']];
  for (const c of engine.cells) {
    const target = engineTarget(c.chars, c.terms);
    const mark =
      target === undefined ? '' : `p99 ≤ ${target} ms: ${verdict(c.evaluateMs.p99 <= target)}`;
    const { p50, p99, max, n: runs } = c.evaluateMs;
    rows.push([n(c.chars, 6), n(c.terms, 6), n(p50), n(p99), n(max), String(runs), mark]);
  }
  const compile = Object.entries(engine.compileMs)
    .map(([terms, s]) => `${n(Number(terms), 6)} terms ${n(s.p50)} ms`)
    .join(', ');
  return [
    'Engine: evaluate() on already compiled rules (as at send time), Node via tsx',
    columns(rows),
    `Compiling a rule file (once per rules object, at page load or a rule change; p50 of 5): ${compile}.`,
    `First compile in the process (1,000 terms, cold code, builds the profanity list): ${n(engine.coldCompileMs)} ms.`,
  ].join('\n');
}

function decisionRow(name: string, run: DecisionRun): string[] {
  const { clickToFrameMs: f, clickToDomMs: d } = run;
  return [
    name,
    n(f.p50),
    n(f.p99),
    n(d.p50),
    n(d.p99),
    `${run.inFirstFrame}/${f.n}`,
    `p99 ≤ ${TARGETS.decisionP99Ms} ms: ${verdict(f.p99 <= TARGETS.decisionP99Ms)}`,
  ];
}

function browserTables(browser: BrowserResult): string {
  const { decision, timeline, importSeconds, bannedTerms } = browser;
  const { medians, overhead } = timeline;
  const worst = Math.max(overhead.script, overhead.task);
  const stopped = decision.stoppedWorker;
  return [
    `Browser runs: rule file with ${n(bannedTerms, 6)} banned terms, corporate account (options page import took ${n(importSeconds)} s)`,
    '',
    'Decision: trusted click on Post → guard dialog, timed in the page (ms)',
    columns([
      ['', 'visible p50', 'visible p99', 'in DOM p50', 'in DOM p99', '1st frame', 'target'],
      decisionRow('warm worker', decision.warm),
      decisionRow('stopped worker', stopped),
    ]),
    `"visible" = the animation frame that paints the dialog; "1st frame" = no frame missed after the click.`,
    `Stopped worker: stopped (verified) at the click in ${stopped.stoppedAtClick}/${stopped.clickToFrameMs.n} sends; its state at the dialog: ${JSON.stringify(stopped.workerAtDialog)}.`,
    '',
    `Page overhead: 2,000-post X timeline, main thread, medians of ${timeline.runs} loads each`,
    columns([
      ['', 'script ms', 'task ms'],
      ['without extension', n(medians.without.scriptMs, 4), n(medians.without.taskMs, 4)],
      ['with extension', n(medians.with.scriptMs, 4), n(medians.with.taskMs, 4)],
      ['overhead', pct(overhead.script), pct(overhead.task)],
    ]),
    `target ≤ ${TARGETS.pageOverhead * 100} %: ${verdict(worst <= TARGETS.pageOverhead)}`,
    '',
    'Memory on that timeline (V8 heap after GC, with − without extension; page and isolated world share one heap)',
    `content script heap: ${kb(timeline.contentScriptHeapBytes)}; Blink (embedder) heap: ${kb(timeline.embedderHeapBytes)}`,
  ].join('\n');
}

function sizeTable(size: SizeResult): string {
  const rows = [['file', 'bytes', 'gzip']];
  for (const f of size.files) rows.push([f.file, n(f.bytes, 9), n(f.gzipBytes, 9)]);
  rows.push(['total', n(size.total.bytes, 9), n(size.total.gzipBytes, 9)]);
  const scripts = size.contentScripts.map((cs) => {
    const ok = cs.gzipBytes <= TARGETS.contentScriptsGzipBytes;
    const where = cs.matches.some((m) => m.includes('<server>'))
      ? 'the servers allowed'
      : `${cs.matches.length} hosts`;
    return `content script ${cs.files.join(', ')} (${where}): ${kb(cs.bytes)} raw, ${kb(cs.gzipBytes)} gzipped; target ≤ ${kb(TARGETS.contentScriptsGzipBytes)} gzipped: ${verdict(ok)}`;
  });
  return ['Size of the build', columns(rows), 'What a page of each site loads', ...scripts].join(
    '\n',
  );
}

export function report(r: {
  machine: Machine;
  engine: EngineResult;
  browser: BrowserResult;
  size: SizeResult;
}): string {
  const m = r.machine;
  return [
    `Machine: ${m.cpu} × ${m.cores}, ${m.memoryGiB} GiB, ${m.os}, Node ${m.node}, ${m.chromium}; load ${m.loadAverage}`,
    '',
    engineTable(r.engine),
    '',
    browserTables(r.browser),
    '',
    sizeTable(r.size),
  ].join('\n');
}
