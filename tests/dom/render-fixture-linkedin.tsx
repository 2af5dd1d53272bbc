/** @jsxImportSource react */
// Renders the fixture LinkedIn app (React + Quill 2, the same code the e2e tests serve at
// https://www.linkedin.com) into jsdom, so the adapter is tested against the markup the
// fixture really produces, Quill's included. On the default 2026 shell the share modal is
// in the open shadow root of #interop-outlet: `$` looks there too, and the modal helpers
// keep to the open share modal, never the hidden /preload copy in the light DOM.
import { act } from 'react';
import { expect, vi } from 'vitest';
import { createRoot, type Root } from 'react-dom/client';
import Quill from 'quill';
import { App } from '../fixtures/sites/linkedin/App';
import { fixtureOptions } from '../fixtures/sites/linkedin/options';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// jsdom lays nothing out, and its Range has no getBoundingClientRect: Quill's focus()
// calls it to scroll the caret into view. A zero rectangle is what a layout-less page has.
const noBox = () => ({ x: 0, y: 0, width: 0, height: 0, top: 0, right: 0, bottom: 0, left: 0 });
Range.prototype.getBoundingClientRect ??= () => ({ ...noBox(), toJSON: noBox }) as DOMRect;
Range.prototype.getClientRects ??= () => [] as unknown as DOMRectList;

let root: Root | null = null;

/** `query` takes the fixture's own options (`author=…`, `editor=textbox`, …). */
export async function renderFixtureLinkedIn(query = '', path = '/feed/') {
  history.replaceState(null, '', `${path}${query ? `?${query}` : ''}`);
  (window as unknown as { __sent?: unknown[] }).__sent = [];
  document.body.innerHTML = '<div id="root"></div><div id="artdeco-modal-outlet"></div>';
  await act(async () => {
    root = createRoot(document.getElementById('root')!);
    root.render(<App options={fixtureOptions(location.search, location.pathname)} />);
  });
  return document;
}

export async function unmountFixture() {
  await act(async () => root?.unmount());
  root = null;
}

/** The 2026 shell's shadow root (null on the older shell). */
export const interopRoot = () => document.getElementById('interop-outlet')?.shadowRoot ?? null;

/** The first match in `scope`; by default the shadow root of the 2026 shell, then the document. */
export const $ = <E extends Element = HTMLElement>(selector: string, scope?: ParentNode) => {
  const scopes = scope ? [scope] : [interopRoot(), document];
  for (const where of scopes) {
    const el = where?.querySelector<E>(selector);
    if (el) return el;
  }
  throw new Error(`no ${selector} in the fixture`);
};

/** The open share modal (not the hidden /preload copy): in the shadow root, or the older shell's outlet. */
export const shareModal = () =>
  $(
    '[role="dialog"]',
    interopRoot() ?? document.getElementById('artdeco-modal-outlet') ?? undefined,
  );

/** A click as React sees it (inside act, so the state updates land). */
export async function click(el: Element) {
  await act(async () => (el as HTMLElement).click());
}

export async function openShareModal() {
  await click($('button.share-box-feed-entry__trigger'));
  return shareModal();
}

/** Post, in the open share modal. */
export const postButton = () =>
  $<HTMLButtonElement>('button.share-actions__primary-action', shareModal());

/**
 * Puts text in the share modal's editor the way each editor takes it: Quill through its
 * API. LinkedIn's Quill commits a tick late (the fixture's COMMIT_LAG_MS): by default this
 * waits until it has, so Post is enabled; `{ committed: false }` returns before that.
 */
export async function typeInShare(text: string, { committed = true } = {}) {
  const modal = shareModal();
  const quillRoot = modal.querySelector('.ql-container');
  await act(async () => {
    if (quillRoot) {
      const quill = Quill.find(quillRoot) as Quill;
      quill.setText(text, 'user');
      return;
    }
    const box = $('.share-creation-state__editor', modal);
    box.innerHTML = text
      .split('\n')
      .map((line) => `<p>${line || '<br>'}</p>`)
      .join('');
    box.dispatchEvent(new Event('input', { bubbles: true }));
  });
  if (committed && text.trim() !== '') await waitForCommit();
}

/** Until the share modal's Post is enabled (Quill has committed the text). */
export async function waitForCommit() {
  // Outside act: React renders the commit's state update only once act's callback is done.
  await vi.waitFor(async () => {
    await act(async () => {});
    expect(postButton().disabled).toBe(false);
  });
}

/** The message box: text, then an input event, as a person's typing leaves it. */
export async function typeMessage(text: string) {
  const box = $('.msg-form__contenteditable');
  await act(async () => {
    box.innerHTML = `<p>${text}</p>`;
    box.dispatchEvent(new Event('input', { bubbles: true }));
  });
  return box;
}
