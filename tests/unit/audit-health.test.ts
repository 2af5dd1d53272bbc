// Guard health changes in the audit log: the same codes as the popup and the
// diagnostics report (the adapters' problem codes among them), checked at the
// worker's boundary, bounded, and shown in words in the options page.
import { describe, expect, it } from 'vitest';
import { Message } from '../../src/shared/messages';
import { handlers, type Sender } from '../../src/background/handlers';
import { readAuditLog } from '../../src/background/audit-log';
import { HEALTH_CODES } from '../../src/core/audit';
import { SITE_PROBLEM_CODES } from '../../src/core/site-problems';
import { detailText } from '../../src/options/AuditLogDetail';

const tab: Sender = { fromExtensionPage: false, tabUrl: 'https://x.com/home', tabId: 7 };
const health = (problems: unknown[]) => ({
  kind: 'health-changed',
  platform: 'x',
  ok: problems.length === 0,
  problems,
});
const valid = (event: unknown) => Message.safeParse({ type: 'audit/guard', event }).success;

describe('health-changed', () => {
  it('takes every site problem code, and records it as sent', async () => {
    for (const code of SITE_PROBLEM_CODES) expect(valid(health([code])), code).toBe(true);
    const event = health(['send-control-missing', 'accounts-disagree']);
    const result = await handlers['audit/guard'](
      { type: 'audit/guard', event } as Extract<Message, { type: 'audit/guard' }>,
      tab,
    );
    expect(result).toEqual({ ok: true });
    expect((await readAuditLog()).log.entries.at(-1)).toMatchObject(event);
  });

  it('refuses a code nobody defined, and more codes than there are', () => {
    expect(valid(health(['selector-42-missing']))).toBe(false);
    expect(valid(health([...HEALTH_CODES]))).toBe(true);
    expect(valid(health([...HEALTH_CODES, 'no-rules']))).toBe(false);
  });

  it('shows each code with the words the indicator and the popup use', () => {
    const entry = {
      at: '2026-11-20T12:00:00.000Z',
      ...health(['send-control-missing', 'no-rules']),
    };
    expect(detailText(entry)).toBe(
      "Problems: send-control-missing: The compose box's send button could not be found. no-rules: No rule file is in force.",
    );
    // An entry from another version, with a code this one does not know: shown as it is.
    expect(detailText({ ...entry, problems: ['some-new-code'] })).toBe('Problems: some-new-code');
    expect(detailText({ ...entry, ok: true, problems: [] })).toBe('Working');
  });
});
