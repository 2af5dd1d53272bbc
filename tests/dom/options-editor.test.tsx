// The options page's rule editor: checked as you type with the rule file
// schema, each error next to its field, nothing saved while invalid.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { readFileSync } from 'node:fs';
import { afterEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from '../fakes/browser';
import { parseRuleFile } from '../../src/core/rules/parse';
import { RuleEditor } from '../../src/options/editor/RuleEditor';

// Vitest runs from the repository root.
const parsed = parseRuleFile(readFileSync('docs/examples/kingsford-council.json', 'utf8'));
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const rules = parsed.rules;

const report = vi.fn();

function mount(locked = false) {
  const onSaved = vi.fn();
  report.mockReset();
  document.body.innerHTML = '<div id="app"></div>';
  act(() =>
    render(
      <RuleEditor rules={rules} locked={locked} onSaved={onSaved} report={report} />,
      document.getElementById('app')!,
    ),
  );
  return onSaved;
}

const byLabel = (label: string, index = 0) => {
  const labels = [...document.querySelectorAll('label')].filter((l) => l.textContent === label);
  const input = document.getElementById(labels[index]?.htmlFor ?? '');
  if (!input) throw new Error(`no field labelled ${label} #${index}`);
  return input as HTMLInputElement;
};

function type(input: HTMLInputElement, value: string) {
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

const saveButton = () =>
  [...document.querySelectorAll('button')].find((b) => b.textContent === 'Save rules')!;

afterEach(() => act(() => render(null, document.getElementById('app')!)));

it('shows the rules in force in the fields', () => {
  mount();
  expect(byLabel('Organisation').value).toBe('Kingsford Council');
  expect(byLabel('Handle or shown name', 0).value).toBe('KingsfordGov');
});

it('marks an emptied handle as an error next to its field and keeps Save disabled', () => {
  mount();
  const handle = byLabel('Handle or shown name', 0);
  type(handle, '');
  expect(handle.getAttribute('aria-invalid')).toBe('true');
  const error = document.getElementById(handle.getAttribute('aria-describedby')!);
  expect(error?.textContent).toMatch(/./);
  expect(saveButton().disabled).toBe(true);
});

it('reports a handle listed twice at the second one', () => {
  mount();
  type(byLabel('Handle or shown name', 1), '@kingsfordgov');
  const second = byLabel('Handle or shown name', 1);
  expect(second.getAttribute('aria-invalid')).toBe('true');
  expect(document.getElementById(second.getAttribute('aria-describedby')!)?.textContent).toContain(
    'already listed at accounts[0].handle',
  );
});

it('says each problem in the browser’s language, the place in the file as it is', () => {
  // A stand-in language: every rule file message shows its key and substitutions.
  const english = fakeBrowser.i18n.getMessage;
  const getMessage = vi
    .spyOn(fakeBrowser.i18n, 'getMessage')
    .mockImplementation((key: string, subs?: string | string[]) =>
      key.startsWith('rules_')
        ? `«${key}: ${[subs ?? []].flat().join(' | ')}»`
        : english(key, subs),
    );
  mount();
  type(byLabel('Handle or shown name', 1), '@kingsfordgov');
  const second = byLabel('Handle or shown name', 1);
  expect(document.getElementById(second.getAttribute('aria-describedby')!)?.textContent).toBe(
    '«rules_duplicate_account: X | @kingsfordgov | accounts[0].handle»',
  );
  expect(document.querySelector('.problems li')?.textContent).toBe(
    'accounts[1].handle: «rules_duplicate_account: X | @kingsfordgov | accounts[0].handle»',
  );
  getMessage.mockRestore();
});

it('saves a valid change through the worker with the edited rules', async () => {
  const sendMessage = vi
    .spyOn(fakeBrowser.runtime, 'sendMessage')
    .mockResolvedValue({ ok: true, summary: {}, rules });
  const onSaved = mount();
  type(byLabel('Organisation'), 'Kingsford Borough Council');
  expect(saveButton().disabled).toBe(false);
  await act(async () => saveButton().click());
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
  sendMessage.mockRestore();
});

it('is read-only, saying who manages the rules, when they are locked', () => {
  mount(true);
  expect(document.body.textContent).toContain('Your organisation manages these rules');
  expect(byLabel('Organisation').disabled).toBe(true);
  expect([...document.querySelectorAll('button')].map((b) => b.textContent)).not.toContain(
    'Save rules',
  );
});
