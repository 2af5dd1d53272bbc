// Turns raw stored values into the rules in force. Pure (no browser API) so the
// background, the content script and the pages resolve rules the same way, and
// so it runs in unit tests. Every stored value is validated here: a damaged
// `rules` value falls back to `rulesLastGood`, then to no rules, and the damage
// is reported in `problems` (never silently dropped).
//
// Two checks, one resolution. The worker and the pages check with the rule
// file schema (zod), which lists every problem. The content script checks on
// every page load of a guarded site, where zod would cost too much: it uses
// the plain check (core/rules/check-rule-file.ts), which accepts exactly what
// the schema accepts and returns the same value, but names only the first
// problem.
import * as z from 'zod/mini';
import { regexes } from 'zod/v4/core';
import { ruleFileIssues, type CheckMode } from '../core/rules/check-rule-file';
import type { RuleIssue } from '../core/rules/issues';
import type { RuleFileResult } from '../core/rules/check-result';
import { EMPTY_RULES } from '../core/rules/defaults';
import { isObject } from '../core/rules/check-values';
import { validateRuleFile } from '../core/rules/parse';
import type { RuleFile } from '../core/rules/schema';
import { LAST_GOOD_KEY, RULES_KEY } from './storage-keys';

export type RulesSource = 'import' | 'managed' | 'last-good' | 'none';

// Saved rules are `{ savedAt, rulesText }`, the rule file as JSON text: browsers store and
// hand over a string of 1 MiB in a few milliseconds, where the same rules as an object of
// 10,000 entries took seconds to write and most of a second to read (and every open tab
// would pay to read it, issue 17). `{ savedAt, rules }`, the object as earlier versions
// saved it, is still read.
const StoredRules = z.union([
  z.strictObject({ savedAt: z.iso.datetime(), rulesText: z.string() }),
  z.strictObject({ savedAt: z.iso.datetime(), rules: z.unknown() }),
]);
export type StoredRules = { savedAt: string; rules: RuleFile };

/** What is saved for `rules`: `{ savedAt, rulesText }`. */
export function storedRules(savedAt: string, rules: RuleFile) {
  return { savedAt, rulesText: JSON.stringify(rules) };
}

const NOT_PARSED = Symbol('not JSON');
/**
 * Texts parsed, by the stored value they came in: the content script checks one value in
 * two steps (resolveRulesInSteps), and parses its megabyte once. The checks only read it.
 */
const parsed = new WeakMap<object, unknown>();

/** The rules of a saved value `raw` of the right shape: parsed from its text, or as saved. */
function rulesOf(raw: object, shape: { rulesText: string } | { rules: unknown }): unknown {
  if (!('rulesText' in shape)) return shape.rules;
  if (parsed.has(raw)) return parsed.get(raw);
  let rules: unknown;
  try {
    rules = JSON.parse(shape.rulesText) as unknown;
  } catch {
    rules = NOT_PARSED;
  }
  parsed.set(raw, rules);
  return rules;
}

export interface RulesState {
  rules: RuleFile;
  source: RulesSource;
  savedAt: string | null;
  locked: boolean;
  /** Damaged stored values, as sentences for a person. */
  problems: string[];
}

/** How one side (worker and pages, or content script) checks what it reads. */
interface Validator {
  /** `{ savedAt, rules }` as saved, its rules not checked yet; null when it is not that shape. */
  stored(raw: unknown): { savedAt: string; rules: unknown } | null;
  ruleFile(value: unknown): RuleFileResult;
}

const withZod: Validator = {
  stored(raw) {
    const shape = StoredRules.safeParse(raw);
    if (!shape.success) return null;
    const rules = rulesOf(raw as object, shape.data);
    return rules === NOT_PARSED ? null : { savedAt: shape.data.savedAt, rules };
  },
  ruleFile: validateRuleFile,
};

const DATE_TIME_UTC = regexes.datetime({});

/** Puts a rule file's problems into words, one `path: message` line each. */
export type IssueLines = (issues: readonly RuleIssue[]) => string[];

/** The plain check (no zod) in `mode`, for the content script, its problems worded by `lines`. */
const plain = (mode: CheckMode, lines: IssueLines): Validator => ({
  // As StoredRules: exactly `savedAt` (a UTC date and time) and `rulesText` (a string) or
  // `rules` (anything).
  stored(raw) {
    if (!isObject(raw)) return null;
    const keys = Object.keys(raw);
    const { savedAt, rulesText } = raw;
    const text = keys.includes('rulesText');
    const shaped =
      keys.length === 2 &&
      keys.includes('savedAt') &&
      (text ? typeof rulesText === 'string' : keys.includes('rules'));
    if (!shaped || typeof savedAt !== 'string' || !DATE_TIME_UTC.test(savedAt)) return null;
    const rules = rulesOf(raw, text ? { rulesText: rulesText as string } : { rules: raw.rules });
    return rules === NOT_PARSED ? null : { savedAt, rules };
  },
  ruleFile(value) {
    const result = ruleFileIssues(value, mode);
    return result.ok ? result : { ok: false, issues: result.issues, errors: lines(result.issues) };
  },
});

type Checked = { ok: true; value: StoredRules } | { ok: false; errors: string[] };

function checkStored(validator: Validator, raw: unknown, what: string): Checked | null {
  if (raw === undefined) return null;
  const shape = validator.stored(raw);
  if (!shape) return { ok: false, errors: [`${what} are damaged (not a saved rule set)`] };
  const result = validator.ruleFile(shape.rules);
  if (!result.ok) {
    return { ok: false, errors: [`${what} are damaged: ${result.errors.slice(0, 3).join('; ')}`] };
  }
  return { ok: true, value: { savedAt: shape.savedAt, rules: result.rules } };
}

function resolveWith(
  validator: Validator,
  local: Record<string, unknown>,
  managed: unknown,
): RulesState {
  const problems: string[] = [];
  if (managed !== undefined) {
    const result = validator.ruleFile(managed);
    if (result.ok) {
      return { rules: result.rules, source: 'managed', savedAt: null, locked: true, problems };
    }
    problems.push(`Rules from your organisation's policy are invalid: ${result.errors.join('; ')}`);
  }
  const current = checkStored(validator, local[RULES_KEY], 'Saved rules');
  if (current?.ok) return fromStored(current.value, 'import', problems);
  if (current) problems.push(...current.errors);
  const lastGood = checkStored(validator, local[LAST_GOOD_KEY], 'Backup rules');
  if (lastGood?.ok) return fromStored(lastGood.value, current ? 'last-good' : 'import', problems);
  if (lastGood) problems.push(...lastGood.errors);
  return { rules: EMPTY_RULES, source: 'none', savedAt: null, locked: false, problems };
}

/**
 * @param local raw values of RULES_KEY and LAST_GOOD_KEY from storage.local
 * @param managed raw value of the managed `rules` key (undefined when none)
 */
export function resolveRules(local: Record<string, unknown>, managed?: unknown): RulesState {
  return resolveWith(withZod, local, managed);
}

/**
 * resolveRules without zod, for the content script: the same rules in force
 * and the same sources; a damaged value's problem names only its first fault.
 */
export function resolveRulesLite(
  local: Record<string, unknown>,
  managed: unknown,
  lines: IssueLines,
): RulesState {
  return resolveWith(plain('full', lines), local, managed);
}

/**
 * resolveRulesLite in two steps, for the content script's page load. `preview`
 * checks everything but the entries of the term lists (bannedTerms, workTerms,
 * sombre.terms and .allowedHashtags: up to 10,000 each), and leaves those lists
 * empty: enough for the account's role and sombre mode, which is all a page
 * shows before a person writes. `complete()` checks everything, once, and
 * returns exactly what resolveRulesLite returns: the rules a post is judged on.
 */
export function resolveRulesInSteps(
  local: Record<string, unknown>,
  managed: unknown,
  lines: IssueLines,
): { preview: RulesState; complete(): RulesState } {
  let complete: RulesState | undefined;
  return {
    preview: resolveWith(plain('preview', lines), local, managed),
    complete: () => (complete ??= resolveRulesLite(local, managed, lines)),
  };
}

function fromStored(stored: StoredRules, source: RulesSource, problems: string[]): RulesState {
  return {
    rules: stored.rules,
    source,
    savedAt: stored.savedAt,
    locked: stored.rules.policy.locked,
    problems,
  };
}
