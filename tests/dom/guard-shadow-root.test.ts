// A compose box inside an open shadow root, on any site: events reach the
// guard's window listeners retargeted to the shadow host, so the guard reads
// each event where it happened (composedPath) and the adapter's usual lookups
// work inside the root. The adapter here is a stand-in with no site's
// knowledge: nothing in the guard may depend on which site it is.
import { readFileSync } from 'node:fs';
import { afterEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from '../fakes/browser';
import { parseRuleFile } from '../../src/core/rules/parse';
import { RULES_KEY } from '../../src/shared/storage-keys';
import { createRulesSnapshot } from '../../src/content/rules-snapshot';
import { startGuard } from '../../src/content/guard/guard';
import type { ComposeSurface, SiteAdapter } from '../../src/content/sites/adapter';
import { isControlEnabled, queryAllDeep } from '../../src/content/sites/dom';

const example = readFileSync('docs/examples/kingsford-council.json', 'utf8');
const sent = vi.fn();
let stop = () => {};

function surfaceOf(el: Element): ComposeSurface | null {
  const root = el.closest('[data-box]');
  if (!root) return null;
  return {
    root,
    kind: 'box',
    editors: [...root.querySelectorAll('[contenteditable]')],
    sendControl: root.querySelector<HTMLElement>('button[data-send]'),
  };
}

const standIn: SiteAdapter = {
  platform: 'x',
  selectors: { box: ['[data-box]'] },
  watch: { anchors: '[data-box]', arrivals: '[data-box]' },
  shell: () => 'stand-in',
  findSurfaces: (doc) => queryAllDeep(doc, ['[data-box]']).flatMap((box) => surfaceOf(box) ?? []),
  clickSendAt(target) {
    const control = target.closest<HTMLElement>('button[data-send]');
    const surface = control && surfaceOf(control);
    return control && surface ? { surface, control, via: 'click' } : null;
  },
  keyboardSendAt: () => null,
  isSendEnabled: isControlEnabled,
  readTexts: (surface) => surface.editors.map((e) => e.textContent ?? ''),
  readAccount: () => ({ handle: 'KingsfordGov' }),
  formatAccount: (handle) => `@${handle}`,
};

/** The page: a shadow host (open, or none) holding a compose box whose button "sends". */
async function page(where: 'shadow' | 'light') {
  const parsed = parseRuleFile(example);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  await fakeBrowser.storage.local.set({
    [RULES_KEY]: { savedAt: '2026-11-20T10:00:00Z', rules: parsed.rules },
  });
  document.body.innerHTML = '<div id="outlet"></div>';
  const outlet = document.getElementById('outlet')!;
  const container = where === 'shadow' ? outlet.attachShadow({ mode: 'open' }) : outlet;
  const box = document.createElement('div');
  box.setAttribute('data-box', '');
  box.innerHTML =
    '<div contenteditable="true">Road works on the high street</div>' +
    '<button data-send><span>Post</span></button>';
  container.append(box);
  // The site's own handler, on its button, as a framework would attach it.
  box.querySelector('button')!.addEventListener('click', () => sent());
  const snapshot = createRulesSnapshot();
  await snapshot.ready();
  stop = startGuard({ win: window, adapter: standIn, snapshot, now: () => new Date(0) });
  return container;
}

const dialog = () =>
  document
    .querySelector('[data-postguard="dialog"]')
    ?.shadowRoot?.querySelector('[role="alertdialog"]');

afterEach(() => {
  stop();
  sent.mockReset();
});

it.each(['shadow', 'light'] as const)(
  'holds a corporate post sent from a compose box in the %s DOM, and asks',
  async (where) => {
    const container = await page(where);
    container.querySelector<HTMLElement>('button[data-send] span')!.click();
    expect(sent).not.toHaveBeenCalled();
    expect(dialog()?.textContent).toContain('@KingsfordGov · corporate');
    expect(dialog()?.textContent).toContain('Road works on the high street');
  },
);

it('finds the compose box inside the shadow root once an event has shown it', async () => {
  const container = await page('shadow');
  expect(standIn.findSurfaces(document)).toHaveLength(0); // no known host, no event yet
  container.querySelector<HTMLElement>('[contenteditable]')!.click();
  expect(standIn.findSurfaces(document).map((s) => s.kind)).toEqual(['box']);
});
