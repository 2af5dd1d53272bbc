// The incident guide's page with a stand-in for the browser: prefilled from the
// audit log, steps stamped when ticked and kept across a reload, the drafts'
// Copy buttons, the report export, starting afresh, and the audit events.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, expect, it, vi } from 'vitest';
import type { IncidentEvent } from '../../src/core/audit';
import type { StoredIncident } from '../../src/core/incident';
import type { IncidentApi, RulesContext } from '../../src/incident/api';
import { IncidentPage } from '../../src/incident/IncidentPage';

const released = {
  kind: 'post-released',
  at: '2026-11-21T10:30:00.000Z',
  platform: 'x',
  account: '@KingsfordGov',
  role: 'corporate',
  action: 'confirm',
  codes: ['corporate-account'],
  post: 'Bin collections move to Tuesday',
  page: 'https://x.com/home',
};

interface FakeOptions {
  stored?: unknown;
  entries?: unknown[] | null;
  rules?: RulesContext | null;
  copies?: boolean;
}

function fakeApi(options: FakeOptions = {}) {
  let clock = new Date('2026-11-21T10:32:00.000Z').getTime();
  let ids = 0;
  const state = { stored: options.stored };
  const listeners = new Set<(raw: unknown) => void>();
  const events: IncidentEvent[] = [];
  const api = {
    now: () => new Date(clock),
    newId: () => `id-${++ids}`,
    loadStored: vi.fn(async () => structuredClone(state.stored)),
    save: vi.fn(async (stored: StoredIncident) => {
      state.stored = structuredClone(stored);
      return { ok: true as const };
    }),
    auditEntries: vi.fn(async () => (options.entries === undefined ? [released] : options.entries)),
    rules: vi.fn(async () =>
      options.rules === undefined
        ? { organization: 'Kingsford Council', sombre: { on: false } }
        : options.rules,
    ),
    record: vi.fn((event: IncidentEvent) => void events.push(event)),
    copy: vi.fn(async (_text: string) => options.copies ?? true),
    download: vi.fn(),
    watch: vi.fn((listener: (raw: unknown) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    }),
  } satisfies IncidentApi;
  return {
    api,
    state,
    events,
    advance: (ms: number) => (clock += ms),
    /** Another page wrote the stored value. */
    external: (raw: unknown) => listeners.forEach((listener) => listener(raw)),
  };
}

async function mount(api: IncidentApi) {
  document.body.innerHTML = '<div id="app"></div>';
  await act(async () => {
    render(<IncidentPage api={api} />, document.getElementById('app')!);
  });
  await vi.waitFor(() => expect(document.querySelector('.steps')).not.toBeNull());
}

const byLabel = <T extends HTMLElement>(text: string): T => {
  const label = [...document.querySelectorAll('label')].find((l) => l.textContent === text);
  const control = label && document.getElementById(label.htmlFor);
  if (!control) throw new Error(`no control labelled ${text}`);
  return control as T;
};
const button = (name: string) => {
  const found = [...document.querySelectorAll('button')].find((b) => b.textContent === name);
  if (!found) throw new Error(`no button ${name}`);
  return found;
};
const text = () => document.body.textContent ?? '';
const stampOf = (step: string) => document.getElementById(`step-${step}-stamp`)?.textContent;

async function type(control: HTMLInputElement | HTMLTextAreaElement, value: string) {
  await act(async () => {
    control.value = value;
    control.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

afterEach(() => {
  render(null, document.getElementById('app')!);
});

it('is prefilled from the newest released post and records that the incident was opened', async () => {
  const { api, events, state } = fakeApi();
  await mount(api);
  expect(text()).toContain('Filled in from Postguard’s log of the last post it let through');
  expect(byLabel<HTMLSelectElement>('Site').value).toBe('x');
  expect(byLabel<HTMLInputElement>('Account').value).toBe('@KingsfordGov');
  expect(byLabel<HTMLSelectElement>('Kind of account').value).toBe('corporate');
  expect(byLabel<HTMLInputElement>('Organisation').value).toBe('Kingsford Council');
  expect(document.querySelector('.post-text')?.textContent).toBe('Bin collections move to Tuesday');
  expect(text()).toContain('https://x.com/home');
  const link = [...document.querySelectorAll('a')].find(
    (a) => a.textContent === 'Open @KingsfordGov on X',
  );
  expect(link?.getAttribute('href')).toBe('https://x.com/KingsfordGov');
  expect(
    byLabel<HTMLTextAreaElement>('Apology from the organisation’s account (“we”)').value,
  ).toContain('a post from @KingsfordGov');
  expect(events).toEqual([
    { kind: 'incident-opened', incidentId: 'id-2', platform: 'x', account: '@KingsfordGov' },
  ]);
  expect((state.stored as StoredIncident).incident.id).toBe('id-2');
});

it('says clearly when the log holds no released post, and starts empty', async () => {
  const { api, events } = fakeApi({ entries: [{ kind: 'cancelled', at: released.at }] });
  await mount(api);
  expect(text()).toContain(
    'Postguard has no record of a post it let through in this browser. Fill in what you know.',
  );
  expect(byLabel<HTMLInputElement>('Account').value).toBe('');
  expect(byLabel<HTMLSelectElement>('Site').value).toBe('');
  expect(text()).toContain('Fill in the site and the account above to get a link to the account.');
  expect(events).toEqual([{ kind: 'incident-opened', incidentId: 'id-2' }]);
});

it('stamps a ticked step with its time, clears it when unticked, and records both', async () => {
  const { api, events, state, advance } = fakeApi();
  await mount(api);
  const box = byLabel<HTMLInputElement>('Delete the post now');
  expect(box.type).toBe('checkbox');
  expect(stampOf('delete')).toBe('Not done yet');
  expect(text()).toContain('0 of 6 steps done.');
  advance(90_000);
  await act(async () => box.click());
  expect(stampOf('delete')).toMatch(/^Done at \d{1,2}:\d{2}/u);
  expect(text()).toContain('1 of 6 steps done.');
  expect((state.stored as StoredIncident).incident.steps.delete).toBe('2026-11-21T10:33:30.000Z');
  await act(async () => box.click());
  expect(stampOf('delete')).toBe('Not done yet');
  expect((state.stored as StoredIncident).incident.steps.delete).toBeNull();
  expect(events.slice(1)).toEqual([
    { kind: 'incident-step', incidentId: 'id-2', step: 'delete', done: true },
    { kind: 'incident-step', incidentId: 'id-2', step: 'delete', done: false },
  ]);
});

it('keeps ticked steps and edits across a reload, without opening a new incident', async () => {
  const first = fakeApi();
  await mount(first.api);
  await act(async () => byLabel<HTMLInputElement>('Own it and apologise').click());
  await type(byLabel('Account'), '@KingsfordNews');
  await type(byLabel('Notes for the review'), 'Told the head of comms.');

  const again = fakeApi({ stored: first.state.stored });
  await mount(again.api);
  expect(text()).toContain('You are continuing the incident noticed on');
  expect(byLabel<HTMLInputElement>('Own it and apologise').checked).toBe(true);
  expect(stampOf('apologise')).toMatch(/^Done at/u);
  expect(byLabel<HTMLInputElement>('Account').value).toBe('@KingsfordNews');
  expect(byLabel<HTMLTextAreaElement>('Notes for the review').value).toBe(
    'Told the head of comms.',
  );
  expect(again.events).toEqual([]);
});

it('says so when the saved state is damaged, and starts afresh', async () => {
  const { api, state } = fakeApi({ stored: { writer: 'x', incident: { steps: 'all done' } } });
  await mount(api);
  expect(text()).toContain(
    'The saved progress of an earlier incident could not be read, so the guide starts afresh.',
  );
  expect(byLabel<HTMLInputElement>('Account').value).toBe('@KingsfordGov');
  expect((state.stored as StoredIncident).incident.openedAt).toBe('2026-11-21T10:32:00.000Z');
});

it('copies each draft and says so in a status region; a refused copy says what to do', async () => {
  const { api } = fakeApi();
  await mount(api);
  const status = () => document.querySelector('.drafts [role="status"]')?.textContent;
  await type(byLabel('Apology from your own professional account (“I”)'), 'My own words.');
  await act(async () => button('Copy your own apology').click());
  expect(api.copy).toHaveBeenLastCalledWith('My own words.');
  expect(status()).toBe('Copied your own apology.');
  await act(async () => button('Copy the organisation’s apology').click());
  expect(api.copy.mock.lastCall?.[0]).toMatch(/^We have deleted a post from @KingsfordGov/u);
  expect(status()).toBe('Copied the organisation’s apology.');

  const refused = fakeApi({ copies: false });
  await mount(refused.api);
  await act(async () => button('Copy your own apology').click());
  expect(status()).toBe('Could not copy. Select the text and copy it with Ctrl+C (⌘C on a Mac).');
});

it('exports the report as Markdown and JSON, says so, and records each export', async () => {
  const { api, events } = fakeApi();
  await mount(api);
  await type(byLabel('Notes for the review'), 'Reviewed on Monday.');
  await act(async () => button('Export report as Markdown').click());
  const [name, markdown, mime] = api.download.mock.calls[0] ?? [];
  expect(name).toMatch(/^postguard-incident-2026-11-21T\d\d-\d\d\.md$/u);
  expect(mime).toBe('text/markdown;charset=utf-8');
  expect(markdown).toContain('- Account: `@KingsfordGov` (corporate)');
  expect(markdown).toContain('Reviewed on Monday.');
  expect(
    document.querySelector('section[aria-labelledby="incident-report"] [role="status"]')
      ?.textContent,
  ).toBe(`Exported ${name}.`);
  await act(async () => button('Export report as JSON').click());
  const [jsonName, json] = api.download.mock.calls[1] ?? [];
  expect(jsonName).toMatch(/\.json$/u);
  expect(JSON.parse(json as string)).toMatchObject({
    incidentId: 'id-2',
    notes: 'Reviewed on Monday.',
  });
  expect(events.slice(1)).toEqual([
    { kind: 'incident-exported', incidentId: 'id-2', format: 'markdown' },
    { kind: 'incident-exported', incidentId: 'id-2', format: 'json' },
  ]);
});

it('starts a new incident only after a second, explicit press', async () => {
  const { api, events, state } = fakeApi();
  await mount(api);
  await act(async () => byLabel<HTMLInputElement>('Delete the post now').click());
  await act(async () => button('Start a new incident').click());
  expect(text()).toContain('This clears the ticked steps, the drafts and the notes on this page.');
  await act(async () => button('Keep this incident').click());
  expect(byLabel<HTMLInputElement>('Delete the post now').checked).toBe(true);

  await act(async () => button('Start a new incident').click());
  await act(async () => button('Clear this incident and begin again').click());
  await vi.waitFor(() =>
    expect(byLabel<HTMLInputElement>('Delete the post now').checked).toBe(false),
  );
  const id = (state.stored as StoredIncident).incident.id;
  expect(id).not.toBe('id-2');
  expect(events.at(-1)).toEqual({
    kind: 'incident-opened',
    incidentId: id,
    platform: 'x',
    account: '@KingsfordGov',
  });
  expect(document.activeElement?.id).toBe('incident-heading');
});

it('takes up changes another guide page saved, not its own', async () => {
  const { api, state, external } = fakeApi();
  await mount(api);
  const mine = state.stored as StoredIncident;
  const theirs = {
    writer: 'other-page',
    incident: {
      ...mine.incident,
      steps: { ...mine.incident.steps, monitor: '2026-11-21T10:40:00.000Z' },
    },
  };
  await act(async () => external(theirs));
  expect(byLabel<HTMLInputElement>('Watch the response').checked).toBe(true);
  await act(async () => external({ ...mine, incident: { ...mine.incident, notes: 'stale' } }));
  expect(byLabel<HTMLTextAreaElement>('Notes for the review').value).toBe('');
});

it('Facebook: links to a search for the shown name, and says why', async () => {
  const facebook = { ...released, platform: 'facebook', account: 'Kingsford Council' };
  const { api } = fakeApi({ entries: [facebook] });
  await mount(api);
  const link = [...document.querySelectorAll('a')].find(
    (a) => a.textContent === 'Search Facebook for “Kingsford Council”',
  );
  expect(link?.getAttribute('href')).toBe(
    'https://www.facebook.com/search/top/?q=Kingsford%20Council',
  );
  expect(link?.getAttribute('target')).toBe('_blank');
  expect(text()).toContain('Facebook shows only the account’s name, not its address');
});

it('in sombre-event mode, says no humour anywhere', async () => {
  const { api } = fakeApi({
    rules: {
      organization: 'Kingsford Council',
      sombre: { on: true, reason: 'Remembrance service' },
    },
  });
  await mount(api);
  expect(text()).toContain('Sombre-event mode is on (Remembrance service).');
  expect(text()).toContain('Sombre-event mode is on: no humour in any reply.');
  expect(text()).not.toContain('Answer with humour only if');
});
