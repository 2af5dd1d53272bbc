// Engine: evaluate() p50/p99 for posts of 280, 3,000 and 63,206 characters against 10, 1,000
// and 10,000 banned terms, in Node through tsx (the same V8 as the content script).
//
// The engine compiles a rule file's terms once per rules object (a WeakMap cache in
// src/core/engine/compiled.ts). In the content script the rules object is the storage
// snapshot, compiled when idle once a person starts writing (content/index.ts), so a send
// normally finds it compiled: the evaluate figures are that warm path (a send made before
// that idle moment pays the compile once). Compiling is measured apart:
// once cold (the first in the process, as at page load: cold JIT, the profanity list is
// built) and then per new rules object (what a rule change costs).
import { performance } from 'node:perf_hooks';
import type { AccountSeen } from '../src/core/engine';
import type { RuleFile } from '../src/core/rules';
import { round, summarize, type Summary } from './stats';
import { bannedTerms, postText } from './text';
import { registerVirtualModules } from './virtual-modules';

export const POST_LENGTHS = [280, 3_000, 63_206] as const;
export const TERM_COUNTS = [10, 1_000, 10_000] as const;
const CORPORATE = 'KingsfordGov';
const SEEN: AccountSeen = { platform: 'x', handle: CORPORATE };
const NOW = new Date('2026-06-01T12:00:00Z');
const VARIANTS = 16; // different posts of each length, so no single text is special
const BUDGET_MS = 1_200; // per cell: enough samples for a p99 without a long run

export interface EngineCell {
  chars: number;
  terms: number;
  evaluateMs: Summary;
  /** The verdict of the first post: every post is corporate and contains one banned term. */
  verdict: string;
}

export interface EngineResult {
  /** First compile in the process (1,000 terms), as at page load. */
  coldCompileMs: number;
  /** A new rules object with warm code: p50 of 5. */
  compileMs: Record<number, Summary>;
  cells: EngineCell[];
}

/** The rule file the bench imports too: the account is corporate, so every post asks first. */
export function benchRuleFile(terms: number): Record<string, unknown> {
  return {
    format: 'postguard-rules',
    version: 1,
    organization: 'Bench Council',
    accounts: [{ platform: 'x', handle: CORPORATE, role: 'corporate' }],
    bannedTerms: bannedTerms(terms).map((term) => ({ term, action: 'block' })),
  };
}

export async function benchEngine(log: (line: string) => void): Promise<EngineResult> {
  registerVirtualModules();
  // Imported after the hook is registered: the engine imports virtual:profanity-en.
  const { evaluate } = await import('../src/core/engine');
  const { parseRuleFile } = await import('../src/core/rules');
  const { precompileRules } = await import('../src/core/engine/compiled');

  const texts: Record<number, string> = {};
  const load = (terms: number): RuleFile => {
    texts[terms] ??= JSON.stringify(benchRuleFile(terms));
    const result = parseRuleFile(texts[terms]);
    if (!result.ok) throw new Error(`bench rule file refused: ${result.errors.join('; ')}`);
    return result.rules;
  };
  // Terms are compiled once per rules object, when a post is first read (or ahead of
  // time, by precompileRules, as the content script does when idle).
  const compile = (rules: RuleFile) => {
    const start = performance.now();
    precompileRules(rules);
    return performance.now() - start;
  };

  const coldCompileMs = round(compile(load(1_000)));
  const compileMs: Record<number, Summary> = {};
  const cells: EngineCell[] = [];
  for (const terms of TERM_COUNTS) {
    compileMs[terms] = summarize([0, 1, 2, 3, 4].map(() => compile(load(terms))));
    const rules = load(terms);
    compile(rules);
    // One banned word per post, taken from the file, so a hit is found and reported.
    const hit = rules.bannedTerms.find((t) => /^[a-z]+$/u.test(t.term))?.term;
    for (const chars of POST_LENGTHS) {
      const posts = Array.from({ length: VARIANTS }, (_, i) => ({
        texts: [postText(chars, 1_000 + i, hit)],
      }));
      for (const post of posts) evaluate(post, SEEN, rules, NOW); // warm the JIT
      const samples: number[] = [];
      const until = performance.now() + BUDGET_MS;
      while (samples.length < 200 || (performance.now() < until && samples.length < 5_000)) {
        const post = posts[samples.length % VARIANTS]!;
        const start = performance.now();
        evaluate(post, SEEN, rules, NOW);
        samples.push(performance.now() - start);
      }
      const first = evaluate(posts[0]!, SEEN, rules, NOW);
      const verdict = `${first.action} (${first.reasons.map((r) => r.code).join(', ')})`;
      cells.push({ chars, terms, evaluateMs: summarize(samples), verdict });
      log(`engine ${chars} chars × ${terms} terms: ${samples.length} runs`);
    }
  }
  return { coldCompileMs, compileMs, cells };
}
