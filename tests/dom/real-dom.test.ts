// The site adapters on pages saved from the live sites (tests/real-dom/snapshots.ts),
// parsed by jsdom with no script run: one text per post, the send control found from
// the editor, the account read, and read again from each trace of it alone. When the
// shared real-dom folder is missing, these tests fail and say so: they never skip.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { adapterFor } from '../../src/content/sites';
import { SNAPSHOTS, snapshotPath, type RealDomSnapshot } from '../real-dom/snapshots';

const parsed = new Map<string, Document>();

/**
 * A fresh document of the snapshot. Parsed with DOMParser, it loads no
 * subresource and runs no script; its style sheets are dropped (no adapter reads styles, and jsdom
 * takes seconds over them).
 */
function load(snapshot: RealDomSnapshot): Document {
  if (!parsed.has(snapshot.file)) {
    const html = readFileSync(snapshotPath(snapshot), 'utf8')
      .replace(/<style\b[^>]*>[\s\S]*?<\/style>/gi, '')
      .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '');
    // Links resolve against the URL the page was saved from, as on the site.
    const based = html.replace(/<head\b[^>]*>/i, (head) => `${head}<base href="${snapshot.url}">`);
    parsed.set(snapshot.file, new DOMParser().parseFromString(based, 'text/html'));
  }
  return parsed.get(snapshot.file)!.cloneNode(true) as Document; // each test changes its own copy
}

const adapterOf = (snapshot: RealDomSnapshot) => {
  const adapter = adapterFor(new URL(snapshot.url).hostname);
  if (!adapter) throw new Error(`no adapter for ${snapshot.url}`);
  return adapter;
};

function removeAll(doc: Document, selector: string) {
  const found = [...doc.querySelectorAll(selector)];
  expect(found.length, `${selector} is on the saved page`).toBeGreaterThan(0);
  found.forEach((el) => el.remove());
}

// Parsing a saved page takes a second or two on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

describe.each(SNAPSHOTS.map((s) => [s.file, s] as const))('saved page %s', (_file, snapshot) => {
  it('has one compose box, with one editor per post and its send button', () => {
    const doc = load(snapshot);
    const adapter = adapterOf(snapshot);
    const surfaces = adapter.findSurfaces(doc);
    expect(surfaces).toHaveLength(1);
    expect(surfaces[0]!.editors).toEqual([doc.querySelector(snapshot.editor)]);
    expect(surfaces[0]!.sendControl).toBe(doc.querySelector(snapshot.sendButton));
    expect(adapter.readTexts(surfaces[0]!)).toHaveLength(1);
  });

  it('treats a click on the send button label as a send from that compose box', () => {
    const doc = load(snapshot);
    const adapter = adapterOf(snapshot);
    const label = doc.querySelector(`${snapshot.sendButton} span span`)!;
    const attempt = adapter.clickSendAt(label);
    expect(attempt?.control).toBe(doc.querySelector(snapshot.sendButton));
    expect(attempt?.surface.editors).toHaveLength(1);
    expect(adapter.isSendEnabled(attempt!.control)).toBe(false); // empty, as saved
  });

  it(`reads the account as ${snapshot.account}`, () => {
    const doc = load(snapshot);
    const adapter = adapterOf(snapshot);
    const read = adapter.readAccount(adapter.findSurfaces(doc)[0]!, doc);
    expect(read.handle && adapter.formatAccount(read.handle)).toBe(snapshot.account);
  });

  for (const trace of snapshot.accountTraces) {
    it(`reads the account from the ${trace.name} alone`, () => {
      const doc = load(snapshot);
      const adapter = adapterOf(snapshot);
      for (const other of snapshot.accountTraces) {
        if (other !== trace) removeAll(doc, other.selector);
      }
      const read = adapter.readAccount(adapter.findSurfaces(doc)[0]!, doc);
      expect(read.handle && adapter.formatAccount(read.handle)).toBe(snapshot.account);
    });
  }

  it('knows the account is not shown once every trace of it is gone', () => {
    const doc = load(snapshot);
    const adapter = adapterOf(snapshot);
    for (const trace of snapshot.accountTraces) removeAll(doc, trace.selector);
    expect(adapter.readAccount(adapter.findSurfaces(doc)[0]!, doc)).toEqual({
      handle: null,
      problem: 'account-not-shown',
    });
  });
});
