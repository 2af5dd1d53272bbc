// The popup's view with a stand-in for the browser, for the popup's DOM tests: the English
// catalogue as i18n (every key the popup asks for is noted in `missing` when absent), a
// guarded tab's status, a stand-in for the popup's API, and mounting.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { readFileSync } from 'node:fs';
import { expect, vi } from 'vitest';
import { fakeBrowser } from '../fakes/browser';
import { Popup } from '../../src/popup/Popup';
import type { PopupApi, PopupData, RulesView } from '../../src/popup/api';
import type { TabStatus, UnsentHold } from '../../src/shared/messages';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };
const catalogue = JSON.parse(readFileSync('src/_locales/en/messages.json', 'utf8')) as Record<
  string,
  Entry
>;
export const missing = new Set<string>();
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

export const corporate: TabStatus = {
  platform: 'x',
  account: '@KingsfordGov',
  role: 'corporate',
  label: 'Council newsroom',
  health: { ok: true, problems: [] },
  sombre: { on: false, active: false },
  organization: 'Kingsford Council',
  locked: false,
};
export const rulesOf = (status: TabStatus): RulesView => ({
  organization: status.organization,
  locked: status.locked,
  hasRules: true,
  sombre: status.sombre,
});
export const guarded = (status: TabStatus): PopupData => ({
  tab: { kind: 'guarded', status },
  rules: rulesOf(status),
});

export function fakeApi(first: PopupData, overrides: Partial<PopupApi> = {}) {
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

export async function mount(api: PopupApi) {
  document.body.innerHTML = '<div id="app"></div>';
  await act(async () => {
    render(<Popup api={api} />, document.getElementById('app')!);
  });
  // Loaded: the loading line (main's own status) is gone.
  await vi.waitFor(() => expect(document.querySelector('main > [role="status"]')).toBeNull());
}

export const section = (name: string) => {
  const heading = [...document.querySelectorAll('h2')].find((h) => h.textContent === name);
  const region = heading?.closest('section');
  if (!region || region.getAttribute('aria-labelledby') !== heading?.id) {
    throw new Error(`no region named ${name}`);
  }
  return region.textContent ?? '';
};
export const sombreSwitch = () =>
  document.querySelector<HTMLInputElement>('input[type="checkbox"][role="switch"]');
export const labelOf = (input: HTMLInputElement) => input.closest('label')?.textContent;
