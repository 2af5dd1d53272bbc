// How much of a post the audit log keeps, per `policy.auditContent`.
import { describe, expect, it } from 'vitest';
import { postForAudit } from '../../src/core/audit';
import { evaluate } from '../../src/core/engine';
import { parseRuleFile } from '../../src/core/rules/parse';

const rules = (() => {
  const parsed = parseRuleFile(
    JSON.stringify({
      format: 'postguard-rules',
      version: 1,
      accounts: [{ platform: 'x', handle: 'KingsfordGov', role: 'corporate' }],
      bannedTerms: [{ term: 'bomb' }],
    }),
  );
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.rules;
})();

function logged(texts: string[], mode: 'none' | 'redacted' | 'full') {
  const verdict = evaluate(
    { texts },
    { platform: 'x', handle: 'KingsfordGov' },
    rules,
    new Date('2026-11-20T12:00:00Z'),
  );
  return postForAudit(
    texts,
    verdict.reasons.flatMap((reason) => reason.spans),
    mode,
  );
}

describe('postForAudit', () => {
  it('keeps nothing with none', () => {
    expect(logged(['What a bomb of a day'], 'none')).toBeUndefined();
  });

  it('keeps the text as posted with full, threads joined by a blank line', () => {
    expect(logged(['First post', 'Second bomb'], 'full')).toBe('First post\n\nSecond bomb');
  });

  it('keeps the flagged words readable and masks every other letter and digit', () => {
    expect(logged(['What a bomb of a day, 2026!'], 'redacted')).toBe('•••• • bomb •• • •••, ••••!');
  });

  it('masks accented letters, other scripts and combining marks too', () => {
    expect(logged(['Café Ψ e\u0301'], 'redacted')).toBe('•••• • ••');
  });

  it('redacts each post of a thread with its own matches', () => {
    expect(logged(['no match here', 'bomb'], 'redacted')).toBe('•• ••••• ••••\n\nbomb');
  });
});
