// Import of a rule file: text (a file the person picked) or an already-parsed
// value (storage, managed policy). Either the whole file is accepted, with
// every default applied, or it is refused with every problem listed as
// `path: message`; nothing is ever half-read. Each problem is also kept as a
// RuleIssue (issues.ts), so that pages can show it in the admin's language.
import { localizable, type Localizable } from '../localizable';
import { foreignFileIssue, refusal, type RuleFileResult } from './check-result';
import { formatIssues } from './format-issues';
import { findJsonSyntaxError } from './json-syntax';
import { MAX_RULE_FILE_BYTES } from './limits';
import { ruleFileSchema } from './schema';
import { checkRuleFile } from './check-rule-file';

// Re-exported so the options page can refuse an oversized file before reading it.
export { MAX_RULE_FILE_BYTES };

/** Refused for one reason; `path` null for a sentence about the whole file. */
const refuse = (path: string | null, message: Localizable) => refusal([{ path, message }]);

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
      '(root)',
      localizable('rules_file_too_large', kib(bytes), kib(MAX_RULE_FILE_BYTES)),
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
      '(root)',
      where
        ? localizable(
            'rules_json_invalid_at',
            String(where.line),
            String(where.column),
            where.message,
          )
        : localizable('rules_json_invalid'),
    );
  }
  return validateRuleFile(value);
}

/** The plain check's answer for a file it accepts; undefined when zod must list the problems. */
function acceptedPlainly(value: unknown): RuleFileResult | undefined {
  try {
    const result = checkRuleFile(value);
    return result.ok ? result : undefined;
  } catch {
    return undefined; // whatever it could not read (deep nesting…), zod reads and words
  }
}

/**
 * Checks a value that is already parsed (from storage or managed policy). A file is first
 * read by the plain check (check-rule-file.ts), which accepts exactly what the schema
 * accepts, returns the same rules and is several times faster on a file of 10,000 terms;
 * only a file it refuses goes through the schema, which lists every problem.
 */
export function validateRuleFile(value: unknown): RuleFileResult {
  const plainly = acceptedPlainly(value);
  if (plainly) return plainly;
  const foreign = foreignFileIssue(value);
  if (foreign) return refusal([foreign]);
  const result = ruleFileSchema.safeParse(value);
  if (result.success) return { ok: true, rules: result.data };
  return refusal(formatIssues(result.error.issues, value));
}
