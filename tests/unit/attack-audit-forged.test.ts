// Attack 6, forged or flushed entries: script-made sends on hidden boxes were logged as a
// person's posts, and ~2,000 scripted clicks pushed every real entry out of the log. Each
// send now says whether a person made it (`trusted`), a box with no layout is counted but not
// logged, and a tab's events are rate-limited and held to a share of the log
// (docs/audit-log.md#limits-per-tab).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '../fakes/browser';
import {
  AUDIT_LIMIT,
  AUDIT_TAB_RATE,
  AUDIT_TAB_SHARE,
  readAuditLog,
} from '../../src/background/audit-log';
import { AUDIT_KEY } from '../../src/shared/storage-keys';
import { auditCsv, type LoggedEntry } from '../../src/core/audit';
import { auditEvent } from '../../src/content/audit-report';
import type { Verdict } from '../../src/core/engine';
import { detailText, sentByText } from '../../src/options/AuditLogDetail';
import {
  confirmVerdict,
  fromTab,
  judged,
  record,
  released,
  xAdapter,
} from './attack-audit-helpers';

const START = Date.parse('2026-11-20T09:00:00.000Z');
const MINUTE = 60_000;
/** The worker's clock, set: the limits count by the time an event arrived. */
const clock = (ms: number) => vi.setSystemTime(START + ms);
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  clock(0);
});
afterEach(() => vi.useRealTimers());

const scripted = (i: number) => released(`Send ${i}`, { trusted: false });
const entries = async () => (await readAuditLog()).log.entries as unknown as LoggedEntry[];
/** Entries a person made earlier in other tabs and on the options page. */
async function realEntries(count: number) {
  const at = new Date(START - 24 * 60 * MINUTE).toISOString();
  const entry = { at, kind: 'rules-edited', organization: 'Kingsford', accounts: 2 };
  await fakeBrowser.storage.local.set({
    [AUDIT_KEY]: { entries: Array.from({ length: count }, () => entry), dropped: 0 },
  });
}

describe('forged entries', () => {
  it('forged entries: each send is logged with whether a person made it (trusted)', async () => {
    expect(await record(released('By a script', { trusted: false }))).toEqual({ ok: true });
    expect(await record(released('By a person', { trusted: true }))).toEqual({ ok: true });
    expect((await entries()).map((entry) => [entry.post, entry.trusted])).toEqual([
      ['By a script', false],
      ['By a person', true],
    ]);
  });

  it('forged entries: the options page and the CSV export say whether a person sent it', async () => {
    await record(released('By a script', { trusted: false }));
    const [entry] = await entries();
    expect(sentByText(entry!)).toBe('Sent by a page script, not by a person’s click or key');
    expect(sentByText({ ...entry!, trusted: true })).toBe('Sent by a person’s click or key');
    const [header, row] = auditCsv([entry!]).split('\r\n');
    const column = header!.split(',').indexOf('"trusted"');
    expect(column).toBeGreaterThan(-1);
    expect(row!.split(',')[column]).toBe('"false"');
  });

  it('forged entries: the content script passes on what the guard saw of the send', () => {
    const report = {
      kind: 'post-released',
      verdict: confirmVerdict as unknown as Verdict,
      texts: ['Hidden'],
      trusted: false,
      hasLayout: false,
    };
    const event = auditEvent(report as never, xAdapter as never, 'full');
    expect(event).toMatchObject({ kind: 'post-released', trusted: false, hasLayout: false });
    // A box with no layout is not logged: its text need not leave the page.
    expect(event).not.toHaveProperty('post');
  });

  it('forged entries: sends from a compose box with no layout are counted in one summary, not logged', async () => {
    for (let i = 0; i < 3; i++) await record(released(`Hidden ${i}`, { hasLayout: false }));
    const logged = await entries();
    expect(logged).toEqual([
      expect.objectContaining({
        kind: 'not-logged',
        tab: 7,
        count: 3,
        reasons: { 'no-layout': 3 },
      }),
    ]);
    expect(detailText(logged[0]!)).toBe(
      '3 events from this tab were not logged (3 from a compose box with no layout).',
    );
    expect(JSON.stringify(await fakeBrowser.storage.local.get(AUDIT_KEY))).not.toContain('Hidden');
  });
});

describe('flushed entries', () => {
  it('flushed entries: 2,000 scripted clicks in a minute leave every real entry, and one summary says how many were not logged', async () => {
    await realEntries(1500);
    await Promise.all(Array.from({ length: 2000 }, (_, i) => record(scripted(i))));
    const logged = await entries();
    expect(logged.filter((entry) => entry.kind === 'rules-edited')).toHaveLength(1500);
    expect(logged.filter((entry) => entry.kind === 'post-released')).toHaveLength(AUDIT_TAB_RATE);
    const summary = logged.at(-1)!;
    expect(summary).toMatchObject({
      kind: 'not-logged',
      tab: 7,
      count: 2000 - AUDIT_TAB_RATE,
      reasons: { 'rate-limit': 2000 - AUDIT_TAB_RATE },
    });
    // The count in the reader's number format, as the options page writes it (1,970; 1 970).
    const count = new Intl.NumberFormat().format(2000 - AUDIT_TAB_RATE);
    expect(detailText(summary).startsWith(`${count} events from this tab were not logged`)).toBe(
      true,
    );

    // A minute on, the tab's events are logged again; other tabs were never held back.
    clock(MINUTE + 1);
    await record(scripted(2000));
    await record(scripted(1), fromTab(8));
    expect((await entries()).slice(-2).map((entry) => [entry.kind, entry.tab])).toEqual([
      ['post-released', 7],
      ['post-released', 8],
    ]);
  });

  it('flushed entries: a person’s decisions and sends are logged past the rate limit', async () => {
    await Promise.all(Array.from({ length: 100 }, (_, i) => record(scripted(i))));
    await record(judged('confirmed', 'Bins on Tuesday'));
    await record(released('Bins on Tuesday', { trusted: true }));
    expect((await entries()).slice(-2).map((entry) => entry.kind)).toEqual([
      'confirmed',
      'post-released',
    ]);
  });

  it('flushed entries: a tab’s burst over an hour takes at most its share of the log; other tabs’ older entries are kept', async () => {
    await realEntries(1400);
    const share = AUDIT_LIMIT * AUDIT_TAB_SHARE;
    // Just under the rate, for 25 minutes: 725 events, one batch a minute.
    for (let minute = 0; minute < 25; minute++) {
      clock(minute * MINUTE);
      const burst = Array.from({ length: AUDIT_TAB_RATE - 1 }, (_, i) => scripted(i));
      await Promise.all(burst.map((event) => record(event)));
    }
    const logged = await entries();
    expect(logged.filter((entry) => entry.kind === 'rules-edited')).toHaveLength(1400);
    expect(logged.filter((entry) => entry.kind === 'post-released')).toHaveLength(share);
    const summary = logged.find((entry) => entry.kind === 'not-logged');
    expect(summary).toMatchObject({ count: 725 - share, reasons: { 'tab-share': 725 - share } });
  });
});
