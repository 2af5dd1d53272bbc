// The options page's rule editor: checked as you type with the rule file
// schema, each error next to its field, nothing saved while invalid. Accounts
// and banned terms are tables; an entry opens in a dialog whose Save saves the rules.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { readFileSync } from 'node:fs';
import { afterEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from '../fakes/browser';
import { parseRuleFile } from '../../src/core/rules/parse';
import type { RuleFile } from '../../src/core/rules/schema';
import { RuleEditor } from '../../src/options/editor/RuleEditor';
import {
  button,
  byLabel,
  dialog,
  openEntry,
  rowsOf,
  saveRulesButton,
  type,
} from './editor-helpers';

// Vitest runs from the repository root.
const parsed = parseRuleFile(readFileSync('docs/examples/kingsford-council.json', 'utf8'));
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const rules = parsed.rules;

const report = vi.fn();

function mount(locked = false, withRules: RuleFile = rules) {
  const onSaved = vi.fn();
  report.mockReset();
  document.body.innerHTML = '<div id="app"></div>';
  act(() =>
    render(
      <RuleEditor rules={withRules} locked={locked} onSaved={onSaved} report={report} />,
      document.getElementById('app')!,
    ),
  );
  return onSaved;
}

/** The worker's answer to a save: the rules as sent. */
function workerSaves() {
  const runtime = fakeBrowser.runtime as { sendMessage(message: unknown): Promise<unknown> };
  return vi.spyOn(runtime, 'sendMessage').mockImplementation(async (message: unknown) => ({
    ok: true,
    summary: {},
    rules: (message as { rules: unknown }).rules,
  }));
}

/** The last message sent to the worker. */
const lastSent = (spy: ReturnType<typeof workerSaves>) =>
  (spy.mock.lastCall as unknown[] | undefined)?.[0] as { type: string; rules: RuleFile };

afterEach(() => {
  act(() => render(null, document.getElementById('app')!));
  vi.restoreAllMocks();
});

it('shows the rules in force: the fields, and a row per account and term', () => {
  mount();
  expect(byLabel('Organisation').value).toBe('Kingsford Council');
  expect(rowsOf('Accounts')).toHaveLength(9);
  expect(rowsOf('Accounts')[0]).toEqual([
    '1',
    'x',
    'KingsfordGov',
    'corporate',
    'Council newsroom',
    '',
    'Edit',
  ]);
  expect(rowsOf('Banned terms').map((row) => row[1])).toEqual(['bomb', '#nomorecuts', 'drive*']);
  openEntry('Edit Account 1: KingsfordGov');
  expect(byLabel('Handle or shown name').value).toBe('KingsfordGov');
});

it('marks an emptied handle as an error next to its field, and Save keeps the dialog open', () => {
  const sendMessage = workerSaves();
  mount();
  openEntry('Edit Account 1: KingsfordGov');
  const handle = byLabel('Handle or shown name');
  type(handle, '');
  expect(handle.getAttribute('aria-invalid')).toBe('true');
  const error = document.getElementById(handle.getAttribute('aria-describedby')!);
  expect(error?.textContent).toMatch(/./);
  act(() => button('Save account').click());
  expect(dialog()).not.toBeNull();
  expect(dialog()!.textContent).toContain('Fix the problems shown above to save.');
  expect(byLabel('Handle or shown name').value).toBe(''); // what was typed stays
  expect(document.activeElement).toBe(byLabel('Handle or shown name'));
  expect(sendMessage).not.toHaveBeenCalled();
  expect(saveRulesButton().disabled).toBe(true);
});

it('reports a handle another account has, as it is typed', () => {
  mount();
  openEntry('Edit Account 2: jane_kingsford');
  type(byLabel('Handle or shown name'), '@kingsfordgov');
  const second = byLabel('Handle or shown name');
  expect(second.getAttribute('aria-invalid')).toBe('true');
  expect(document.getElementById(second.getAttribute('aria-describedby')!)?.textContent).toContain(
    'already listed at accounts[0].handle',
  );
});

it('says each problem in the browser’s language, the place in the file as it is', () => {
  // A stand-in language: every rule file message shows its key and substitutions.
  const english = fakeBrowser.i18n.getMessage;
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(
    (key: string, subs?: string | string[]) =>
      key.startsWith('rules_')
        ? `«${key}: ${[subs ?? []].flat().join(' | ')}»`
        : english(key, subs),
  );
  mount();
  openEntry('Edit Account 2: jane_kingsford');
  type(byLabel('Handle or shown name'), '@kingsfordgov');
  const second = byLabel('Handle or shown name');
  expect(document.getElementById(second.getAttribute('aria-describedby')!)?.textContent).toBe(
    '«rules_duplicate_account: X | @kingsfordgov | accounts[0].handle»',
  );
  act(() => button('Cancel').click());
  type(byLabel('Send delay for corporate posts, in seconds (0–60)'), '99');
  expect(document.querySelector('.problems li')?.textContent).toMatch(
    /^policy\.sendDelaySeconds: «rules_/,
  );
});

it('saves a valid change of a field through the worker with the edited rules', async () => {
  const sendMessage = workerSaves();
  const onSaved = mount();
  type(byLabel('Organisation'), 'Kingsford Borough Council');
  expect(saveRulesButton().disabled).toBe(false);
  await act(async () => saveRulesButton().click());
  await vi.waitFor(() => expect(onSaved).toHaveBeenCalled());
  expect(sendMessage).toHaveBeenCalledWith(
    expect.objectContaining({
      type: 'rules/save',
      rules: expect.objectContaining({ organization: 'Kingsford Borough Council' }),
    }),
  );
  expect(onSaved).toHaveBeenCalled();
  await act(async () => {});
  expect(report).toHaveBeenLastCalledWith({
    kind: 'status',
    text: expect.stringContaining('Saved'),
  });
});

it('saves a term edited in its dialog, gives the focus back to its Edit button', async () => {
  const sendMessage = workerSaves();
  const onSaved = mount();
  const opener = button('Edit Banned term 2: #nomorecuts');
  opener.focus(); // as a keyboard, or a click in most browsers, leaves it
  openEntry('Edit Banned term 2: #nomorecuts');
  type(byLabel('Word, phrase or #hashtag'), '#savethelibrary');
  await act(async () => button('Save banned term').click());
  await vi.waitFor(() => expect(onSaved).toHaveBeenCalled());
  expect(dialog()).toBeNull();
  const sent = lastSent(sendMessage);
  expect(sent.type).toBe('rules/save');
  expect(sent.rules.bannedTerms.map((b) => b.term)).toEqual(['bomb', '#savethelibrary', 'drive*']);
  expect(sent.rules.bannedTerms[1]?.note).toBe('campaign slogan: not ours to use');
  expect(onSaved).toHaveBeenCalled();
  expect(rowsOf('Banned terms')[1]?.[1]).toBe('#savethelibrary');
  expect(document.activeElement).toBe(opener);
});

it('adds and removes entries, each saved at once; Cancel changes nothing', async () => {
  const sendMessage = workerSaves();
  mount();
  act(() => button('Add banned term').click());
  expect(dialog()?.querySelector('h3')?.textContent).toBe('New banned term');
  expect(byLabel('Word, phrase or #hashtag').getAttribute('aria-invalid')).toBeNull();
  type(byLabel('Word, phrase or #hashtag'), 'embargo');
  await act(async () => button('Save banned term').click());
  expect(rowsOf('Banned terms').map((row) => row[1])).toEqual([
    'bomb',
    '#nomorecuts',
    'drive*',
    'embargo',
  ]);

  openEntry('Edit Account 3: janedoe_fun');
  type(byLabel('Handle or shown name'), 'someone_else');
  act(() => button('Cancel').click());
  expect(rowsOf('Accounts')[2]?.[2]).toBe('janedoe_fun');

  openEntry('Edit Account 3: janedoe_fun');
  await act(async () => button('Remove Account 3: janedoe_fun').click());
  expect(rowsOf('Accounts')).toHaveLength(8);
  const sent = lastSent(sendMessage);
  expect(sent.rules.accounts.map((a) => a.handle)).not.toContain('janedoe_fun');
  expect(sent.rules.bannedTerms.map((b) => b.term)).toContain('embargo');
});

it('is read-only, saying who manages the rules, when they are locked', () => {
  mount(true);
  expect(document.body.textContent).toContain('Your organisation manages these rules');
  expect(byLabel('Organisation').disabled).toBe(true);
  const names = [...document.querySelectorAll('button')].map((b) => b.textContent);
  expect(names).not.toContain('Save rules');
  expect(names).not.toContain('Edit');
  expect(names).not.toContain('Add account');
  expect(rowsOf('Accounts')).toHaveLength(9);
});
