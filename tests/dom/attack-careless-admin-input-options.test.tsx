// Attack: careless admin input, in the options page. The rule editor refuses
// an X handle X would not allow, next to its field, and warns (without
// refusing) about a name that mixes alphabets: a Cyrillic `о` pasted into the
// Facebook Page's name. An import that succeeds says the same warnings.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { readFileSync } from 'node:fs';
import { afterEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from '../fakes/browser';
import { parseRuleFile } from '../../src/core/rules/parse';
import { RuleEditor } from '../../src/options/editor/RuleEditor';
import { ImportExport } from '../../src/options/ImportExport';
import { button, byLabel, dialog, openEntry, type } from './editor-helpers';

const EXAMPLE = readFileSync('docs/examples/kingsford-council.json', 'utf8');
const parsed = parseRuleFile(EXAMPLE);
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));

const CYRILLIC_O = '\u043E';
const MIXED = `Kingsf${CYRILLIC_O}rd Council`;
const WARNING =
  'mixes Latin and Cyrillic letters; a look-alike letter from another alphabet (such as a Cyrillic о for a Latin o) makes a name miss the account the site shows';

afterEach(() => {
  act(() => render(null, document.getElementById('app')!));
  vi.restoreAllMocks();
});

function mount(node: preact.ComponentChild) {
  document.body.innerHTML = '<div id="app"></div>';
  act(() => render(node, document.getElementById('app')!));
}

const handleField = () => byLabel('Handle or shown name');

const warnings = () => [...document.querySelectorAll('.warnings li')].map((li) => li.textContent);

it('the editor refuses an X handle with a look-alike letter, next to its field', () => {
  const sendMessage = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
  mount(<RuleEditor rules={parsed.rules} locked={false} onSaved={vi.fn()} report={vi.fn()} />);
  openEntry('Edit Account 1: KingsfordGov');
  const handle = handleField();
  type(handle, `Kingsf${CYRILLIC_O}rdGov`);
  expect(handle.getAttribute('aria-invalid')).toBe('true');
  expect(document.getElementById(handle.getAttribute('aria-describedby')!)?.textContent).toBe(
    'is not an X handle: 1 to 15 letters A to Z, digits or _, with no spaces or other characters',
  );
  act(() => button('Save account').click());
  expect(dialog()).not.toBeNull();
  expect(sendMessage).not.toHaveBeenCalled();
});

it('the editor warns about a Facebook name that mixes Latin and Cyrillic, and still saves', async () => {
  const onSaved = vi.fn();
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({
    ok: true,
    summary: {},
    rules: parsed.rules,
  });
  mount(<RuleEditor rules={parsed.rules} locked={false} onSaved={onSaved} report={vi.fn()} />);
  expect(warnings()).toEqual([]);
  openEntry('Edit Account 4: Kingsford Council');
  type(handleField(), MIXED);
  // As it is typed, in the dialog…
  expect(warnings()).toEqual([`accounts[3].handle: ${WARNING}`]);
  expect(handleField().getAttribute('aria-invalid')).toBeNull();
  await act(async () => button('Save account').click());
  await vi.waitFor(() => expect(onSaved).toHaveBeenCalled());
  // …and under the accounts, once saved.
  expect(dialog()).toBeNull();
  expect(warnings()).toEqual([`accounts[3].handle: ${WARNING}`]);
  openEntry(`Edit Account 4: ${MIXED}`);
  type(handleField(), 'Kingsford Council');
  await act(async () => button('Save account').click());
  expect(warnings()).toEqual([]);
});

it('an import that succeeds warns about the names that mix alphabets', async () => {
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({
    ok: true,
    summary: { organization: 'Kingsford Council', accounts: 5 },
  });
  const report = vi.fn();
  mount(<ImportExport locked={false} onImported={() => {}} report={report} />);
  const text = EXAMPLE.replace('"aliases": ["kingsfordcouncil"]', `"aliases": ["${MIXED}"]`);
  const input = document.getElementById('import-rule-file') as HTMLInputElement;
  const file = new File([text], 'k.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await vi.waitFor(() => expect(report).toHaveBeenCalled());
  expect(report.mock.lastCall?.[0]).toEqual({
    kind: 'status',
    text: 'Imported k.json: rules of Kingsford Council, 5 accounts.',
    warnings: [`accounts[3].aliases[0]: ${WARNING}`],
  });
});
