// The popup's view with a stand-in for the browser: what it says for each kind
// of tab, that every string comes from the English catalogue, and how the
// sombre-event switch behaves (hidden when locked, refused switch reported).
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { readFileSync } from 'node:fs';
import { afterEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from '../fakes/browser';
import { Popup } from '../../src/popup/Popup';
import type { PopupApi, PopupData, RulesView } from '../../src/popup/api';
import type { TabStatus, UnsentHold } from '../../src/shared/messages';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };
const catalogue = JSON.parse(readFileSync('src/_locales/en/messages.json', 'utf8')) as Record<
  string,
  Entry
>;
const missing = new Set<string>();
function getMessage(key: string, substitutions?: string | string[]): string {
  const entry = catalogue[key];
  if (!entry) {
    missing.add(key);
    return '';
  }
  const subs = substitutions === undefined ? [] : [substitutions].flat();
  return entry.message
    .replace(/\$([A-Za-z0-9_]+)\$/g, (all, name: string) => {
      return entry.placeholders?.[name.toLowerCase()]?.content ?? all;
    })
    .replace(/\$(\d)/g, (_all, n: string) => subs[Number(n) - 1] ?? '');
}
Object.assign(fakeBrowser, { i18n: { getMessage } });

const corporate: TabStatus = {
  platform: 'x',
  account: '@KingsfordGov',
  role: 'corporate',
  label: 'Council newsroom',
  health: { ok: true, problems: [] },
  sombre: { on: false, active: false },
  organization: 'Kingsford Council',
  locked: false,
};
const rulesOf = (status: TabStatus): RulesView => ({
  organization: status.organization,
  locked: status.locked,
  hasRules: true,
  sombre: status.sombre,
});
const guarded = (status: TabStatus): PopupData => ({
  tab: { kind: 'guarded', status },
  rules: rulesOf(status),
});

function fakeApi(first: PopupData, overrides: Partial<PopupApi> = {}) {
  let current = first;
  const api = {
    findTab: vi.fn(async () => ({ kind: 'tab' as const, id: 3, url: 'https://x.com/home' })),
    describe: vi.fn(async () => current),
    setSombre: vi.fn(async (active: boolean) => {
      if (current.tab.kind === 'guarded') {
        const status = { ...current.tab.status, sombre: { on: active, active } };
        current = guarded(status);
      }
      return { ok: true as const };
    }),
    openIncident: vi.fn(async () => undefined),
    openWelcome: vi.fn(async () => undefined),
    watch: vi.fn(() => () => undefined),
    isToolbarPopup: vi.fn(async () => false),
    unsentHolds: vi.fn(async () => ({ holds: [] as UnsentHold[], damaged: false })),
    dismissHolds: vi.fn(async () => undefined),
    diagnostics: vi.fn(async () => ({ ok: true as const, report: '## Postguard diagnostics' })),
    ...overrides,
  };
  return { api, change: (next: PopupData) => (current = next) };
}

async function mount(api: PopupApi) {
  document.body.innerHTML = '<div id="app"></div>';
  await act(async () => {
    render(<Popup api={api} />, document.getElementById('app')!);
  });
  // Loaded: the loading line (main's own status) is gone.
  await vi.waitFor(() => expect(document.querySelector('main > [role="status"]')).toBeNull());
}

const section = (name: string) => {
  const heading = [...document.querySelectorAll('h2')].find((h) => h.textContent === name);
  const region = heading?.closest('section');
  if (!region || region.getAttribute('aria-labelledby') !== heading?.id) {
    throw new Error(`no region named ${name}`);
  }
  return region.textContent ?? '';
};
const sombreSwitch = () =>
  document.querySelector<HTMLInputElement>('input[type="checkbox"][role="switch"]');
const labelOf = (input: HTMLInputElement) => input.closest('label')?.textContent;

afterEach(() => {
  render(null, document.getElementById('app')!);
  expect([...missing]).toEqual([]); // every string the popup showed is in the catalogue
});

it('shows the site, the account with its role and label, the guard and the rules', async () => {
  await mount(fakeApi(guarded(corporate)).api);
  expect(section('This tab')).toBe(
    'This tabSiteXPosting as@KingsfordGov · corporateCouncil newsroomGuardWorking',
  );
  expect(section('Rules in force')).toContain('OrganisationKingsford Council');
  expect(labelOf(sombreSwitch()!)).toBe('Sombre-event mode');
  expect(sombreSwitch()!.checked).toBe(false);
  expect(document.getElementById('pg-sombre-state')?.textContent).toBe('Off');
  expect(document.querySelector('button')?.textContent).toBe('I posted to the wrong account');
});

it('says the account cannot be detected, and why', async () => {
  const hidden: TabStatus = {
    ...corporate,
    account: null,
    role: 'unknown',
    unknownReason: 'the account switcher is not on the page.',
  };
  delete hidden.label;
  await mount(fakeApi(guarded(hidden)).api);
  expect(section('This tab')).toContain(
    'The account cannot be detectedWhy: the account switcher is not on the page.',
  );
});

it('lists the guard’s problems', async () => {
  const troubled: TabStatus = {
    ...corporate,
    health: {
      ok: false,
      problems: [{ code: 'no-rules' }, { code: 'page-unreadable', detail: 'the markup changed' }],
    },
  };
  await mount(fakeApi(guarded(troubled)).api);
  const items = [...document.querySelectorAll('dd.problem li')].map((li) => li.textContent);
  expect(items).toEqual([
    'No rules are set yet: see the ways to start below.',
    'Postguard could not read this page (the markup changed). Posts are still checked, as from an unknown account.',
  ]);
  expect(section('This tab')).toContain('GuardNeeds attention');
});

it('with no rules: guesses no role, and offers the three ways in, each opening the welcome page there', async () => {
  const personal: TabStatus = {
    ...corporate,
    account: '@janedoe_fun',
    role: 'personal',
    health: { ok: false, problems: [{ code: 'no-rules' }] },
    organization: null,
  };
  delete personal.label;
  const { api } = fakeApi({
    tab: { kind: 'guarded', status: personal },
    rules: { ...rulesOf(personal), hasRules: false },
  });
  await mount(api);
  const account = document.querySelector('dd.role');
  expect(account?.textContent).toBe('@janedoe_fun · no rules set');
  expect(account?.className).toBe('role unknown');
  expect(section('Rules in force')).toContain(
    'No rules are set yet: Postguard cannot tell your work accounts from your personal ones. Choose how to start:',
  );
  const ways = [...document.querySelectorAll<HTMLButtonElement>('.ways button')];
  expect(ways.map((b) => b.textContent)).toEqual([
    'Import my organisation’s rule file',
    'Set up my own accounts',
    'My organisation manages this',
  ]);
  for (const button of ways) await act(async () => button.click());
  expect(vi.mocked(api.openWelcome).mock.calls).toEqual([['import'], ['accounts'], ['managed']]);
});

it('offers no ways in while rules are in force, nor when locked rules are coming', async () => {
  await mount(fakeApi(guarded(corporate)).api);
  expect(document.querySelector('.ways')).toBeNull();
  const lockedNone: PopupData = {
    tab: { kind: 'no-tab' },
    rules: { ...rulesOf(corporate), hasRules: false, locked: true },
  };
  await mount(fakeApi(lockedNone).api);
  expect(document.querySelector('.ways')).toBeNull();
});

it('on other sites, says which sites Postguard guards; without a tab, how to open it', async () => {
  const rules = rulesOf(corporate);
  await mount(fakeApi({ tab: { kind: 'not-guarded' }, rules }).api);
  expect(section('This tab')).toBe(
    'This tabPostguard guards X, Facebook, LinkedIn, Bluesky and the Mastodon servers allowed in its options only. This tab is none of them.',
  );
  expect(section('Rules in force')).toContain('Kingsford Council');

  await mount(fakeApi({ tab: { kind: 'not-running' }, rules }).api);
  expect(section('This tab')).toContain(
    'Postguard is not running in this tab yet. Reload the page to guard it.',
  );

  await mount(fakeApi({ tab: { kind: 'no-tab' }, rules }).api);
  expect(section('This tab')).toContain('Open Postguard from its toolbar button');
});

it('switches sombre-event mode and shows it on once the tab has it', async () => {
  const { api } = fakeApi(guarded({ ...corporate, sombre: { on: false, active: false } }));
  await mount(api);
  await act(async () => sombreSwitch()!.click());
  expect(api.setSombre).toHaveBeenCalledWith(true);
  await vi.waitFor(() => expect(sombreSwitch()!.checked).toBe(true));
  expect(document.getElementById('pg-sombre-state')?.textContent).toBe('On');
  expect(document.querySelector('[role="alert"]')).toBeNull();
});

it('reports a refused switch and leaves it as it was', async () => {
  const { api } = fakeApi(guarded(corporate), {
    setSombre: vi.fn(async () => ({
      ok: false as const,
      errors: ['(root): import your organisation’s rule file first'],
    })),
  });
  await mount(api);
  await act(async () => sombreSwitch()!.click());
  await vi.waitFor(() => expect(document.querySelector('[role="alert"]')).not.toBeNull());
  expect(document.querySelector('[role="alert"]')?.textContent).toBe(
    'Sombre-event mode was not changed:import your organisation’s rule file first',
  );
  expect(sombreSwitch()!.checked).toBe(false);
});

it('has no switch while the rules are locked, and says who manages them', async () => {
  const locked: TabStatus = {
    ...corporate,
    locked: true,
    sombre: { on: true, reason: 'Remembrance service', active: true },
  };
  await mount(fakeApi(guarded(locked)).api);
  expect(sombreSwitch()).toBeNull();
  expect(document.querySelector('input')).toBeNull();
  expect(section('Rules in force')).toContain(
    'Your organisation manages these rules; they cannot be changed here.',
  );
  expect(section('Rules in force')).toContain('Sombre-event mode: On: Remembrance service');
});

it('explains a sombre event that is on by schedule while the switch is off', async () => {
  const scheduled = {
    ...corporate,
    sombre: { on: true, reason: 'Remembrance service', active: false },
  };
  await mount(fakeApi(guarded(scheduled)).api);
  expect(sombreSwitch()!.checked).toBe(false);
  expect(document.getElementById('pg-sombre-state')?.textContent).toBe(
    'On: Remembrance service (a scheduled event in the rule file; the switch does not end it)',
  );
});

it('follows the tab: a reported change is shown without reopening', async () => {
  let notify = () => {};
  const { api, change } = fakeApi(guarded(corporate), {
    watch: vi.fn((_target, onChange: () => void) => {
      notify = onChange;
      return () => undefined;
    }),
  });
  await mount(api);
  change(guarded({ ...corporate, account: '@janedoe_fun', role: 'personal' }));
  await act(async () => notify());
  await vi.waitFor(() => expect(section('This tab')).toContain('@janedoe_fun · personal'));
});

it('opens the incident guide', async () => {
  const { api } = fakeApi(guarded(corporate));
  await mount(api);
  await act(async () => document.querySelector<HTMLButtonElement>('button.incident')!.click());
  expect(api.openIncident).toHaveBeenCalledOnce();
});

it('says which held posts never went out, until dismissed', async () => {
  const holds: UnsentHold[] = [
    {
      holdId: 'h1',
      platform: 'x',
      account: '@KingsfordGov',
      at: '2026-11-21T10:32:05.000Z',
      page: 'https://x.com/home',
      why: 'page-left',
    },
  ];
  const { api } = fakeApi(guarded(corporate), {
    unsentHolds: vi.fn(async () => ({ holds, damaged: false })),
  });
  await mount(api);
  await vi.waitFor(() => expect(section('Not sent')).toContain('@KingsfordGov on X'));
  expect(document.querySelector('[role="alert"]')?.textContent).toMatch(
    /was not sent: the page was left or reloaded during its countdown/,
  );
  const dismiss = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Dismiss');
  await act(async () => dismiss!.click());
  expect(api.dismissHolds).toHaveBeenCalledWith(['h1']);
  expect(document.body.textContent).not.toContain('Not sent');
});
