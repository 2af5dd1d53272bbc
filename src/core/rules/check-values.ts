// The building blocks of the plain rule file check (check-rule-file.ts): each
// reads one value as the schema's part of the same name would, returns it, or
// stops the check with the problem the schema would report for it, worded by
// issue-sentences.ts. Strings are measured in UTF-16 units and dates checked
// with zod's own pattern, as the schema does.
//
// A file may hold 10,000 terms, so paths are spelt out only for a problem: a
// value's path is its key and its parent's path, and reading a value
// allocates little more than what is returned.
import { regexes } from 'zod/v4/core';
import { localizable, type Localizable } from '../localizable';
import { expectedOneOf, expectedType, sizeSentence } from './issue-sentences';
import { normalizeHandle } from './handles';
import { MAX_TERM_LENGTH } from './limits';

/** Where a value is; null is the file itself. */
export type Path = { up: Path; key: string | number } | null;
export type Obj = Record<string, unknown>;
/** Reads the value found at `key` of `up`. */
export type Read<T> = (value: unknown, up: Path, key: string | number) => T;

export const at = (up: Path, key: string | number): Path => ({ up, key });

/**
 * Thrown to stop the check at the first problem: thrown rather than returned,
 * so that reading a valid value carries nothing back but the value.
 */
export class Refused {
  constructor(
    readonly path: Path,
    readonly message: Localizable,
  ) {}
}

/** Stops the check: the value at `key` of `up` (at `up` when key is null) is not allowed. */
export function refuse(up: Path, key: string | number | null, message: Localizable): never {
  throw new Refused(key === null ? up : at(up, key), message);
}

export function keysOf(path: Path): (string | number)[] {
  const keys: (string | number)[] = [];
  for (let p = path; p; p = p.up) keys.unshift(p.key);
  return keys;
}

const DATE_TIME = regexes.datetime({ offset: true });

export function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A strict object at `path`: no key besides `keys`. */
export function object(value: unknown, path: Path, keys: readonly string[]): Obj {
  if (!isObject(value)) refuse(path, null, expectedType(value, 'object'));
  for (const key of Object.keys(value)) {
    if (!keys.includes(key)) refuse(path, key, localizable('rules_unknown_key'));
  }
  return value;
}

/** An optional key: absent stays absent, present is checked (undefined passes, as in zod). */
export function optional<T>(out: Obj, input: Obj, path: Path, key: string, read: Read<T>) {
  if (key in input) out[key] = input[key] === undefined ? undefined : read(input[key], path, key);
}

/** A setting with a default: an absent value takes it, unchecked (`_default`). */
export function withDefault<T>(input: Obj, path: Path, key: string, fallback: T, read: Read<T>) {
  const value = input[key];
  return value === undefined ? fallback : read(value, path, key);
}

export function string(value: unknown, up: Path, key: string | number, min = 0, max = Infinity) {
  if (typeof value !== 'string') refuse(up, key, expectedType(value, 'string'));
  if (value.length < min || value.length > max) {
    const big = value.length > max;
    refuse(up, key, sizeSentence({ big, limit: big ? max : min, origin: 'string', key, value }));
  }
  return value;
}

/** Text shown to people (a label, a note): not empty, not blank, at most `max` long. */
export const text =
  (max: number): Read<string> =>
  (value, up, key) => {
    const s = string(value, up, key, 1, max);
    if (s.trim() === '') refuse(up, key, localizable('rules_not_blank'));
    return s;
  };

export function term(value: unknown, up: Path, key: string | number): string {
  const s = string(value, up, key, 1, MAX_TERM_LENGTH);
  if (!/[^\s#*]/u.test(s)) {
    const blank = s.trim() === '';
    refuse(
      up,
      key,
      blank ? localizable('rules_not_blank') : localizable('rules_term_needs_letter'),
    );
  }
  return s;
}

export function handle(value: unknown, up: Path, key: string | number): string {
  const s = string(value, up, key, 1, MAX_TERM_LENGTH);
  if (normalizeHandle(s) === '') refuse(up, key, localizable('rules_handle_empty'));
  return s;
}

export function hashtag(value: unknown, up: Path, key: string | number): string {
  const s = string(value, up, key, 0, MAX_TERM_LENGTH);
  if (!s.startsWith('#')) refuse(up, key, localizable('rules_starts_with', '#'));
  return s;
}

export function dateTime(value: unknown, up: Path, key: string | number): string {
  if (typeof value !== 'string') refuse(up, key, expectedType(value, 'string'));
  if (!DATE_TIME.test(value)) refuse(up, key, localizable('rules_date_time'));
  return value;
}

export function boolean(value: unknown, up: Path, key: string | number): boolean {
  if (typeof value !== 'boolean') refuse(up, key, expectedType(value, 'boolean'));
  return value;
}

/** One of `values` (an enum, or a literal when there is one value). */
export const among =
  <T extends string | number>(values: readonly T[]): Read<T> =>
  (value, up, key) => {
    if (!values.includes(value as T)) refuse(up, key, expectedOneOf(value, values));
    return value as T;
  };

/** A list of at least `min` and at most `max` entries; `item` null leaves them unread. */
export function list<T>(
  value: unknown,
  up: Path,
  key: string | number,
  max: number,
  item: ((value: unknown, up: Path, index: number) => T) | null,
  min = 0,
): T[] {
  if (!Array.isArray(value)) refuse(up, key, expectedType(value, 'array'));
  if (value.length < min || value.length > max) {
    const big = value.length > max;
    refuse(up, key, sizeSentence({ big, limit: big ? max : min, origin: 'array', key, value }));
  }
  if (item === null) return [];
  const path = at(up, key);
  const out: T[] = [];
  for (let i = 0; i < value.length; i++) out.push(item(value[i], path, i));
  return out;
}
