// Finding and using the rule editor's parts as a person does, by their names (not a test
// file itself): options-editor*.test.tsx and the careless admin input tests share them.
import { act } from 'preact/test-utils';

/** The field labelled `label` (the `index`-th of that name). */
export function byLabel(label: string, index = 0) {
  const labels = [...document.querySelectorAll('label')].filter((l) => l.textContent === label);
  const input = document.getElementById(labels[index]?.htmlFor ?? '');
  if (!input) throw new Error(`no field labelled ${label} #${index}`);
  return input as HTMLInputElement & HTMLSelectElement;
}

/** Types `value` into `input` as one input event, as the browser reports a paste. */
export function type(input: HTMLInputElement, value: string) {
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** The button whose accessible name (aria-label, else its text) is `name`. */
export function button(name: string): HTMLButtonElement {
  const found = [...document.querySelectorAll('button')].find(
    (b) => (b.getAttribute('aria-label') ?? b.textContent) === name,
  );
  if (!found) throw new Error(`no button named ${name}`);
  return found;
}

export const saveRulesButton = () => button('Save rules');

/** The open entry dialog, if any. */
export const dialog = () => document.querySelector<HTMLDialogElement>('dialog[open]');

/** Clicks the Edit button named `name` (e.g. "Edit Account 2: jane_kingsford"). */
export function openEntry(name: string) {
  act(() => button(name).click());
  if (!dialog()) throw new Error(`${name} opened no dialog`);
}

/** The table captioned `caption`. */
export function table(caption: string): HTMLTableElement {
  const found = [...document.querySelectorAll('table')].find(
    (t) => t.caption?.textContent === caption,
  );
  if (!found) throw new Error(`no table captioned ${caption}`);
  return found;
}

/** The text of each cell of each row the table shows (not the rows of an entry's problems). */
export function rowsOf(caption: string): string[][] {
  return [...table(caption).querySelectorAll('tbody tr:not(.row-problems)')].map((row) =>
    [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? ''),
  );
}
