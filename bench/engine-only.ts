// The engine part of the bench alone, for comparing two versions of the matcher on the same
// machine state: `tsx bench/engine-only.ts [--src DIR] [--cells 280x1000,63206x10000]
// [--budget MS] [--json]`. DIR is a copy of src/ (default: this tree's), so a baseline copy
// and the working tree can be run alternately, several times, while the machine is noisy.
// Same posts, rule file, warm-up and sampling as bench/engine.ts.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import type { AccountSeen } from '../src/core/engine';
import type { RuleFile } from '../src/core/rules';
import { benchRuleFile } from './engine';
import { summarize } from './stats';
import { postText } from './text';
import { registerVirtualModules } from './virtual-modules';

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i++) {
  const a = process.argv[i]!;
  if (a === '--json') args.set('json', '1');
  else args.set(a.replace(/^--/u, ''), process.argv[++i] ?? '');
}
const srcDir = resolve(args.get('src') ?? new URL('../src', import.meta.url).pathname);
const cells = (args.get('cells') ?? '280x1000,3000x1000,63206x10000')
  .split(',')
  .map((c) => c.split('x').map(Number) as [number, number]);
const budgetMs = Number(args.get('budget') ?? 1_200);

const SEEN: AccountSeen = { platform: 'x', handle: 'KingsfordGov' };
const NOW = new Date('2026-06-01T12:00:00Z');
const VARIANTS = 16;

registerVirtualModules();
const load = (path: string) => import(pathToFileURL(resolve(srcDir, path)).href);
const { evaluate } = (await load('core/engine/index.ts')) as typeof import('../src/core/engine');
const { parseRuleFile } = (await load('core/rules/index.ts')) as typeof import('../src/core/rules');

const out: Record<string, unknown>[] = [];
for (const [chars, terms] of cells) {
  const parsed = parseRuleFile(JSON.stringify(benchRuleFile(terms)));
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  const rules: RuleFile = parsed.rules;
  evaluate({ texts: [''] }, SEEN, rules, NOW); // compiles: the first post read
  const hit = rules.bannedTerms.find((t) => /^[a-z]+$/u.test(t.term))?.term;
  const posts = Array.from({ length: VARIANTS }, (_, i) => ({
    texts: [postText(chars, 1_000 + i, hit)],
  }));
  for (const post of posts) evaluate(post, SEEN, rules, NOW);
  const samples: number[] = [];
  const until = performance.now() + budgetMs;
  while (samples.length < 200 || (performance.now() < until && samples.length < 5_000)) {
    const post = posts[samples.length % VARIANTS]!;
    const start = performance.now();
    evaluate(post, SEEN, rules, NOW);
    samples.push(performance.now() - start);
  }
  const v = evaluate(posts[0]!, SEEN, rules, NOW);
  const verdict = `${v.action} (${v.reasons.map((r) => `${r.code}:${r.spans.length}`).join(', ')})`;
  out.push({ chars, terms, ...summarize(samples), verdict });
}
if (args.has('json')) console.log(JSON.stringify({ src: srcDir, cells: out }));
else for (const c of out) console.log(JSON.stringify(c));
