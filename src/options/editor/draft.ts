// The rule file being edited, as plain JSON, changed immutably one path at a
// time. Every change is checked by the same schema an imported file goes
// through; its `path: message` lines are grouped by path so each field can
// show its own errors.
import { formatPath } from '../../core/rules/format-issues';
import { t } from '../../shared/i18n';

export type Path = readonly (string | number)[];
export type Draft = Record<string, unknown>;

export const pathKey = (path: Path) => formatPath(path);

export function getAt(value: unknown, path: Path): unknown {
  let at = value;
  for (const key of path) {
    if (typeof at !== 'object' || at === null) return undefined;
    at = (at as Record<string | number, unknown>)[key];
  }
  return at;
}

/** A copy of `root` with `value` at `path` (undefined removes an object key). */
export function setAt<T>(root: T, path: Path, value: unknown): T {
  const [key, ...rest] = path;
  if (key === undefined) return value as T;
  const base: unknown = root ?? (typeof key === 'number' ? [] : {});
  const copy = (Array.isArray(base) ? [...base] : { ...(base as object) }) as Record<
    string | number,
    unknown
  >;
  const next = setAt(copy[key], rest, value);
  if (next === undefined && !Array.isArray(copy)) delete copy[key];
  else copy[key] = next;
  return copy as T;
}

export function removeAt<T>(root: T, path: Path, index: number): T {
  const list = getAt(root, path);
  return Array.isArray(list)
    ? setAt(
        root,
        path,
        list.filter((_, i) => i !== index),
      )
    : root;
}

export function appendAt<T>(root: T, path: Path, item: unknown): T {
  const list = getAt(root, path);
  return setAt(root, path, [...(Array.isArray(list) ? list : []), item]);
}

/** `accounts[2].role: expected …` → Map { 'accounts[2].role' → ['expected …'] }. */
export function errorsByPath(errors: readonly string[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const line of errors) {
    const at = line.indexOf(': ');
    const key = at > 0 ? line.slice(0, at) : '(root)';
    const message = at > 0 ? line.slice(at + 2) : line;
    map.set(key, [...(map.get(key) ?? []), message]);
  }
  return map;
}

/** Errors at `path` or below it (for a field that edits a whole list). */
export function errorsUnder(errors: Map<string, string[]>, path: Path): string[] {
  const key = pathKey(path);
  const out: string[] = [];
  for (const [at, messages] of errors) {
    if (at === key) out.push(...messages);
    else if (at.startsWith(`${key}[`)) {
      const index = Number(at.slice(key.length + 1, at.indexOf(']', key.length)));
      out.push(...messages.map((m) => t('editor_error_line', [String(index + 1), m])));
    }
  }
  return out;
}

/**
 * Every error of the entry at `path` (`accounts[3]`) and its fields, as `field: message`
 * (`handle: …`), for the entry's row in a table.
 */
export function errorsWithin(errors: Map<string, string[]>, path: Path): string[] {
  const key = pathKey(path);
  const out: string[] = [];
  for (const [at, messages] of errors) {
    if (at === key) out.push(...messages);
    else if (at.startsWith(`${key}.`) || at.startsWith(`${key}[`)) {
      const field = at.slice(key.length).replace(/^\./u, '');
      out.push(...messages.map((m) => `${field}: ${m}`));
    }
  }
  return out;
}
