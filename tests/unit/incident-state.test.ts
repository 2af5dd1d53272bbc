// The guide's saved state: made from the audit log's newest released post (or
// empty), read back through the schema without ever throwing, and the
// checklist's stamps: set when a step is ticked, cleared when unticked.
import { describe, expect, it } from 'vitest';
import {
  checklist,
  correctPost,
  lastReleasedPost,
  newIncident,
  readStoredIncident,
  setStepDone,
  stepsDone,
} from '../../src/core/incident';

const now = new Date('2026-11-21T10:32:00Z');
const released = {
  kind: 'post-released',
  at: '2026-11-21T10:30:00.000Z',
  platform: 'x',
  account: '@janedoe_fun',
  role: 'personal',
  action: 'allow',
  codes: [],
  post: '•••• ••••',
  page: 'https://x.com/home',
};

describe('the newest released post in the audit log', () => {
  it('is the last post-released entry, whatever came after it', () => {
    const older = { ...released, account: '@old', at: '2026-11-21T09:00:00.000Z' };
    const entries = [older, released, { kind: 'cancelled', at: '2026-11-21T10:31:00.000Z' }];
    expect(lastReleasedPost(entries)).toEqual({
      platform: 'x',
      account: '@janedoe_fun',
      role: 'personal',
      at: '2026-11-21T10:30:00.000Z',
      page: 'https://x.com/home',
      post: '•••• ••••',
    });
  });

  it('skips a malformed entry and keeps an absent text absent', () => {
    const { post: _post, page: _page, ...noText } = released;
    const broken = { ...released, platform: 'myspace', at: '2026-11-21T10:31:00.000Z' };
    const found = lastReleasedPost([noText, broken, null, 'junk']);
    expect(found).toEqual({
      platform: 'x',
      account: '@janedoe_fun',
      role: 'personal',
      at: '2026-11-21T10:30:00.000Z',
      page: null,
    });
    expect(found && 'post' in found).toBe(false);
  });

  it('cuts an overlong page address or post to what the saved state keeps, rather than lose the post', () => {
    const long = {
      ...released,
      page: `https://x.com/${'a'.repeat(3_000)}`,
      post: 'b'.repeat(80_000),
    };
    const found = lastReleasedPost([long]);
    expect(found?.page).toHaveLength(2_000);
    expect(found?.post).toHaveLength(70_000);
    const incident = newIncident({ id: 'l-1', now, released: found, organization: null });
    expect(readStoredIncident({ writer: 'p', incident }).kind).toBe('ok');
  });

  it('is null when nothing was released', () => {
    expect(lastReleasedPost([])).toBeNull();
    expect(lastReleasedPost([{ ...released, kind: 'blocked' }])).toBeNull();
  });
});

describe('a new incident', () => {
  it('is prefilled from a released post, with every step open', () => {
    const incident = newIncident({
      id: 'a-1',
      now,
      released: lastReleasedPost([released]),
      organization: 'Kingsford Council',
    });
    expect(incident.post).toEqual({
      fromLog: true,
      corrected: false,
      platform: 'x',
      account: '@janedoe_fun',
      role: 'personal',
      at: '2026-11-21T10:30:00.000Z',
      page: 'https://x.com/home',
      post: '•••• ••••',
    });
    expect(incident.openedAt).toBe('2026-11-21T10:32:00.000Z');
    expect(incident.organization).toBe('Kingsford Council');
    expect(stepsDone(incident)).toBe(0);
  });

  it('is empty, not invented, when the log has no released post', () => {
    const incident = newIncident({ id: 'a-2', now, released: null, organization: null });
    expect(incident.post).toEqual({
      fromLog: false,
      corrected: false,
      platform: null,
      account: '',
      role: 'unknown',
      at: null,
      page: null,
    });
    expect(incident.organization).toBe('');
  });

  it('remembers that a person corrected a field (and not for an unchanged value)', () => {
    const incident = newIncident({
      id: 'a-3',
      now,
      released: lastReleasedPost([released]),
      organization: null,
    });
    expect(correctPost(incident, 'account', '@janedoe_fun')).toBe(incident);
    const corrected = correctPost(incident, 'account', '@KingsfordGov');
    expect(corrected.post).toMatchObject({ account: '@KingsfordGov', corrected: true });
  });
});

describe('the checklist', () => {
  const start = newIncident({ id: 'c-1', now, released: null, organization: null });

  it('stamps a ticked step, clears it when unticked, and keeps the first stamp on a repeat', () => {
    const ticked = setStepDone(start, 'delete', true, new Date('2026-11-21T10:35:10Z'));
    expect(ticked.steps.delete).toBe('2026-11-21T10:35:10.000Z');
    expect(checklist(ticked)[0]).toEqual({
      step: 'delete',
      doneAt: '2026-11-21T10:35:10.000Z',
      minutesAfterNoticed: 3,
    });
    expect(stepsDone(ticked)).toBe(1);
    expect(setStepDone(ticked, 'delete', true, new Date('2026-11-21T11:00:00Z'))).toBe(ticked);
    const unticked = setStepDone(ticked, 'delete', false, new Date('2026-11-21T10:36:00Z'));
    expect(unticked.steps.delete).toBeNull();
    expect(checklist(unticked)[0]?.minutesAfterNoticed).toBeNull();
  });

  it('lists the steps in the advised order', () => {
    expect(checklist(start).map((item) => item.step)).toEqual([
      'delete',
      'apologise',
      'set-record-straight',
      'monitor',
      'prevent',
      'learn',
    ]);
  });
});

describe('reading the saved state', () => {
  const incident = newIncident({
    id: 'r-1',
    now,
    released: lastReleasedPost([released]),
    organization: 'K',
  });
  const stored = { writer: 'page-1', incident };

  it('takes back what the page stored (after a trip through storage)', () => {
    expect(readStoredIncident(structuredClone(stored))).toEqual({
      kind: 'ok',
      incident,
      writer: 'page-1',
    });
  });

  it('is none when nothing is stored', () => {
    expect(readStoredIncident(undefined)).toEqual({ kind: 'none' });
  });

  it('reports a damaged value, and never throws', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
        ownKeys() {
          throw new Error('boom');
        },
      },
    );
    const bad = [
      'text',
      42,
      { incident },
      { writer: 'p', incident: { ...incident, steps: { delete: 'yesterday' } } },
      { writer: 'p', incident: { ...incident, id: 'has spaces' } },
      { writer: 'p', incident: { ...incident, version: 2 } },
      { writer: 'p', incident: { ...incident, extra: true } },
      hostile,
    ];
    for (const value of bad) expect(readStoredIncident(value)).toEqual({ kind: 'damaged' });
  });
});
