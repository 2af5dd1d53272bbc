/** @jsxImportSource react */
// The send delay in jsdom, with a mocked clock: a corporate post waits for its
// countdown, goes out exactly once at the end, and never goes when the page is
// left. Undo needs a person's (trusted) click, covered in e2e; here a script's
// click on Undo must achieve nothing.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { ContentState, Editor, EditorState } from 'draft-js';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { fakeBrowser } from '../fakes/browser';
import { parseRuleFile } from '../../src/core/rules/parse';
import { RULES_KEY } from '../../src/shared/storage-keys';
import { createRulesSnapshot } from '../../src/content/rules-snapshot';
import { startGuard, type GuardReport } from '../../src/content/guard/guard';
import { xAdapter } from '../../src/content/sites/x';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const example = JSON.parse(readFileSync('docs/examples/kingsford-council.json', 'utf8'));
let root: Root;
let stop: () => void;
const sent = vi.fn();
const reports: GuardReport['kind'][] = [];

async function page(handle: string, text: string, sendDelaySeconds = 3) {
  const parsed = parseRuleFile(
    JSON.stringify({
      ...example,
      policy: { ...example.policy, confirmCorporate: false, sendDelaySeconds },
    }),
  );
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  await fakeBrowser.storage.local.set({
    [RULES_KEY]: { savedAt: '2026-11-20T10:00:00Z', rules: parsed.rules },
  });
  document.body.innerHTML = '<div id="root"></div>';
  root = createRoot(document.getElementById('root')!);
  const state = EditorState.createWithContent(ContentState.createFromText(text));
  await act(async () =>
    root.render(
      <main>
        <div data-testid="SideNav_AccountSwitcher_Button">
          <div data-testid={`UserAvatar-Container-${handle}`} />
        </div>
        <div data-testid="tweetTextarea_0">
          <Editor editorState={state} onChange={() => {}} />
        </div>
        <button data-testid="tweetButtonInline" onClick={() => sent(text)}>
          <span>Post</span>
        </button>
      </main>,
    ),
  );
  const snapshot = createRulesSnapshot();
  await snapshot.ready();
  vi.useFakeTimers({
    toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout', 'Date'],
  });
  stop = startGuard({
    win: window,
    adapter: xAdapter,
    snapshot,
    report: (report) => reports.push(report.kind),
  });
}

const countdown = () => document.querySelector('[data-postguard="countdown"]')?.shadowRoot ?? null;
const post = () =>
  (document.querySelector('[data-testid="tweetButtonInline"] span') as HTMLElement).click();

beforeEach(() => {
  sent.mockReset();
  reports.length = 0;
});
afterEach(async () => {
  stop();
  vi.useRealTimers();
  await act(async () => root.unmount());
  document.querySelectorAll('[data-postguard]').forEach((host) => host.remove());
});

it('holds a corporate post for the countdown, then sends it exactly once', async () => {
  await page('KingsfordGov', 'Road works on the high street');
  post();
  expect(sent).not.toHaveBeenCalled();
  expect(countdown()?.querySelector('button')?.textContent).toBe('Undo');
  expect(countdown()?.textContent).toContain('Posting as @KingsfordGov in 3 s');
  vi.advanceTimersByTime(1_100);
  expect(countdown()?.textContent).toContain('in 2 s');
  post(); // a second press while it waits is swallowed, not a second post
  vi.advanceTimersByTime(2_000);
  expect(sent).toHaveBeenCalledTimes(1);
  expect(countdown()?.textContent).toContain('Sent.');
  vi.advanceTimersByTime(60_000);
  expect(sent).toHaveBeenCalledTimes(1);
  expect(reports).toEqual(['send-held', 'post-released']);
});

it('sends nothing when the page is left during the countdown', async () => {
  await page('KingsfordGov', 'Road works on the high street');
  post();
  window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
  vi.advanceTimersByTime(10_000);
  expect(sent).not.toHaveBeenCalled();
  expect(countdown()).toBeNull();
  expect(reports).toEqual(['send-held', 'hold-abandoned']);
});

it('ignores a page script clicking Undo', async () => {
  await page('KingsfordGov', 'Road works on the high street');
  post();
  countdown()?.querySelector('button')?.click();
  vi.advanceTimersByTime(3_500);
  expect(sent).toHaveBeenCalledTimes(1);
});

it('does not delay posts from accounts that are not corporate', async () => {
  await page('janedoe_fun', 'Lovely walk today');
  post();
  expect(sent).toHaveBeenCalledTimes(1);
  expect(countdown()).toBeNull();
  expect(reports).toEqual(['post-released']);
});
