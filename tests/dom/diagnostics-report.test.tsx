// The diagnostics report (docs/diagnostics.md) on every site's fixture, with
// the page full of names, handles and post text: it says which selector of
// each list matched and how many elements it found, the shell, the compose
// boxes and the health codes, and none of what the page wrote.
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseRuleFile } from '../../src/core/rules/parse';
import { resolveRules } from '../../src/shared/rules-state';
import { RULES_KEY } from '../../src/shared/storage-keys';
import { adapterFor } from '../../src/content/sites';
import type { SiteAdapter } from '../../src/content/sites/adapter';
import { noteShadowRoot } from '../../src/content/sites/dom';
import { readTabStatus } from '../../src/content/tab-status';
import { collectDiagnostics } from '../../src/content/diagnostics/report';
import { diagnosticsReport } from '../../src/popup/diagnostics';
import { readEnvironment } from '../../src/popup/environment';
import { probeSelectors } from '../../src/content/diagnostics/selector-probe';
import { renderFixtureX, unmountFixture as unmountX } from './render-fixture-x';
import {
  openCreatePost,
  renderFixtureFacebook,
  unmountFixture as unmountFacebook,
} from './render-fixture-facebook';
import {
  openShareModal,
  renderFixtureLinkedIn,
  unmountFixture as unmountLinkedIn,
} from './render-fixture-linkedin';

const parsed = parseRuleFile(readFileSync('docs/examples/kingsford-council.json', 'utf8'));
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const rules = resolveRules({
  [RULES_KEY]: { savedAt: '2026-11-20T10:00:00Z', rules: parsed.rules },
});
const noon = new Date('2026-11-20T12:00:00Z');

/** What the page says that must never leave it. */
const POST = 'Draft: the Thursday budget vote is off, tell nobody';
const SECRETS = [
  'KingsfordGov',
  'Kingsford Council',
  'wokafor_77',
  'Wendell Okafor',
  'Priya Ramanathan',
  'priya_r',
  POST,
  'budget vote',
  '9876543210',
  'from=wendell',
  'Town hall leak',
  'secret title',
];

/**
 * Names, handles and post text everywhere a report could pick them up: the
 * title, the address, attributes, text, every editor, an open shadow root.
 */
function fillWithNames(adapter: SiteAdapter, doc: Document) {
  doc.title = 'Priya Ramanathan (@priya_r) | secret title';
  history.replaceState(null, '', '/priya_r/status/9876543210?from=wendell');
  const card = doc.createElement('div');
  card.innerHTML = `<a href="/priya_r" aria-label="Profile of Priya Ramanathan"
      data-testid="UserAvatar-Container-priya_r" title="@priya_r"><img alt="Priya Ramanathan"></a>
    <div role="article" data-author="wokafor_77">Wendell Okafor wrote: Town hall leak</div>`;
  doc.body.append(card);
  for (const surface of adapter.findSurfaces(doc)) {
    for (const editor of surface.editors) {
      editor.setAttribute('aria-description', `Writing as Wendell Okafor: ${POST}`);
      editor.append(Object.assign(doc.createElement('span'), { textContent: POST }));
    }
  }
  const host = doc.createElement('div');
  doc.body.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.innerHTML = `<div aria-label="Wendell Okafor" role="button">${POST} @wokafor_77</div>`;
  noteShadowRoot(shadow);
}

const SITES: { host: string; open: () => Promise<Document>; close: () => Promise<void> }[] = [
  {
    host: 'x.com',
    open: () => renderFixtureX({ accounts: ['KingsfordGov', 'wokafor_77'] }),
    close: unmountX,
  },
  {
    host: 'www.facebook.com',
    open: async () => {
      const doc = await renderFixtureFacebook({
        identities: ['Wendell Okafor', 'Kingsford Council'],
        active: 'Wendell Okafor',
      });
      await openCreatePost(doc);
      return doc;
    },
    close: unmountFacebook,
  },
  {
    host: 'www.linkedin.com',
    open: async () => {
      const doc = await renderFixtureLinkedIn(
        'authors=Priya Ramanathan,Kingsford Council&author=Priya Ramanathan',
      );
      await openShareModal();
      return doc;
    },
    close: unmountLinkedIn,
  },
];

describe.each(SITES)('on $host', ({ host, open, close }) => {
  afterEach(close);

  it('names the site, every selector with its count, the compose boxes; no name, handle or text', async () => {
    const adapter = adapterFor(host)!;
    const doc = await open();
    await act(async () => fillWithNames(adapter, doc)); // the site's editor may react to it
    const health = readTabStatus(adapter, rules, doc, noon).health.problems.map((p) => p.code);
    // What the tab sends the popup, and the report the popup makes of it.
    const data = collectDiagnostics({ adapter, doc, health });
    const env = readEnvironment(window);
    const report = diagnosticsReport(JSON.stringify(data), env, noon) ?? '';

    // What the page wrote never appears, in any case.
    for (const secret of SECRETS) {
      expect(report.toLowerCase()).not.toContain(secret.toLowerCase());
    }
    expect(report).not.toContain('@'); // no handle as X shows one
    expect(report).not.toContain('/priya_r'); // no path

    // It read the page: a compose box, a list that matched, the shadow root searched.
    expect(report).toContain('## Postguard diagnostics');
    expect(data.site).toBe(adapter.platform);
    expect(data.composeBoxes).toBeGreaterThan(0);
    expect(data.surfaces[0]?.editors).toBeGreaterThan(0);
    // The one the test attached, and on LinkedIn's 2026 shell the share modal's own.
    expect(data.openShadowRoots).toBe(host === 'www.linkedin.com' ? 2 : 1);
    expect(Object.values(data.selectors).some((list) => list.firstMatched !== null)).toBe(true);
    for (const [name, list] of Object.entries(adapter.selectors)) {
      expect(Object.keys(data.selectors[name]!.found)).toEqual([...new Set(list)]);
    }
    // The report is the data, as JSON a person pastes and a developer reads back, with the
    // time, Postguard's version, the browser and the system the popup adds.
    const json = /```json\n([\s\S]*)\n```/u.exec(report)?.[1] ?? '';
    expect(JSON.parse(json)).toEqual({ ...data, generated: '2026-11-20T12:00:00.000Z', ...env });
  });
});

describe('selector counts', () => {
  it('counts each selector in the document and open shadow roots, and which matched first', () => {
    document.body.innerHTML = '<div class="b"></div><div class="b"></div>';
    const host = document.body.appendChild(document.createElement('div'));
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<div class="b"></div><div class="c"></div>';
    const probes = probeSelectors({ box: ['.a', '.b', '.c'], broken: [':not(', '.c'] }, [
      document,
      shadow,
    ]);
    expect(probes).toEqual({
      box: { firstMatched: 2, found: { '.a': 0, '.b': 3, '.c': 1 } },
      broken: { firstMatched: 2, found: { ':not(': 'invalid', '.c': 1 } },
    });
  });
});
