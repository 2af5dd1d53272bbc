/** @jsxImportSource react */
// The guard in jsdom, where every event is script-made (isTrusted false): a
// script can neither send a corporate post past the guard nor confirm the
// dialog for a person. Trusted paths are covered in e2e with real input.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { ContentState, Editor, EditorState } from 'draft-js';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { fakeBrowser } from '../fakes/browser';
import { parseRuleFile } from '../../src/core/rules/parse';
import { RULES_KEY } from '../../src/shared/storage-keys';
import { createRulesSnapshot } from '../../src/content/rules-snapshot';
import { startGuard } from '../../src/content/guard/guard';
import { xAdapter } from '../../src/content/sites/x';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// Vitest runs from the repository root.
const example = readFileSync('docs/examples/kingsford-council.json', 'utf8');
let root: Root;
let stop: () => void;
const sent = vi.fn();

async function page(handle: string, text: string) {
  const parsed = parseRuleFile(example);
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
        {/* As on x.com: the test id on the editable, its wrappers sharing the prefix. */}
        <div data-testid="tweetTextarea_0_label">
          <div data-testid="tweetTextarea_0RichTextInputContainer">
            <Editor editorState={state} onChange={() => {}} webDriverTestID="tweetTextarea_0" />
          </div>
        </div>
        <button type="button" data-testid="tweetButtonInline" onClick={() => sent(text)}>
          <div>
            <span>
              <span>Post</span>
            </span>
          </div>
        </button>
      </main>,
    ),
  );
  const snapshot = createRulesSnapshot();
  await snapshot.ready();
  stop = startGuard({
    win: window,
    adapter: xAdapter,
    snapshot,
    now: () => new Date('2026-11-20T12:00:00Z'),
  });
}

const dialog = () =>
  document
    .querySelector('[data-postguard="dialog"]')
    ?.shadowRoot?.querySelector('[role="alertdialog"]');
const button = (name: string) =>
  [...(dialog()?.querySelectorAll('button') ?? [])].find((b) => b.textContent === name);

beforeEach(() => sent.mockReset());
afterEach(async () => {
  stop();
  await act(async () => root.unmount());
});

it('holds a script-made click on Post from a corporate account and shows the dialog', async () => {
  await page('KingsfordGov', 'Road works on the high street');
  (document.querySelector('[data-testid="tweetButtonInline"] span span') as HTMLElement).click();
  expect(sent).not.toHaveBeenCalled();
  expect(dialog()?.getAttribute('aria-modal')).toBe('true');
  expect(dialog()?.textContent).toContain('@KingsfordGov · corporate');
  // The post once, though two wrappers of the editor carry `tweetTextarea_0…` test ids.
  expect(dialog()?.textContent?.split('Road works on the high street')).toHaveLength(2);
});

it('ignores a page script clicking "Post as" or Cancel in the dialog', async () => {
  await page('KingsfordGov', 'Road works on the high street');
  (document.querySelector('[data-testid="tweetButtonInline"]') as HTMLElement).click();
  button('Post as @KingsfordGov')!.click();
  button('Cancel')!.click();
  dialog()!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
  expect(sent).not.toHaveBeenCalled();
  expect(dialog()).toBeTruthy();
});

it('lets an allowed post from a personal account through untouched', async () => {
  await page('janedoe_fun', 'Lovely walk by the river');
  (document.querySelector('[data-testid="tweetButtonInline"]') as HTMLElement).click();
  expect(sent).toHaveBeenCalledTimes(1);
  expect(dialog()).toBeFalsy();
});

it('stops guarding once torn down (every listener removed)', async () => {
  await page('KingsfordGov', 'Road works on the high street');
  stop();
  (document.querySelector('[data-testid="tweetButtonInline"]') as HTMLElement).click();
  expect(sent).toHaveBeenCalledTimes(1);
});

it('fails closed, with the reason shown, when the page cannot be read', async () => {
  await page('janedoe_fun', 'Lovely walk by the river');
  const spy = vi.spyOn(xAdapter, 'readAccount').mockImplementation(() => {
    throw new Error('the account switcher changed shape');
  });
  (document.querySelector('[data-testid="tweetButtonInline"]') as HTMLElement).click();
  spy.mockRestore();
  expect(sent).not.toHaveBeenCalled();
  expect(dialog()?.textContent).toContain('Postguard could not check this post');
  expect(dialog()?.textContent).toContain('the account switcher changed shape');
});
