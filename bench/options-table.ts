// The options page's figures at the largest rule file as `npm run bench` prints them
// (bench/options.ts measures them; issue 17's targets are reported next to them).
import type { StartFigures } from './content-start';
import type { OptionsResult, Waited } from './options';
import { quantile } from './stats';
import { TARGETS, verdict } from './targets';

const ms = (value: number) => `${Math.round(value).toLocaleString('en-GB')} ms`;

/** Median and worst of the runs: "shown 420 ms (worst 510), settled 640 ms (worst 700)". */
function waitedLine(name: string, runs: Waited[]): string {
  if (runs.length === 0) return `${name}: not measured`;
  const shown = runs.map((r) => r.shownMs);
  const settled = runs.map((r) => r.settledMs);
  const worst = Math.max(...shown);
  return (
    `${name}: shown ${ms(quantile(shown, 0.5))} (worst ${ms(worst)}), page settled ` +
    `${ms(quantile(settled, 0.5))} (worst ${ms(Math.max(...settled))}); ` +
    `target ≤ ${ms(TARGETS.optionsResultMs)}: ${verdict(worst <= TARGETS.optionsResultMs)}`
  );
}

function start(name: string, f: StartFigures): string {
  return `${name}: script ${ms(f.scriptMs)}, task ${ms(f.taskMs)}, indicator shown ${ms(f.indicatorMs)}`;
}

function tables(runs: (number | null)[]): string {
  const seen = runs.filter((ms): ms is number => ms !== null);
  if (seen.length === 0) return 'not seen';
  return `median ${ms(quantile(seen, 0.5))}, worst ${ms(Math.max(...seen))}`;
}

export function optionsTable(o: OptionsResult): string {
  const keys = Object.entries(o.keystrokeMs).map(
    ([field, s]) =>
      `  ${field}: p50 ${ms(s.p50)}, p99 ${ms(s.p99)}, max ${ms(s.max)} (${s.n} keys); ` +
      `target ≤ ${ms(TARGETS.keystrokeMs)}: ${verdict(s.max <= TARGETS.keystrokeMs)}`,
  );
  return [
    `Options page with the largest rule file (${o.file.accounts} accounts, ${o.file.bannedTerms.toLocaleString('en-GB')} terms, ${(o.file.bytes / 1024).toFixed(0)} KB), ${o.runs} runs:`,
    `  ${waitedLine('import (choosing the file → "Imported…")', o.import)}`,
    `  import → the tables showing the file's counts: ${tables(o.importTablesMs)}`,
    `  ${waitedLine('first render (navigation → the rules shown)', o.firstRender)}`,
    `  ${waitedLine('save (click → "Saved…")', o.save)}`,
    `  ${waitedLine('export (click → "Exported…")', o.export)}`,
    'Keystroke → frame showing it:',
    ...keys,
    `Popup opened with no tab (asks the worker for the rules): p50 ${ms(o.popupMs.p50)}, max ${ms(o.popupMs.max)} (${o.popupMs.n} opens)`,
    `Content script start on x.com/home, medians of ${o.contentStart.loads} loads: ${start('1,000 terms', o.contentStart.terms1000)}; ${start('the largest file', o.contentStart.largest)}`,
  ].join('\n');
}
