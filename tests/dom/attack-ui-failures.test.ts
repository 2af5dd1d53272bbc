// The page is hostile (docs/security.md). What can be tested without a real browser:
// our hosts are known by identity, not by anything a page can copy; a UI that cannot be
// built because of the page throws a clear error and leaves nothing half-shown (the guard
// catches it and keeps the post held); the focus trap's fallback never gives up. Trusted
// input (clicks, keys, the top layer) is covered in real Chromium: tests/e2e/attack-*.
import { afterEach, expect, it, vi } from 'vitest';
import { checkFailedVerdict } from '../../src/content/guard/fail-closed';
import { showDialog } from '../../src/content/ui/dialog';
import { showCountdown } from '../../src/content/ui/countdown';
import { trapFocus } from '../../src/content/ui/focus-trap';
import { createShadowHost, isOwnHost, UiError } from '../../src/content/ui/shadow-host';

const verdict = checkFailedVerdict(new Error('the page changed'));
const dialogOptions = {
  verdict,
  texts: ['Road works on the high street'],
  accountShown: '@KingsfordGov',
  allowOverride: false,
  onDone: vi.fn(),
};

/** Takes <html> away, as a page script can; puts it back after `run`. */
function withoutDocumentElement<T>(run: () => T): T {
  const html = document.documentElement;
  html.remove();
  try {
    return run();
  } finally {
    document.append(html);
  }
}

afterEach(() => {
  document.querySelectorAll('[data-postguard]').forEach((el) => el.remove());
  vi.useRealTimers();
});

it('host claimed by the page: a look-alike host (same tag and attribute) is not ours', () => {
  const { host } = createShadowHost('dialog', '');
  const lookAlike = document.createElement('div');
  lookAlike.setAttribute('data-postguard', 'dialog');
  lookAlike.attachShadow({ mode: 'open' });
  expect(host.tagName).toBe('DIV');
  expect(host.shadowRoot?.mode).toBe('open');
  expect(isOwnHost(host)).toBe(true);
  expect(isOwnHost(lookAlike)).toBe(false);
  expect(isOwnHost(null)).toBe(false);
});

it('host claimed by the page: a custom element named like the old host changes nothing', () => {
  customElements.define(
    'postguard-ui',
    class extends HTMLElement {
      constructor() {
        super();
        this.attachShadow({ mode: 'closed' });
      }
    },
  );
  const dialog = showDialog(dialogOptions);
  const host = document.querySelector('[data-postguard="dialog"]');
  expect(host?.shadowRoot?.querySelector('[role="alertdialog"]')?.textContent).toContain(
    'Road works on the high street',
  );
  dialog.close();
  expect(dialogOptions.onDone).toHaveBeenCalledWith('cancelled');
});

it('page-made failure: the dialog with no document to show in throws a clear error, nothing half-open', () => {
  const thrown = withoutDocumentElement(() => {
    try {
      showDialog(dialogOptions);
    } catch (error) {
      return error;
    }
    return null;
  });
  expect(thrown).toBeInstanceOf(UiError);
  expect((thrown as Error).message).toMatch(/could not show its dialog: the page has no document/);
  expect(document.querySelectorAll('[data-postguard]')).toHaveLength(0);
});

it('page-made failure: the countdown with no document to show in throws a clear error', () => {
  const options = { accountShown: '@KingsfordGov', role: 'corporate', seconds: 5 };
  expect(() =>
    withoutDocumentElement(() => showCountdown({ ...options, onUndo: vi.fn() })),
  ).toThrow(UiError);
});

it('focus trap gives up: focus taken away twenty times a second for two seconds always comes back', async () => {
  vi.useFakeTimers();
  const { host, root } = createShadowHost('dialog', '');
  const dialog = document.createElement('div');
  const cancel = document.createElement('button');
  cancel.textContent = 'Cancel';
  dialog.append(cancel);
  root.append(dialog);
  document.documentElement.append(host);
  const editor = document.createElement('input');
  document.body.append(editor);
  const trap = trapFocus(dialog, host, vi.fn());
  trap.focus(cancel);
  let returns = 0;
  cancel.addEventListener('focus', () => returns++);
  // The page's own focus trap pulls it back twenty times a second, for two seconds.
  for (let i = 0; i < 40; i++) {
    editor.focus();
    await vi.advanceTimersByTimeAsync(50);
  }
  await vi.advanceTimersByTimeAsync(150);
  expect(root.activeElement).toBe(cancel);
  // Brought back all along (the old trap stopped after ten), at most ten times a second.
  expect(returns).toBeGreaterThanOrEqual(15);
  expect(returns).toBeLessThanOrEqual(25);
  // A script's focus is never taken for the person's.
  expect(trap.byPerson(cancel)).toBe(false);
  trap.release();
  editor.remove();
});
