// The compose indicator on LinkedIn (ui-contract.md): it appears inside the share modal
// when the modal opens, in the 2026 shell's shadow root too, and follows an author switch
// made inside it (the page observer watches the open shadow roots of `shadowHosts`). The
// hidden /preload sharebox copy never gets one.
import { readFileSync } from 'node:fs';
import { afterEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from '../fakes/browser';
import { parseRuleFile } from '../../src/core/rules/parse';
import { RULES_KEY } from '../../src/shared/storage-keys';
import { createRulesSnapshot } from '../../src/content/rules-snapshot';
import { startIndicators } from '../../src/content/indicators';
import { linkedinAdapter } from '../../src/content/sites/linkedin';
import {
  $,
  click,
  interopRoot,
  openShareModal,
  renderFixtureLinkedIn,
  shareModal,
  unmountFixture,
} from './render-fixture-linkedin';

let stop = () => {};

async function indicated(query: string) {
  const parsed = parseRuleFile(readFileSync('docs/examples/kingsford-council.json', 'utf8'));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  await fakeBrowser.storage.local.set({
    [RULES_KEY]: { savedAt: '2026-11-20T10:00:00Z', rules: parsed.rules },
  });
  // The content script starts before the page's own script (document_start).
  document.body.innerHTML = '';
  const snapshot = createRulesSnapshot();
  stop = startIndicators(window, linkedinAdapter, snapshot);
  await renderFixtureLinkedIn(query);
  await snapshot.ready();
}

afterEach(async () => {
  stop();
  await unmountFixture();
});

/** Every indicator on the page, in the light DOM and the share modal's shadow root. */
const indicators = () => {
  const hosts = [
    ...document.querySelectorAll('[data-postguard]'),
    ...(document
      .getElementById('interop-outlet')
      ?.shadowRoot?.querySelectorAll('[data-postguard]') ?? []),
  ];
  return hosts
    .map((host) => host.shadowRoot?.querySelector('[role="status"]'))
    .filter((status) => status?.textContent);
};

for (const shell of ['', 'interop=late', 'shell=light']) {
  it(`appears in the opened share modal and follows an author switch (${shell || '2026 shell'})`, async () => {
    await indicated(shell);
    expect(indicators()).toEqual([]);
    // interop=late: the shadow root is attached only now, unseen by the document's observer.
    expect(!!interopRoot()).toBe(shell === '');
    const modal = await openShareModal();
    await vi.waitFor(() => {
      expect(indicators().map((s) => s?.textContent)).toEqual(['Posting as Jane Doe · personal']);
    });
    expect(modal.contains((indicators()[0]!.getRootNode() as ShadowRoot).host)).toBe(true);

    await click($('.share-unified-settings-entry-button', modal));
    await click($('input[type="radio"][value="Kingsford Council"]', shareModal()));
    const done = [...shareModal().querySelectorAll('button')].find((b) => b.textContent === 'Done');
    await click(done!);
    await vi.waitFor(() => {
      expect(indicators().map((s) => s?.textContent)).toEqual([
        'Posting as Kingsford Council · corporate',
      ]);
    });
  });
}
