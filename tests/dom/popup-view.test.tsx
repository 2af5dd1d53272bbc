// The popup's view with a stand-in for the browser: what it says for each kind
// of tab, that every string comes from the English catalogue, and how the
// sombre-event switch behaves (hidden when locked, refused switch reported).
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, expect, it, vi } from 'vitest';
import type { PopupData } from '../../src/popup/api';
import type { TabStatus, UnsentHold } from '../../src/shared/messages';
import {
  corporate,
  fakeApi,
  guarded,
  labelOf,
  missing,
  mount,
  rulesOf,
  section,
  sombreSwitch,
} from './popup-harness';

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
