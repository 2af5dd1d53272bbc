// The parts of a rule file for the plain check (check-rule-file.ts): an
// account, a banned term, sombre mode, the tone check, the built-in lists and
// the policy, each read as its schema (schema.ts) reads it, defaults applied
// and keys in the schema's order.
import { localizable } from '../localizable';
import {
  among,
  at,
  boolean,
  dateTime,
  handle,
  hashtag,
  list,
  object,
  optional,
  refuse,
  term,
  text,
  withDefault,
  type Obj,
  type Path,
  type Read,
} from './check-values';
import { handleFormatOf } from './handle-format';
import { expectedType, sizeSentence } from './issue-sentences';
import { MAX_LABEL_LENGTH, MAX_NOTE_LENGTH, MAX_SEND_DELAY_SECONDS, MAX_TERMS } from './limits';
import { DEFAULT_RULE_ROLES, PLATFORMS, ROLES, type RuleFile } from './schema';

/**
 * `full` reads everything. `preview` leaves out the entries of the term lists
 * (bannedTerms, workTerms, sombre.terms and .allowedHashtags: up to 10,000
 * each), and leaves those lists empty; the lists themselves are still checked.
 */
export type CheckMode = 'full' | 'preview';

type Account = RuleFile['accounts'][number];
type BannedTerm = RuleFile['bannedTerms'][number];
type Sombre = NonNullable<RuleFile['sombre']>;
type SombreWindow = Sombre['windows'][number];
type ToneCheck = NonNullable<RuleFile['toneCheck']>;
type Entry<T> = (value: unknown, up: Path, index: number) => T;

const label = text(MAX_LABEL_LENGTH);
const note = text(MAX_NOTE_LENGTH);
const role = among(ROLES);
const platform = among(PLATFORMS);
const action = among(['block', 'confirm'] as const);
const listSetting = among(['block', 'confirm', 'off'] as const);
const unknownAccount = among(['allow', 'confirm', 'block'] as const);
const auditContent = among(['none', 'redacted', 'full'] as const);
const toneAction = among(['off', 'confirm', 'block'] as const);

/** A term list (up to MAX_TERMS entries), its entries read in `full` mode only. */
export const termList =
  <T>(mode: CheckMode, entry: Entry<T>) =>
  (value: unknown, up: Path, key: string | number): T[] =>
    list(value, up, key, MAX_TERMS, mode === 'full' ? entry : null);

/** A list of terms that defaults to none (workTerms, sombre.terms). */
export const terms = (mode: CheckMode, input: Obj, path: Path, key: string): string[] =>
  withDefault(input, path, key, [], termList(mode, term));

/** The roles a rule covers (`roleList`). */
function roles(input: Obj, path: Path): Account['role'][] {
  const value = input.roles;
  return value === undefined
    ? [...DEFAULT_RULE_ROLES]
    : list(value, path, 'roles', Infinity, role, 1);
}

/** The roles the tone check covers: no default, each role once (`uniqueRoles`). */
function toneRoles(value: unknown, up: Path, key: string | number): Account['role'][] {
  const out = list(value, up, key, Infinity, role, 1);
  out.forEach((r, i) => {
    if (out.indexOf(r) !== i) refuse(at(up, key), i, localizable('rules_duplicate_role', r));
  });
  return out;
}

export function account(value: unknown, up: Path, index: number): Account {
  const path = at(up, index);
  const input = object(value, path, ['platform', 'handle', 'role', 'label', 'aliases']);
  const out: Obj = {
    platform: platform(input.platform, path, 'platform'),
    handle: handle(input.handle, path, 'handle'),
    role: role(input.role, path, 'role'),
  };
  optional(out, input, path, 'label', label);
  optional(out, input, path, 'aliases', (v, p, k) => list(v, p, k, Infinity, handle));
  // A handle or alias must be one its site allows (handle-format.ts).
  const site = out.platform as string;
  const format = handleFormatOf(site);
  if (format) {
    const problem = localizable(format.problemKey);
    if (!format.pattern.test(out.handle as string)) refuse(path, 'handle', problem);
    (out.aliases as string[] | undefined)?.forEach((alias, i) => {
      if (!format.pattern.test(alias)) refuse(at(path, 'aliases'), i, problem);
    });
  }
  return out as Account;
}

export function bannedTerm(value: unknown, up: Path, index: number): BannedTerm {
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

function sombreWindow(value: unknown, up: Path, index: number): SombreWindow {
  const path = at(up, index);
  const input = object(value, path, ['start', 'end', 'reason']);
  const start = dateTime(input.start, path, 'start');
  const end = dateTime(input.end, path, 'end');
  const out: Obj = { start, end };
  optional(out, input, path, 'reason', label);
  if (Date.parse(start) >= Date.parse(end)) refuse(path, 'end', localizable('rules_window_end'));
  return out as SombreWindow;
}

export const sombre =
  (mode: CheckMode): Read<Sombre> =>
  (value, up, key) => {
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
    optional(out, input, path, 'allowedHashtags', termList(mode, hashtag));
    out.blockEmoji = withDefault(input, path, 'blockEmoji', true, boolean);
    out.terms = terms(mode, input, path, 'terms');
    out.roles = roles(input, path);
    return out as Sombre;
  };

export function toneCheck(value: unknown, up: Path, key: string | number): ToneCheck {
  const path = at(up, key);
  const input = object(value, path, ['roles', 'learn']);
  const out: Obj = {};
  optional(out, input, path, 'roles', toneRoles);
  optional(out, input, path, 'learn', boolean);
  return out as ToneCheck;
}

export function builtinLists(value: unknown, path: Path): RuleFile['builtinLists'] {
  const input = object(value, path, ['profanity']);
  return {
    profanity: withDefault(input, path, 'profanity', 'confirm', listSetting),
  };
}

/** A whole number of seconds, 0 to MAX_SEND_DELAY_SECONDS, worded as the schema's `z.int()`. */
function sendDelay(value: unknown, up: Path, key: string | number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    refuse(up, key, expectedType(value, 'number'));
  }
  if (!Number.isInteger(value)) refuse(up, key, expectedType(value, 'int'));
  const size = (big: boolean, limit: number) =>
    sizeSentence({ big, limit, origin: 'number', key, value });
  if (value < 0) refuse(up, key, size(false, 0));
  if (value > MAX_SEND_DELAY_SECONDS) refuse(up, key, size(true, MAX_SEND_DELAY_SECONDS));
  return value;
}

export function policy(value: unknown, path: Path): RuleFile['policy'] {
  const input = object(value, path, [
    'confirmCorporate',
    'unknownAccount',
    'unlistedRole',
    'allowOverride',
    'sendDelaySeconds',
    'locked',
    'auditContent',
    'toneCheck',
  ]);
  return {
    confirmCorporate: withDefault(input, path, 'confirmCorporate', true, boolean),
    unknownAccount: withDefault(input, path, 'unknownAccount', 'confirm', unknownAccount),
    unlistedRole: withDefault(input, path, 'unlistedRole', 'personal', role),
    allowOverride: withDefault(input, path, 'allowOverride', false, boolean),
    sendDelaySeconds: withDefault(input, path, 'sendDelaySeconds', 0, sendDelay),
    locked: withDefault(input, path, 'locked', false, boolean),
    auditContent: withDefault(input, path, 'auditContent', 'redacted', auditContent),
    toneCheck: withDefault(input, path, 'toneCheck', 'confirm', toneAction),
  };
}
