// The audit log at the worker's boundary: who may record what, events checked
// by the schema, the bound, and the held sends the popup reports as unsent.
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from '../fakes/browser';
import { Message } from '../../src/shared/messages';
import { handlers, type Sender } from '../../src/background/handlers';
import { appendAudit, AUDIT_LIMIT, readAuditLog } from '../../src/background/audit-log';
import { AUDIT_KEY, HELD_KEY } from '../../src/shared/storage-keys';
import type { GuardEvent } from '../../src/core/audit';

const page: Sender = { fromExtensionPage: true, tabUrl: null, tabId: null };
const tab: Sender = { fromExtensionPage: false, tabUrl: 'https://x.com/home', tabId: 7 };
const who = { platform: 'x', account: '@KingsfordGov', role: 'corporate' } as const;

const record = (event: GuardEvent, sender = tab) =>
  handlers['audit/guard']({ type: 'audit/guard', event }, sender);
const unsent = () => handlers['holds/unsent']({ type: 'holds/unsent' }, page);

describe('audit events', () => {
  it('records a guard event with the time and the page it came from', async () => {
    const event: GuardEvent = {
      kind: 'confirmed',
      ...who,
      action: 'confirm',
      codes: ['corporate-account'],
      post: '•••• bomb',
    };
    expect(await record(event)).toEqual({ ok: true });
    const { log } = await readAuditLog();
    expect(log.entries).toEqual([
      { ...event, at: expect.any(String), page: 'https://x.com/home', tab: 7 },
    ]);
  });

  it('refuses guard events from extension pages, and incident events from tabs', async () => {
    expect((await record({ kind: 'undone', ...who, holdId: 'a1' }, page)).ok).toBe(false);
    const incident = { kind: 'incident-opened', incidentId: 'i1' } as const;
    expect(
      (await handlers['audit/incident']({ type: 'audit/incident', event: incident }, tab)).ok,
    ).toBe(false);
    expect((await handlers['audit/get']({ type: 'audit/get' }, tab)).ok).toBe(false);
    expect((await readAuditLog()).log.entries).toEqual([]);
  });

  it('rejects an event the schema does not know, or with a field it does not allow', () => {
    const bad = [
      { kind: 'posted-anyway', ...who },
      { kind: 'undone', ...who, holdId: 'a1', extra: true },
      { kind: 'undone', ...who, holdId: 'has spaces' },
      { kind: 'send-held', ...who, holdId: 'a1', seconds: 600 },
      { kind: 'confirmed', ...who, action: 'confirm', codes: ['made-up'] },
    ];
    for (const event of bad) {
      expect(Message.safeParse({ type: 'audit/guard', event }).success, JSON.stringify(event)).toBe(
        false,
      );
    }
  });

  it('keeps the newest entries within its bound and counts the dropped ones', async () => {
    const old = {
      at: '2026-11-01T00:00:00.000Z',
      kind: 'rules-edited',
      organization: null,
      accounts: 0,
    };
    await fakeBrowser.storage.local.set({
      [AUDIT_KEY]: { entries: Array.from({ length: AUDIT_LIMIT - 2 }, () => old), dropped: 3 },
    });
    for (let i = 0; i < 6; i++) {
      void appendAudit({ kind: 'sombre-switched', active: i % 2 === 0, organization: null });
    }
    await appendAudit({ kind: 'rules-edited', organization: 'Last', accounts: 1 });
    const { log } = await readAuditLog();
    expect(log.entries).toHaveLength(AUDIT_LIMIT);
    expect(log.dropped).toBe(3 + 5);
    expect(log.entries.filter((entry) => entry.kind === 'sombre-switched')).toHaveLength(6);
    expect(log.entries.at(-1)).toMatchObject({ kind: 'rules-edited', organization: 'Last' });
  });

  it('sets a damaged log aside instead of writing over it unseen', async () => {
    await fakeBrowser.storage.local.set({ [AUDIT_KEY]: 'garbage' });
    await record({ kind: 'undone', ...who, holdId: 'a1' });
    const got = await handlers['audit/get']({ type: 'audit/get' }, page);
    expect(got).toMatchObject({ ok: true, damaged: true, entries: [{ kind: 'undone' }] });
    expect(await fakeBrowser.storage.local.get('auditDamaged')).toEqual({
      auditDamaged: 'garbage',
    });
  });
});

describe('held sends', () => {
  const held = { kind: 'send-held', ...who, holdId: 'h1', seconds: 5 } as const;

  it('reports a hold whose page said it was left, until dismissed', async () => {
    await record(held);
    await record({ kind: 'hold-abandoned', ...who, holdId: 'h1', why: 'page-left' });
    expect(await unsent()).toMatchObject({
      ok: true,
      holds: [
        {
          holdId: 'h1',
          account: '@KingsfordGov',
          page: 'https://x.com/home',
          why: 'page-left',
        },
      ],
    });
    await handlers['holds/dismiss']({ type: 'holds/dismiss', holdIds: ['h1'] }, page);
    expect(await unsent()).toEqual({ ok: true, holds: [], damaged: false });
  });

  it('does not report a hold that was released or undone', async () => {
    await record(held);
    await record({ kind: 'post-released', ...who, action: 'allow', codes: [], holdId: 'h1' });
    await record({ ...held, holdId: 'h2' });
    await record({ kind: 'undone', ...who, holdId: 'h2' });
    expect(await unsent()).toEqual({ ok: true, holds: [], damaged: false });
  });

  it('takes a hold still counting long after its end as left, and logs it once', async () => {
    await record(held);
    expect(await unsent()).toEqual({ ok: true, holds: [], damaged: false }); // still counting
    const [stored] = (await fakeBrowser.storage.local.get(HELD_KEY))[HELD_KEY] as { at: string }[];
    stored!.at = new Date(Date.now() - 60_000).toISOString();
    await fakeBrowser.storage.local.set({ [HELD_KEY]: [stored] });
    expect(await unsent()).toMatchObject({ holds: [{ holdId: 'h1', why: 'page-left' }] });
    expect(await unsent()).toMatchObject({ holds: [{ holdId: 'h1' }] });
    const kinds = (await readAuditLog()).log.entries.map((entry) => entry.kind);
    expect(kinds).toEqual(['send-held', 'hold-abandoned']);
  });

  it('replaces a damaged list of holds, and says a post may have gone unreported until dismissed', async () => {
    await fakeBrowser.storage.local.set({ [HELD_KEY]: { not: 'a list' } });
    expect(await unsent()).toEqual({ ok: true, holds: [], damaged: true });
    await handlers['holds/dismiss']({ type: 'holds/dismiss', holdIds: [] }, page);
    expect(await unsent()).toEqual({ ok: true, holds: [], damaged: false });
  });
});
