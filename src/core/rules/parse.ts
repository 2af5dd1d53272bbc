// Import of a rule file: text (a file the person picked) or an already-parsed
// value (storage, managed policy). Either the whole file is accepted, with
// every default applied, or it is refused with every problem listed as
// `path: message`; nothing is ever half-read.
import { formatIssues } from './format-issues';
import { findJsonSyntaxError } from './json-syntax';
import { MAX_RULE_FILE_BYTES, RULE_FILE_FORMAT, RULE_FILE_VERSION } from './limits';
import { ruleFileSchema, type RuleFile } from './schema';

// Re-exported so the options page can refuse an oversized file before reading it.
export { MAX_RULE_FILE_BYTES };

export type RuleFileResult = { ok: true; rules: RuleFile } | { ok: false; errors: string[] };

const refuse = (...errors: string[]): RuleFileResult => ({ ok: false, errors });

/** UTF-8 size of `text` without encoding it (files are measured before parsing). */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      // A surrogate pair is one 4-byte character; a lone surrogate encodes as U+FFFD (3 bytes).
      if (next >= 0xdc00 && next < 0xe000) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

const kib = (bytes: number) => Math.ceil(bytes / 1024).toLocaleString('en-GB');

/** Parses and checks the text of a rule file. */
export function parseRuleFile(text: string): RuleFileResult {
  const bytes = utf8ByteLength(text);
  if (bytes > MAX_RULE_FILE_BYTES) {
    return refuse(
      `(root): the file is ${kib(bytes)} KiB; a rule file may be at most ${kib(MAX_RULE_FILE_BYTES)} KiB (1 MiB)`,
    );
  }
  // Editors on Windows often save UTF-8 with a byte order mark, which JSON.parse rejects.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    const where = findJsonSyntaxError(body);
    return refuse(
      where
        ? `(root): not valid JSON at line ${where.line}, column ${where.column}: ${where.message}`
        : '(root): not valid JSON',
    );
  }
  return validateRuleFile(value);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks a value that is already parsed (from storage or managed policy). */
export function validateRuleFile(value: unknown): RuleFileResult {
  if (!isPlainObject(value)) {
    return refuse('(root): expected an object ({ … }); this is not a Postguard rule file');
  }
  // Not ours at all: listing schema problems of someone else's JSON would only confuse.
  if (value.format !== RULE_FILE_FORMAT) {
    const problem = value.format === undefined ? 'missing' : 'wrong';
    return refuse(
      `format: ${problem}; expected "${RULE_FILE_FORMAT}" (this is not a Postguard rule file)`,
    );
  }
  // A newer file may mean something this version would misread: refuse it whole.
  const { version } = value;
  if (typeof version === 'number' && Number.isInteger(version) && version > RULE_FILE_VERSION) {
    return refuse(
      `this file was made for a newer version of Postguard (version ${version}); update Postguard to import it`,
    );
  }
  const result = ruleFileSchema.safeParse(value);
  if (result.success) return { ok: true, rules: result.data };
  return { ok: false, errors: formatIssues(result.error.issues, value) };
}
