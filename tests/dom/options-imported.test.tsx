// After an import the options page says how many accounts the file lists:
// "1 account", never "1 accounts".
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from '../fakes/browser';
import { ImportExport } from '../../src/options/ImportExport';

afterEach(() => {
  act(() => render(null, document.getElementById('app')!));
  vi.restoreAllMocks();
});

async function importWith(organization: string | null, accounts: number) {
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({
    ok: true,
    summary: { organization, accounts },
  });
  const report = vi.fn();
  document.body.innerHTML = '<div id="app"></div>';
  act(() =>
    render(
      <ImportExport locked={false} onImported={() => {}} report={report} />,
      document.getElementById('app')!,
    ),
  );
  const input = document.getElementById('import-rule-file') as HTMLInputElement;
  const file = new File(['{}'], 'k.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await vi.waitFor(() => expect(report).toHaveBeenCalled());
  return report.mock.lastCall?.[0] as { kind: string; text: string };
}

it.each([
  ['Kingsford Council', 1, 'Imported k.json: rules of Kingsford Council, 1 account.'],
  ['Kingsford Council', 5, 'Imported k.json: rules of Kingsford Council, 5 accounts.'],
  ['Kingsford Council', 0, 'Imported k.json: rules of Kingsford Council, 0 accounts.'],
  [null, 1, 'Imported k.json: rules of your organisation, 1 account.'],
  [null, 2, 'Imported k.json: rules of your organisation, 2 accounts.'],
])('%s, %i accounts', async (organization, accounts, text) => {
  expect(await importWith(organization, accounts)).toEqual({ kind: 'status', text });
});
