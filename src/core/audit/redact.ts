// How much of a post the audit log keeps (`policy.auditContent`):
// - `none`: nothing;
// - `redacted` (the default): the words Postguard flagged stay readable, every
//   other letter and digit becomes `•`, so the log shows why a post was held
//   and its shape, not what a person wrote;
// - `full`: the text as posted.
// Posts of a thread are joined with a blank line.
import type { AuditContent } from '../rules/schema';
import type { Span } from '../engine/types';

const MASK = '•';
const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;

function redactOne(text: string, spans: Span[]): string {
  const keep = spans.toSorted((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  const mask = (part: string) => {
    for (const char of part) out += LETTER_OR_DIGIT.test(char) ? MASK : char;
  };
  for (const span of keep) {
    if (span.end <= at) continue;
    mask(text.slice(at, Math.max(at, span.start)));
    out += text.slice(Math.max(at, span.start), span.end);
    at = span.end;
  }
  mask(text.slice(at));
  return out;
}

/** The post's text for the audit log, or undefined when the policy keeps none. */
export function postForAudit(
  texts: string[],
  spans: Span[],
  mode: AuditContent,
): string | undefined {
  if (mode === 'none' || texts.length === 0) return undefined;
  const parts =
    mode === 'full'
      ? texts
      : texts.map((text, index) =>
          redactOne(
            text,
            spans.filter((span) => span.post === index),
          ),
        );
  return parts.join('\n\n');
}
