// Turns raw stored values into the rules in force. Pure (no browser API) so the
// background, the content script and the pages resolve rules the same way, and
// so it runs in unit tests. Every stored value is validated here: a damaged
// `rules` value falls back to `rulesLastGood`, then to no rules, and the damage
// is reported in `problems` (never silently dropped).
//
// Two validators, one resolution. The worker and the pages check with the rule
// file schema (zod), which words every problem for the admin. The content
// script checks on every page load of a guarded site, where zod would cost
// about 30 KB of code and 10 µs per banned term: it uses checkRuleFile below,
// which accepts exactly what the schema accepts and returns the same value,
// but only says where the first problem is.
import * as z from 'zod/mini';
import { regexes } from 'zod/v4/core';
import { validateRuleFile } from '../core/rules/parse';
import { EMPTY_RULES } from '../core/rules/defaults';
import { formatPath } from '../core/rules/format-issues';
import { normalizeHandle } from '../core/rules/handles';
import { handleProblem, isHandleOf } from '../core/rules/handle-format';
import {
  MAX_ACCOUNTS,
  MAX_LABEL_LENGTH,
  MAX_NOTE_LENGTH,
  MAX_SEND_DELAY_SECONDS,
  MAX_TERM_LENGTH,
  MAX_TERMS,
  RULE_FILE_FORMAT,
  RULE_FILE_VERSION,
} from '../core/rules/limits';
import { DEFAULT_RULE_ROLES, PLATFORMS, ROLES, type RuleFile } from '../core/rules/schema';

export const RULES_KEY = 'rules';
export const LAST_GOOD_KEY = 'rulesLastGood';
export const MANAGED_RULES_KEY = 'rules';
export const STORAGE_KEYS = [RULES_KEY, LAST_GOOD_KEY];

export type RulesSource = 'import' | 'managed' | 'last-good' | 'none';

const StoredRules = z.strictObject({
  savedAt: z.iso.datetime(),
  rules: z.unknown(),
});
export type StoredRules = { savedAt: string; rules: RuleFile };

export interface RulesState {
  rules: RuleFile;
  source: RulesSource;
  savedAt: string | null;
  locked: boolean;
  /** Damaged stored values, as sentences for a person. */
  problems: string[];
}

/** A rule file checked: the file with every default applied, or the problems as `path: message`. */
type Checked<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/** How one side (worker and pages, or content script) checks what it reads. */
interface Validator {
  /** `{ savedAt, rules }` as saved, its rules not checked yet; null when it is not that shape. */
  stored(raw: unknown): { savedAt: string; rules: unknown } | null;
  ruleFile(value: unknown): Checked<RuleFile>;
  /** The rules in force when there are none. */
  empty: RuleFile;
}

const withZod: Validator = {
  stored(raw) {
    const shape = StoredRules.safeParse(raw);
    return shape.success ? shape.data : null;
  },
  ruleFile(value) {
    const result = validateRuleFile(value);
    return result.ok ? { ok: true, value: result.rules } : { ok: false, errors: result.errors };
  },
  empty: EMPTY_RULES,
};

function checkStored(
  validator: Validator,
  raw: unknown,
  what: string,
): Checked<StoredRules> | null {
  if (raw === undefined) return null;
  const shape = validator.stored(raw);
  if (!shape) return { ok: false, errors: [`${what} are damaged (not a saved rule set)`] };
  const result = validator.ruleFile(shape.rules);
  if (!result.ok) {
    return { ok: false, errors: [`${what} are damaged: ${result.errors.slice(0, 3).join('; ')}`] };
  }
  return { ok: true, value: { savedAt: shape.savedAt, rules: result.value } };
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
      return { rules: result.value, source: 'managed', savedAt: null, locked: true, problems };
    }
    problems.push(`Rules from your organisation's policy are invalid: ${result.errors.join('; ')}`);
  }
  const current = checkStored(validator, local[RULES_KEY], 'Saved rules');
  if (current?.ok) return fromStored(current.value, 'import', problems);
  if (current) problems.push(...current.errors);
  const lastGood = checkStored(validator, local[LAST_GOOD_KEY], 'Backup rules');
  if (lastGood?.ok) return fromStored(lastGood.value, current ? 'last-good' : 'import', problems);
  if (lastGood) problems.push(...lastGood.errors);
  return { rules: validator.empty, source: 'none', savedAt: null, locked: false, problems };
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
export function resolveRulesLite(local: Record<string, unknown>, managed?: unknown): RulesState {
  return resolveWith(lite, local, managed);
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
  managed?: unknown,
): { preview: RulesState; complete(): RulesState } {
  let complete: RulesState | undefined;
  return {
    preview: resolveWith(litePreview, local, managed),
    complete: () => (complete ??= resolveRulesLite(local, managed)),
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

// ---------------------------------------------------------------------------
// checkRuleFile: the rule file schema (core/rules/schema.ts) written out by
// hand. It must accept exactly the values the schema accepts and return what
// the schema returns (defaults applied, keys in the schema's order): keep the
// two in step. Strings are measured in UTF-16 units and dates checked with
// zod's own pattern, as the schema does. Paths are spelt out only for a
// problem: a file may hold 10,000 terms, so a value's path is its key and its
// parent's path, and the check allocates little more than what it returns.

/** Where a value is; null is the file itself. */
type Path = { up: Path; key: string | number } | null;
type Obj = Record<string, unknown>;
type Account = RuleFile['accounts'][number];
type BannedTerm = RuleFile['bannedTerms'][number];
type Sombre = NonNullable<RuleFile['sombre']>;
type Role = Account['role'];

const at = (up: Path, key: string | number): Path => ({ up, key });

class Refused {
  constructor(
    readonly path: Path,
    readonly why: string,
  ) {}
}

/** Stops the check: the value at `key` of `up` is not what the schema allows. */
function refuse(up: Path, key: string | number | null, why: string): never {
  throw new Refused(key === null ? up : at(up, key), why);
}

function keysOf(path: Path): (string | number)[] {
  const keys: (string | number)[] = [];
  for (let p = path; p; p = p.up) keys.unshift(p.key);
  return keys;
}

const DATE_TIME = regexes.datetime({ offset: true });
const DATE_TIME_UTC = regexes.datetime({});

function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A strict object: no key besides `keys`. */
function object(value: unknown, path: Path, keys: readonly string[]): Obj {
  if (!isObject(value)) refuse(path, null, 'expected an object');
  for (const key of Object.keys(value)) {
    if (!keys.includes(key)) refuse(path, key, 'is not a known field');
  }
  return value;
}

/** An optional key: absent stays absent, present is checked (undefined passes, as in zod). */
function optional<T>(
  out: Obj,
  input: Obj,
  path: Path,
  key: string,
  read: (value: unknown, up: Path, key: string) => T,
) {
  if (key in input) out[key] = input[key] === undefined ? undefined : read(input[key], path, key);
}

function string(value: unknown, up: Path, key: string | number, min = 0, max = Infinity) {
  if (typeof value !== 'string') refuse(up, key, 'expected text');
  if (value.length < min) refuse(up, key, 'must not be empty');
  if (value.length > max) refuse(up, key, `is longer than ${max} characters`);
  return value;
}

const text = (max: number) => (value: unknown, up: Path, key: string | number) => {
  const s = string(value, up, key, 1, max);
  if (s.trim() === '') refuse(up, key, 'must not be blank');
  return s;
};
const label = text(MAX_LABEL_LENGTH);
const note = text(MAX_NOTE_LENGTH);

function term(value: unknown, up: Path, key: string | number): string {
  const s = string(value, up, key, 1, MAX_TERM_LENGTH);
  if (!/[^\s#*]/u.test(s))
    refuse(up, key, s.trim() === '' ? 'must not be blank' : 'needs a letter');
  return s;
}

function handle(value: unknown, up: Path, key: string | number): string {
  const s = string(value, up, key, 1, MAX_TERM_LENGTH);
  if (normalizeHandle(s) === '') refuse(up, key, 'names no account');
  return s;
}

function hashtag(value: unknown, up: Path, key: string | number): string {
  const s = string(value, up, key, 0, MAX_TERM_LENGTH);
  if (!s.startsWith('#')) refuse(up, key, 'must start with #');
  return s;
}

function dateTime(value: unknown, up: Path, key: string): string {
  if (typeof value !== 'string' || !DATE_TIME.test(value)) {
    refuse(up, key, 'expected a date and time');
  }
  return value;
}

function oneOf<T extends string>(
  values: readonly T[],
  value: unknown,
  up: Path,
  key: string | number,
): T {
  if (!values.includes(value as T)) refuse(up, key, `expected ${values.join(', ')}`);
  return value as T;
}

/** A setting with a default: an absent value takes it, unchecked (`_default`). */
function withDefault<T>(
  input: Obj,
  path: Path,
  key: string,
  fallback: T,
  read: (value: unknown, up: Path, key: string) => T,
): T {
  const value = input[key];
  return value === undefined ? fallback : read(value, path, key);
}

function boolean(value: unknown, up: Path, key: string): boolean {
  if (typeof value !== 'boolean') refuse(up, key, 'expected true or false');
  return value;
}

function list<T>(
  value: unknown,
  up: Path,
  key: string,
  max: number,
  item: (value: unknown, up: Path, index: number) => T,
  min = 0,
): T[] {
  if (!Array.isArray(value)) refuse(up, key, 'expected a list');
  if (value.length < min) refuse(up, key, 'must not be empty');
  if (value.length > max) refuse(up, key, `holds more than ${max} entries`);
  const path = at(up, key);
  const out: T[] = [];
  for (let i = 0; i < value.length; i++) out.push(item(value[i], path, i));
  return out;
}

/** While set, the entries of the term lists are not read (resolveRulesInSteps' preview). */
let termEntriesLater = false;

/** A term list (up to MAX_TERMS entries); empty while termEntriesLater. */
function termList<T>(
  value: unknown,
  up: Path,
  key: string,
  entry: (value: unknown, up: Path, index: number) => T,
): T[] {
  if (!termEntriesLater) return list(value, up, key, MAX_TERMS, entry);
  if (!Array.isArray(value)) refuse(up, key, 'expected a list');
  if (value.length > MAX_TERMS) refuse(up, key, `holds more than ${MAX_TERMS} entries`);
  return [];
}

const among =
  <T extends string>(values: readonly T[]) =>
  (value: unknown, up: Path, key: string | number) =>
    oneOf(values, value, up, key);
const role = among(ROLES);
const action = among(['block', 'confirm'] as const);
const listSetting = among(['block', 'confirm', 'off'] as const);
const unknownAccount = among(['allow', 'confirm', 'block'] as const);
const auditContent = among(['none', 'redacted', 'full'] as const);

/** The roles a rule covers (`roleList`). */
function roles(input: Obj, path: Path): Role[] {
  const value = input.roles;
  return value === undefined
    ? [...DEFAULT_RULE_ROLES]
    : list(value, path, 'roles', Infinity, role, 1);
}

const terms = (input: Obj, path: Path, key: string): string[] =>
  input[key] === undefined ? [] : termList(input[key], path, key, term);

function account(value: unknown, up: Path, index: number): Account {
  const path = at(up, index);
  const input = object(value, path, ['platform', 'handle', 'role', 'label', 'aliases']);
  const out: Obj = {
    platform: oneOf(PLATFORMS, input.platform, path, 'platform'),
    handle: handle(input.handle, path, 'handle'),
    role: role(input.role, path, 'role'),
  };
  optional(out, input, path, 'label', label);
  optional(out, input, path, 'aliases', (v, p, k) => list(v, p, k, Infinity, handle));
  // A handle or alias must be one its site allows (core/rules/handle-format.ts).
  const platform = out.platform as string;
  const problem = handleProblem(platform);
  if (!isHandleOf(platform, out.handle as string)) refuse(path, 'handle', problem);
  (out.aliases as string[] | undefined)?.forEach((alias, i) => {
    if (!isHandleOf(platform, alias)) refuse(at(path, 'aliases'), i, problem);
  });
  return out as Account;
}

/** The same handle or alias twice on one platform, in two entries, is refused (unique-handles.ts). */
function uniqueHandles(accounts: Account[]) {
  const seen = new Map<string, number>();
  accounts.forEach(({ platform, handle, aliases }, index) => {
    [handle, ...(aliases ?? [])].forEach((name, i) => {
      const key = `${platform}\n${normalizeHandle(name)}`;
      const first = seen.get(key);
      if (first === undefined) seen.set(key, index);
      else if (first !== index) {
        const path = at(at(null, 'accounts'), index);
        const why = `names the account of accounts[${first}] again`;
        refuse(i === 0 ? path : at(path, 'aliases'), i === 0 ? 'handle' : i - 1, why);
      }
    });
  });
}

function bannedTerm(value: unknown, up: Path, index: number): BannedTerm {
  const path = at(up, index);
  const input = object(value, path, ['term', 'action', 'roles', 'note']);
  const out: Obj = {
    term: term(input.term, path, 'term'),
    action: withDefault(input, path, 'action', 'block', action),
    roles: roles(input, path),
  };
  optional(out, input, path, 'note', note);
  return out as BannedTerm;
}

function sombreWindow(value: unknown, up: Path, index: number): Sombre['windows'][number] {
  const path = at(up, index);
  const input = object(value, path, ['start', 'end', 'reason']);
  const start = dateTime(input.start, path, 'start');
  const end = dateTime(input.end, path, 'end');
  const out: Obj = { start, end };
  optional(out, input, path, 'reason', label);
  if (Date.parse(start) >= Date.parse(end)) refuse(path, 'end', 'must be after the start');
  return out as Sombre['windows'][number];
}

function sombre(value: unknown, up: Path, key: string): Sombre {
  const path = at(up, key);
  const input = object(value, path, [
    'active',
    'reason',
    'windows',
    'allowedHashtags',
    'blockEmoji',
    'terms',
    'roles',
  ]);
  const out: Obj = { active: withDefault(input, path, 'active', false, boolean) };
  optional(out, input, path, 'reason', label);
  out.windows = withDefault(input, path, 'windows', [], (v, p, k) =>
    list(v, p, k, Infinity, sombreWindow),
  );
  optional(out, input, path, 'allowedHashtags', (v, p, k) => termList(v, p, k, hashtag));
  out.blockEmoji = withDefault(input, path, 'blockEmoji', true, boolean);
  out.terms = terms(input, path, 'terms');
  out.roles = roles(input, path);
  return out as Sombre;
}

function builtinLists(value: unknown, path: Path): RuleFile['builtinLists'] {
  const input = object(value, path, ['profanity']);
  return {
    profanity: withDefault(input, path, 'profanity', 'confirm', listSetting),
  };
}

function sendDelay(value: unknown, up: Path, key: string): number {
  const ok = Number.isSafeInteger(value) && (value as number) >= 0;
  if (!ok || (value as number) > MAX_SEND_DELAY_SECONDS) {
    refuse(up, key, `expected a whole number from 0 to ${MAX_SEND_DELAY_SECONDS}`);
  }
  return value as number;
}

function policy(value: unknown, path: Path): RuleFile['policy'] {
  const input = object(value, path, [
    'confirmCorporate',
    'unknownAccount',
    'unlistedRole',
    'allowOverride',
    'sendDelaySeconds',
    'locked',
    'auditContent',
  ]);
  return {
    confirmCorporate: withDefault(input, path, 'confirmCorporate', true, boolean),
    unknownAccount: withDefault(input, path, 'unknownAccount', 'confirm', unknownAccount),
    unlistedRole: withDefault(input, path, 'unlistedRole', 'personal', role),
    allowOverride: withDefault(input, path, 'allowOverride', false, boolean),
    sendDelaySeconds: withDefault(input, path, 'sendDelaySeconds', 0, sendDelay),
    locked: withDefault(input, path, 'locked', false, boolean),
    auditContent: withDefault(input, path, 'auditContent', 'redacted', auditContent),
  };
}

function ruleFile(value: unknown): RuleFile {
  const input = object(value, null, [
    '$schema',
    'format',
    'version',
    'organization',
    'exportedAt',
    'accounts',
    'bannedTerms',
    'workTerms',
    'sombre',
    'builtinLists',
    'policy',
  ]);
  const out: Obj = {};
  optional(out, input, null, '$schema', string);
  if (input.format !== RULE_FILE_FORMAT) refuse(null, 'format', `expected ${RULE_FILE_FORMAT}`);
  out.format = input.format;
  if (input.version !== RULE_FILE_VERSION) refuse(null, 'version', `expected ${RULE_FILE_VERSION}`);
  out.version = input.version;
  optional(out, input, null, 'organization', label);
  optional(out, input, null, 'exportedAt', dateTime);
  const accounts = list(input.accounts, null, 'accounts', MAX_ACCOUNTS, account);
  uniqueHandles(accounts);
  out.accounts = accounts;
  out.bannedTerms = withDefault(input, null, 'bannedTerms', [], (v, p, k) =>
    termList(v, p, k, bannedTerm),
  );
  out.workTerms = terms(input, null, 'workTerms');
  optional(out, input, null, 'sombre', sombre);
  // Prefaulted: an absent object is read as `{}`, so that its own defaults apply.
  const { builtinLists: lists = {}, policy: settings = {} } = input;
  out.builtinLists = builtinLists(lists, at(null, 'builtinLists'));
  out.policy = policy(settings, at(null, 'policy'));
  return out as RuleFile;
}

/** The rule file schema's check without zod: the file with every default applied, or where it fails. */
export function checkRuleFile(value: unknown): Checked<RuleFile> {
  try {
    return { ok: true, value: ruleFile(value) };
  } catch (error) {
    if (!(error instanceof Refused)) throw error;
    return { ok: false, errors: [`${formatPath(keysOf(error.path))}: ${error.why}`] };
  }
}

let liteEmpty: RuleFile | undefined;

const lite: Validator = {
  stored(raw) {
    if (!isObject(raw) || Object.keys(raw).some((key) => key !== 'savedAt' && key !== 'rules')) {
      return null;
    }
    const { savedAt } = raw;
    return typeof savedAt === 'string' && DATE_TIME_UTC.test(savedAt)
      ? { savedAt, rules: raw.rules }
      : null;
  },
  ruleFile: checkRuleFile,
  // As EMPTY_RULES (core/rules/defaults.ts), built the same way: through the check.
  get empty() {
    liteEmpty ??= deepFreeze(
      ruleFile({ format: RULE_FILE_FORMAT, version: RULE_FILE_VERSION, accounts: [] }),
    );
    return liteEmpty;
  },
};

const litePreview: Validator = {
  stored: (raw) => lite.stored(raw),
  ruleFile(value) {
    termEntriesLater = true;
    try {
      return checkRuleFile(value);
    } finally {
      termEntriesLater = false;
    }
  },
  get empty() {
    return lite.empty;
  },
};

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
