/** @jsxImportSource react */
// Renders the fixture LinkedIn app (React + Quill 2, the same code the e2e tests serve at
// https://www.linkedin.com) into jsdom, so the adapter is tested against the markup the
// fixture really produces, Quill's included.
import { act } from 'react';
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

export const $ = <E extends Element = HTMLElement>(
  selector: string,
  scope: ParentNode = document,
) => {
  const el = scope.querySelector<E>(selector);
  if (!el) throw new Error(`no ${selector} in the fixture`);
  return el;
};

/** A click as React sees it (inside act, so the state updates land). */
export async function click(el: Element) {
  await act(async () => (el as HTMLElement).click());
}

export async function openShareModal() {
  await click($('button.share-box-feed-entry__trigger'));
  return $('[role="dialog"][aria-labelledby], .share-box-v2__modal');
}

/** Puts text in the share modal's editor the way each editor takes it: Quill through its API. */
export async function typeInShare(text: string) {
  const quillRoot = document.querySelector('.ql-container');
  await act(async () => {
    if (quillRoot) {
      const quill = Quill.find(quillRoot) as Quill;
      quill.setText(text, 'user');
      return;
    }
    const box = $('.share-creation-state__editor');
    box.innerHTML = text
      .split('\n')
      .map((line) => `<p>${line || '<br>'}</p>`)
      .join('');
    box.dispatchEvent(new Event('input', { bubbles: true }));
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
