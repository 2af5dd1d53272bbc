// The rule editor's tone check settings: policy.toneCheck as a choice, and toneCheck.learn
// as a checkbox that, while the file leaves it out, shows what the engine does (learn unless
// the audit log keeps no text), and writes the section only once it is changed.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { readFileSync } from 'node:fs';
import { afterEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from '../fakes/browser';
import { parseRuleFile } from '../../src/core/rules/parse';
import type { RuleFile } from '../../src/core/rules/schema';
import { RuleEditor } from '../../src/options/editor/RuleEditor';

// Vitest runs from the repository root.
function example(name: string): RuleFile {
  const parsed = parseRuleFile(readFileSync(`docs/examples/${name}.json`, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.rules;
}

function mount(rules: RuleFile) {
  document.body.innerHTML = '<div id="app"></div>';
  act(() =>
    render(
      <RuleEditor rules={rules} locked={false} onSaved={vi.fn()} report={vi.fn()} />,
      document.getElementById('app')!,
    ),
  );
}

const byLabel = (label: string) => {
  const found = [...document.querySelectorAll('label')].find((l) => l.textContent === label);
  const input = document.getElementById(found?.htmlFor ?? '');
  if (!input) throw new Error(`no field labelled ${label}`);
  return input as HTMLInputElement & HTMLSelectElement;
};
const toneCheck = () => byLabel('Posts from work accounts that read like personal posts');
const learn = () =>
  byLabel('Learn each account’s usual style on this device (never sent anywhere)');
const saveButton = () =>
  [...document.querySelectorAll('button')].find((b) => b.textContent === 'Save rules')!;

afterEach(() => act(() => render(null, document.getElementById('app')!)));

it('shows the action, confirm by default, with the words of the other choices', () => {
  mount(example('kingsford-council'));
  expect(toneCheck().value).toBe('confirm');
  expect([...toneCheck().options].map((o) => o.value)).toEqual(['confirm', 'block', 'off']);
});

it('shows learning on, or off when the audit log keeps no text, while the file says nothing', () => {
  mount(example('kingsford-council'));
  expect(learn().checked).toBe(true);
  act(() => render(null, document.getElementById('app')!));
  mount(example('university-department'));
  expect(learn().checked).toBe(false);
});

it('saves the chosen action and toneCheck.learn', async () => {
  const rules = example('kingsford-council');
  const sendMessage = vi
    .spyOn(fakeBrowser.runtime, 'sendMessage')
    .mockResolvedValue({ ok: true, summary: {}, rules });
  mount(rules);
  act(() => {
    toneCheck().value = 'block';
    toneCheck().dispatchEvent(new Event('change', { bubbles: true }));
  });
  act(() => learn().click());
  expect(learn().checked).toBe(false);
  expect(saveButton().disabled).toBe(false);
  await act(async () => saveButton().click());
  expect(sendMessage).toHaveBeenCalledWith(
    expect.objectContaining({
      type: 'rules/save',
      rules: expect.objectContaining({
        policy: expect.objectContaining({ toneCheck: 'block' }),
        toneCheck: { learn: false },
      }),
    }),
  );
  sendMessage.mockRestore();
});
