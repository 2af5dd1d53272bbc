// Export: the rules in force as a v1 file that imports back to the same rules.
// Defaults are written out in full, so the file says exactly what is enforced
// even if a later Postguard changes a default.
import { RULE_FILE_FORMAT, RULE_FILE_VERSION } from './limits';
import type { RuleFile } from './schema';

/** A line an admin reads without scrolling sideways: longer lists get a line per entry. */
const LINE_WIDTH = 100;

/** JSON on one line, spaced as people write it; keys whose value is undefined left out. */
function inline(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inline).join(', ')}]`;
  if (typeof value === 'object' && value !== null) {
    const members = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .map(([key, v]) => `${JSON.stringify(key)}: ${inline(v)}`);
    return members.length === 0 ? '{}' : `{ ${members.join(', ')} }`;
  }
  // As JSON.stringify writes what JSON cannot hold (undefined in a list) in a list.
  return JSON.stringify(value) ?? 'null';
}

/** `value` at `indent`: on one line when it fits, else a line per key or per list entry. */
function block(value: unknown, indent: string): string {
  const flat = inline(value);
  if (indent.length + flat.length <= LINE_WIDTH || typeof value !== 'object' || value === null) {
    return flat;
  }
  const inner = `${indent}  `;
  // A list's entries stay one line each, however long: 10,000 terms are 10,000 lines.
  const lines = Array.isArray(value)
    ? value.map((entry) => `${inner}${inline(entry)}`)
    : Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .map(([key, v]) => `${inner}${JSON.stringify(key)}: ${block(v, inner)}`);
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  return `${open}\n${lines.join(',\n')}\n${indent}${close}`;
}

/**
 * The text of a rule file: a line per top-level key and per entry of a long list. Far
 * smaller than two-space JSON (a term is one line, not seven), so a file at the format's
 * limits still fits in its 1 MiB when exported.
 */
export function ruleFileText(file: object): string {
  const lines = Object.entries(file)
    .filter(([, v]) => v !== undefined)
    .map(([key, v]) => `  ${JSON.stringify(key)}: ${block(v, '  ')}`);
  return `{\n${lines.join(',\n')}\n}\n`;
}

export function exportRuleFile(rules: RuleFile, now: Date): string {
  // Header keys first, in the order of the documentation; undefined values
  // are only placeholders for key order and are left out of the text.
  const header: Record<string, unknown> = {
    $schema: undefined,
    format: RULE_FILE_FORMAT,
    version: RULE_FILE_VERSION,
    organization: undefined,
    exportedAt: undefined,
  };
  // Whole seconds read as in the documentation: 2026-11-20T10:00:00Z.
  const exportedAt = now.toISOString().replace(/\.000Z$/u, 'Z');
  return ruleFileText({ ...header, ...rules, exportedAt });
}
