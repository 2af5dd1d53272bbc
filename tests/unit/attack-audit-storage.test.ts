// Attack 5, storage exhaustion: long posts sent by a page script from a hidden compose box
// filled storage.local's quota (10 MB in Chrome); audit writes then failed unseen and an
// admin's rule import was refused with "quota exceeded". The log now keeps a byte budget,
// cuts posts short with a visible marker, stores a send's post once, makes room for rules,
// and says what it could not save.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from '../fakes/browser';
import { appendAudit, AUDIT_BYTE_BUDGET, readAuditLog } from '../../src/background/audit-log';
import { AUDIT_KEY } from '../../src/shared/storage-keys';
import { MAX_AUDIT_POST_CHARS } from '../../src/core/audit';
import { fromOptionsPage, importText } from './background-harness';
import { fromTab, judged, record, released } from './attack-audit-helpers';

const local = fakeBrowser.storage.local;
const CHROME_QUOTA = 10 * 1024 * 1024;
const KINGSFORD = readFileSync('docs/examples/kingsford-council.json', 'utf8');
const MARKER = /… \[truncated, ([\d,]+) characters\]$/u;
/** 65,000 characters, different for each `i`, masked as the default `redacted` policy keeps them. */
const longPost = (i: number) => `${i} `.padEnd(65_000, '•');

describe('storage exhaustion', () => {
  it('storage exhaustion: 160 scripted 65,000-character posts keep the log within its byte budget', async () => {
    local.setQuota(CHROME_QUOTA);
    // One send per tab: the byte budget alone must hold, whatever the per-tab limits.
    for (let i = 0; i < 160; i++)
      expect(await record(released(longPost(i)), fromTab(i))).toEqual({ ok: true });
    expect(await local.getBytesInUse(AUDIT_KEY)).toBeLessThanOrEqual(AUDIT_BYTE_BUDGET);
    const { log } = await readAuditLog();
    expect(log.dropped).toBeGreaterThan(0);
    expect(log.entries.at(-1)).toMatchObject({ kind: 'post-released', tab: 159 });
    expect((await importText(KINGSFORD)).ok).toBe(true);
  });

  it('storage exhaustion: a post is cut to MAX_AUDIT_POST_CHARS with a marker saying how much was cut', async () => {
    await record(released('x'.repeat(65_000)));
    const post = ((await readAuditLog()).log.entries[0] as { post?: string }).post!;
    expect(post.length).toBeLessThanOrEqual(MAX_AUDIT_POST_CHARS);
    const cut = Number(MARKER.exec(post)?.[1]?.replaceAll(',', ''));
    expect(post.replace(MARKER, '')).toBe('x'.repeat(65_000 - cut));
  });

  it('storage exhaustion: the events of one send store its post once, and each entry still shows it', async () => {
    const post = '•••• ••• bomb';
    for (const kind of ['dialog-shown', 'confirmed', 'post-released']) {
      await record(judged(kind, post));
    }
    const stored = (await local.get(AUDIT_KEY))[AUDIT_KEY] as {
      entries: Record<string, unknown>[];
      posts: Record<string, string>;
    };
    expect(Object.values(stored.posts)).toEqual([post]);
    expect(stored.entries.every((entry) => !('post' in entry))).toBe(true);
    expect(
      (await readAuditLog()).log.entries.map((entry) => (entry as { post?: string }).post),
    ).toEqual([post, post, post]);
  });

  it('storage exhaustion: rules still save when an older, larger log fills storage: the log is trimmed and the write tried again', async () => {
    // What an older Postguard (bounded by count only) left behind: 3 MB of log.
    const entry = {
      at: '2026-11-01T09:00:00.000Z',
      kind: 'post-released',
      post: '•'.repeat(30_000),
    };
    await local.set({
      [AUDIT_KEY]: { entries: Array.from({ length: 34 }, () => entry), dropped: 0 },
    });
    local.setQuota(3_200_000);
    const imported = await importText(KINGSFORD);
    expect(imported).toMatchObject({ ok: true });
    const { log } = await readAuditLog();
    expect(log.dropped).toBeGreaterThan(0);
    expect(log.entries.at(-1)).toMatchObject({ kind: 'rules-imported' });
  });

  it('storage exhaustion: a failed audit write is told to the options page with what was lost, then kept in the log', async () => {
    await local.set({ filler: 'x'.repeat(CHROME_QUOTA - 100) });
    local.setQuota(CHROME_QUOTA);
    await record(released('A post that will not fit'));
    await record(judged('dialog-shown'));
    const pending = await fromOptionsPage<{ lost: unknown; entries: unknown[] }>({
      type: 'audit/get',
    });
    expect(pending.entries).toEqual([]);
    expect(pending.lost).toMatchObject({
      count: 2,
      kinds: { 'post-released': 1, 'dialog-shown': 1 },
      error: expect.stringContaining('quota'),
    });

    await local.remove('filler');
    await appendAudit({ kind: 'rules-edited', organization: null, accounts: 0 });
    const after = await fromOptionsPage<{ lost: unknown; entries: Record<string, unknown>[] }>({
      type: 'audit/get',
    });
    expect(after.lost).toBeNull();
    expect(after.entries.map((entry) => entry.kind)).toEqual([
      'audit-write-failed',
      'rules-edited',
    ]);
    expect(after.entries[0]).toMatchObject({ count: 2, kinds: { 'post-released': 1 } });
  });
});
