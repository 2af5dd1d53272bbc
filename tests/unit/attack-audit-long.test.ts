// Attack 7, long posts leave no entry: the worker's message schema refused a post over
// 70,000 characters whole (a joined thread), so its confirmation and release were not
// logged. The post is now cut, in the page before it is sent and again by the worker's
// schema, and the event is logged.
import { describe, expect, it } from 'vitest';
import { Message } from '../../src/shared/messages';
import { readAuditLog } from '../../src/background/audit-log';
import { MAX_AUDIT_POST_CHARS, type GuardEvent } from '../../src/core/audit';
import { auditEvent } from '../../src/content/audit-report';
import type { Verdict } from '../../src/core/engine';
import { confirmVerdict, judged, record, released, xAdapter } from './attack-audit-helpers';

const MARKER = /… \[truncated, ([\d,]+) characters\]$/u;
/** Two posts of a thread, joined with a blank line: 80,002 characters. */
const THREAD = ['a'.repeat(40_000), 'b'.repeat(40_000)];
const JOINED = THREAD.join('\n\n');

describe('long posts', () => {
  it('long posts: the worker’s schema cuts a post over 70,000 characters, never refuses the event', () => {
    const parsed = Message.safeParse({ type: 'audit/guard', event: judged('confirmed', JOINED) });
    expect(parsed.success).toBe(true);
    const post = (parsed.data as { event: { post: string } }).event.post;
    expect(post.length).toBeLessThanOrEqual(MAX_AUDIT_POST_CHARS);
    expect(post).toMatch(MARKER);
    expect(JOINED.startsWith(post.replace(MARKER, ''))).toBe(true);
  });

  it('long posts: the confirmation and the release of a 80,002-character thread are both logged', async () => {
    expect(await record(judged('confirmed', JOINED))).toEqual({ ok: true });
    expect(await record(released(JOINED, { action: 'confirm' }))).toEqual({ ok: true });
    const { log } = await readAuditLog();
    expect(log.entries.map((entry) => entry.kind)).toEqual(['confirmed', 'post-released']);
    for (const entry of log.entries) {
      expect((entry as { post: string }).post).toMatch(MARKER);
    }
  });

  it('long posts: the content script cuts the post before it leaves the page', () => {
    const report = {
      kind: 'confirmed',
      verdict: confirmVerdict as unknown as Verdict,
      texts: THREAD,
    };
    const event = auditEvent(report as never, xAdapter as never, 'full') as GuardEvent & {
      post: string;
    };
    expect(event.post.length).toBeLessThanOrEqual(MAX_AUDIT_POST_CHARS);
    const cut = Number(MARKER.exec(event.post)?.[1]?.replaceAll(',', ''));
    expect(event.post.replace(MARKER, '').length + cut).toBe(JOINED.length);
  });

  it('long posts: a post that is not text is still refused, with the field named', () => {
    const parsed = Message.safeParse({
      type: 'audit/guard',
      event: judged('confirmed', 5 as never),
    });
    expect(parsed.success).toBe(false);
    expect(JSON.stringify(parsed.error?.issues)).toContain('post');
  });
});
