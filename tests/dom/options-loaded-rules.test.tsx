// The options page asks the worker for the rules again only when they are not the ones it
// shows: another page's save is fetched and shown anew; the storage event of the page's
// own save, even when it comes before the save's answer, is not (the editor keeps its place).
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from '../fakes/browser';
import { ownWrite, useLoadedRules, type Loaded } from '../../src/options/loaded-rules';
import { RULES_KEY } from '../../src/shared/storage-keys';

let shown: Loaded | null = null;
let hook: ReturnType<typeof useLoadedRules>;
type Saved = { ok: true; summary: ReturnType<typeof summary> };
let gets = 0;
let savedAtInForce = '2026-12-04T10:00:00.000Z';

function Probe() {
  hook = useLoadedRules();
  shown = hook.loaded;
  return null;
}

const summary = (savedAt: string) => ({
  organization: 'Kingsford Council',
  accounts: 0,
  bannedTerms: 0,
  source: 'import',
  savedAt,
  locked: false,
  problems: [],
});
const rules = { format: 'postguard-rules', version: 1, accounts: [] };

beforeEach(async () => {
  gets = 0;
  const runtime = fakeBrowser.runtime as { sendMessage(message: unknown): Promise<unknown> };
  vi.spyOn(runtime, 'sendMessage').mockImplementation(async (message) => {
    if ((message as { type: string }).type !== 'rules/get') return { ok: true };
    gets++;
    return { ok: true, summary: summary(savedAtInForce), rules };
  });
  document.body.innerHTML = '<div id="app"></div>';
  act(() => render(<Probe />, document.getElementById('app')!));
  await vi.waitFor(() => expect(shown).not.toBeNull());
});

afterEach(() => {
  act(() => render(null, document.getElementById('app')!));
  vi.restoreAllMocks();
});

/** The rules another page saved, as storage announces them. */
async function savedElsewhere(savedAt: string) {
  savedAtInForce = savedAt;
  await act(async () => {
    await fakeBrowser.storage.local.set({ [RULES_KEY]: { savedAt, rulesText: '{}' } });
  });
}

it('fetches and shows anew the rules another page saved', async () => {
  expect(gets).toBe(1);
  const revision = shown!.revision;
  await savedElsewhere('2026-12-04T10:05:00.000Z');
  await vi.waitFor(() => expect(shown!.revision).toBe(revision + 1));
  expect(gets).toBe(2);
});

it('does not fetch its own save again, though its storage event comes first', async () => {
  const revision = shown!.revision;
  const mine = '2026-12-04T10:10:00.000Z';
  let answer!: (value: Saved) => void;
  const saving = ownWrite(new Promise<Saved>((resolve) => (answer = resolve)));
  await savedElsewhere(mine); // the worker's write, announced before its answer
  answer({ ok: true, summary: summary(mine) });
  const response = await saving;
  act(() => hook.saved(response.summary, rules as never));
  await act(async () => new Promise((resolve) => setTimeout(resolve, 10)));
  expect(gets).toBe(1);
  expect(shown!.revision).toBe(revision);
  expect(shown!.summary.savedAt).toBe(mine);
});

it('fetches once more when another page saved while its own save was on its way', async () => {
  const mine = '2026-12-04T10:20:00.000Z';
  let answer!: (value: Saved) => void;
  const saving = ownWrite(new Promise<Saved>((resolve) => (answer = resolve)));
  await savedElsewhere(mine);
  await savedElsewhere('2026-12-04T10:20:01.000Z'); // someone else's, just after
  answer({ ok: true, summary: summary(mine) });
  const response = await saving;
  act(() => hook.saved(response.summary, rules as never));
  await vi.waitFor(() => expect(gets).toBe(2));
  await vi.waitFor(() => expect(shown!.summary.savedAt).toBe('2026-12-04T10:20:01.000Z'));
});
