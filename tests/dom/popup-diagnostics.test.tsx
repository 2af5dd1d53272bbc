// The popup when the tab's compose box is missing a part (ui-contract.md): it
// says which, and `Copy diagnostics` puts the tab's report on the clipboard,
// saying "Copied" or why not in a status region.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { Popup } from '../../src/popup/Popup';
import type { PopupApi, PopupData } from '../../src/popup/api';
import type { GuardProblem, TabStatus } from '../../src/shared/messages';

const REPORT = '## Postguard diagnostics\n\n```json\n{ "site": "x" }\n```\n';

const status = (problems: GuardProblem[], account: string | null = null): TabStatus => ({
  platform: 'x',
  account,
  role: account ? 'corporate' : 'unknown',
  ...(account ? {} : { unknownReason: 'The page shows two different accounts as the active one.' }),
  health: { ok: problems.length === 0, problems },
  sombre: { on: false, active: false },
  organization: 'Kingsford Council',
  locked: false,
});

function fakeApi(tab: TabStatus, diagnostics: PopupApi['diagnostics']): PopupApi {
  const data: PopupData = {
    tab: { kind: 'guarded', status: tab },
    rules: { organization: null, locked: false, hasRules: true, sombre: tab.sombre },
  };
  return {
    findTab: async () => ({ kind: 'tab', id: 3, url: 'https://x.com/home' }),
    describe: async () => data,
    setSombre: async () => ({ ok: true }),
    openIncident: async () => undefined,
    openWelcome: async () => undefined,
    watch: () => () => undefined,
    isToolbarPopup: async () => false,
    unsentHolds: async () => ({ holds: [], damaged: false }),
    dismissHolds: async () => undefined,
    diagnostics,
  };
}

const writeText = vi.fn(async (_text: string) => undefined);
beforeEach(() => {
  writeText.mockReset();
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
});
afterEach(() => render(null, document.getElementById('app')!));

async function mount(api: PopupApi) {
  document.body.innerHTML = '<div id="app"></div>';
  await act(async () => {
    render(<Popup api={api} />, document.getElementById('app')!);
  });
  await vi.waitFor(() => expect(document.body.textContent).not.toContain('Looking at this tab'));
}

const copyButton = () =>
  [...document.querySelectorAll('button')].find((b) => b.textContent === 'Copy diagnostics');
const problems = () => [...document.querySelectorAll('dd.problem li')].map((li) => li.textContent);
const said = () => copyButton()?.parentElement?.querySelector('[role="status"]')?.textContent;

it('says the send button is missing, and copies the tab’s report', async () => {
  const diagnostics = vi.fn(async () => ({ ok: true as const, report: REPORT }));
  await mount(fakeApi(status([{ code: 'send-control-missing' }], '@KingsfordGov'), diagnostics));
  expect(problems()).toEqual([
    "The compose box's send button could not be found: a post sent with it may not be checked.",
  ]);
  expect(said()).toBe('');
  await act(async () => copyButton()!.click());
  await vi.waitFor(() => expect(said()).toBe('Copied'));
  expect(diagnostics).toHaveBeenCalledWith({ kind: 'tab', id: 3, url: 'https://x.com/home' });
  expect(writeText).toHaveBeenCalledWith(REPORT);
});

it('says the account cannot be read, and why, in the site problem’s words', async () => {
  const diagnostics = vi.fn(async () => ({ ok: true as const, report: REPORT }));
  await mount(fakeApi(status([{ code: 'accounts-disagree' }]), diagnostics));
  expect(problems()).toEqual([
    'Which account posts from the open compose box cannot be read: The page shows two different accounts as the active one.',
  ]);
  expect(copyButton()).toBeDefined();
});

it('says why nothing was copied: no answer from the tab, or a clipboard refusal', async () => {
  const failing = vi.fn(async () => ({
    ok: false as const,
    errors: ['(root): no Postguard guard answered in this tab'],
  }));
  await mount(fakeApi(status([{ code: 'send-control-missing' }]), failing));
  await act(async () => copyButton()!.click());
  await vi.waitFor(() =>
    expect(said()).toBe('Could not copy the diagnostics: no Postguard guard answered in this tab'),
  );
  expect(writeText).not.toHaveBeenCalled();

  writeText.mockRejectedValueOnce(new Error('Document is not focused.'));
  const answering = vi.fn(async () => ({ ok: true as const, report: REPORT }));
  await mount(fakeApi(status([{ code: 'send-control-missing' }]), answering));
  await act(async () => copyButton()!.click());
  await vi.waitFor(() =>
    expect(said()).toBe('Could not copy the diagnostics: Document is not focused.'),
  );
});

it('offers no diagnostics when the page is fine or only the rules need attention', async () => {
  const diagnostics = vi.fn(async () => ({ ok: true as const, report: REPORT }));
  await mount(fakeApi(status([], '@KingsfordGov'), diagnostics));
  expect(copyButton()).toBeUndefined();
  await mount(fakeApi(status([{ code: 'no-rules' }], '@KingsfordGov'), diagnostics));
  expect(problems()).toHaveLength(1);
  expect(copyButton()).toBeUndefined();
});
