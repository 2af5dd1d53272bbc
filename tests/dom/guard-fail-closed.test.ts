// Attack: the page breaks Postguard's own UI, or an adapter throws on a page it
// cannot read. Any exception on the send path holds the send: the person is
// asked with the reason, or, when even the dialog cannot be shown, told in the
// browser's own alert. Nothing reaches the site. (Stand-in adapter: nothing here
// depends on which site it is.)
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from '../fakes/browser';
import { parseRuleFile } from '../../src/core/rules/parse';
import { RULES_KEY } from '../../src/shared/storage-keys';
import { createRulesSnapshot } from '../../src/content/rules-snapshot';
import { startGuard } from '../../src/content/guard/guard';
import type { ComposeSurface, SiteAdapter } from '../../src/content/sites/adapter';
import { isControlEnabled } from '../../src/content/sites/dom';
import * as dialogModule from '../../src/content/ui/dialog';

const example = readFileSync('docs/examples/kingsford-council.json', 'utf8');
const sent = vi.fn();
const alert = vi.fn();
let stop = () => {};

function surfaceOf(el: Element): ComposeSurface | null {
  const root = el.closest('[data-box]');
  if (!root) return null;
  const sendControl = root.querySelector<HTMLElement>('button[data-send]');
  return {
    root,
    kind: 'box',
    editors: [...root.querySelectorAll('[contenteditable]')],
    sendControl,
  };
}

function standIn(account: () => { handle: string }): SiteAdapter {
  return {
    platform: 'x',
    selectors: { box: ['[data-box]'] },
    watch: { anchors: '[data-box]', arrivals: '[data-box]' },
    shell: () => 'stand-in',
    findSurfaces: () => [],
    clickSendAt(target) {
      const control = target.closest<HTMLElement>('button[data-send]');
      const surface = control && surfaceOf(control);
      return control && surface ? { surface, control, via: 'click' } : null;
    },
    keyboardSendAt: () => null,
    isSendEnabled: isControlEnabled,
    readTexts: (surface) => surface.editors.map((e) => e.textContent ?? ''),
    readAccount: account,
    formatAccount: (handle) => `@${handle}`,
  };
}

async function page(adapter: SiteAdapter) {
  const parsed = parseRuleFile(example);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  await fakeBrowser.storage.local.set({
    [RULES_KEY]: { savedAt: '2026-11-20T10:00:00Z', rules: parsed.rules },
  });
  document.body.innerHTML =
    '<div data-box><div contenteditable="true">Road works on the high street</div>' +
    '<button data-send><span>Post</span></button></div>';
  document.querySelector('button')!.addEventListener('click', () => sent());
  const snapshot = createRulesSnapshot();
  await snapshot.ready();
  stop = startGuard({ win: window, adapter, snapshot, now: () => new Date(0) });
}

/** A click as a person's would arrive: cancelable, so "held" is observable. */
function clickPost(): MouseEvent {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
  document.querySelector('button[data-send] span')!.dispatchEvent(event);
  return event;
}

beforeEach(() => {
  sent.mockReset();
  alert.mockReset();
  vi.spyOn(window, 'alert').mockImplementation(alert);
});
afterEach(() => {
  stop();
  vi.restoreAllMocks();
});

it('attack: the dialog cannot be built (the page broke our UI) — the send is held and the person told in an alert', async () => {
  vi.spyOn(dialogModule, 'showDialog').mockImplementation(() => {
    throw new DOMException('attachShadow failed', 'NotSupportedError');
  });
  await page(standIn(() => ({ handle: 'KingsfordGov' })));
  const event = clickPost();
  expect(event.defaultPrevented).toBe(true);
  expect(sent).not.toHaveBeenCalled();
  expect(alert).toHaveBeenCalledTimes(1);
  expect(alert.mock.calls[0]?.[0]).toContain('held this post and did not send it');
  expect(alert.mock.calls[0]?.[0]).toContain('attachShadow failed');
  // Not stuck: the next send is judged again (and held again).
  expect(clickPost().defaultPrevented).toBe(true);
  expect(alert).toHaveBeenCalledTimes(2);
});

it('attack: the adapter throws while finding the send (a page it cannot read) — held, never passed to the site', async () => {
  const adapter = standIn(() => ({ handle: 'KingsfordGov' }));
  adapter.clickSendAt = () => {
    throw new TypeError('Cannot read properties of null');
  };
  await page(adapter);
  const event = clickPost();
  expect(event.defaultPrevented).toBe(true);
  expect(sent).not.toHaveBeenCalled();
  expect(alert.mock.calls[0]?.[0]).toContain('Cannot read properties of null');
});

it('an exception only in the first dialog falls back to the check-failed dialog, not past it', async () => {
  const real = dialogModule.showDialog;
  let calls = 0;
  const shown: string[] = [];
  vi.spyOn(dialogModule, 'showDialog').mockImplementation((options) => {
    calls += 1;
    shown.push(options.verdict.reasons.map((r) => r.code).join());
    if (calls === 1) throw new Error('the page removed our stylesheet');
    return real(options);
  });
  await page(standIn(() => ({ handle: 'KingsfordGov' })));
  expect(clickPost().defaultPrevented).toBe(true);
  expect(sent).not.toHaveBeenCalled();
  expect(alert).not.toHaveBeenCalled();
  expect(shown).toEqual(['corporate-account', 'check-failed']);
});
