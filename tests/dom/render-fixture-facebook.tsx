/** @jsxImportSource react */
// Renders the fixture Facebook app (React + Lexical, the same code the e2e tests serve at
// https://www.facebook.com) into jsdom, so the adapter is tested against the markup the
// fixture really produces. Text goes into the editors through Lexical's own API (jsdom
// cannot type), exactly as Lexical would hold it after typing.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import {
  $createLineBreakNode,
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  type LexicalEditor,
} from 'lexical';
import { App, type FixtureOptions } from '../fixtures/sites/facebook/App';
import { DEFAULT_OPTIONS } from '../fixtures/sites/facebook/options';
import { forgetAccountMenu } from '../../src/content/sites/facebook/account-menu';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;

export const FB_EDITOR = 'div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]';

/** Renders the fixture at `path` (default the home feed), with nothing of the account menu remembered. */
export async function renderFixtureFacebook(options: Partial<FixtureOptions> = {}, path = '/') {
  history.replaceState(null, '', path);
  forgetAccountMenu(document);
  document.body.innerHTML = '<div id="mount"></div>';
  const full: FixtureOptions = { ...DEFAULT_OPTIONS, ...options };
  await act(async () => {
    root = createRoot(document.getElementById('mount')!);
    root.render(<App options={full} />);
  });
  return document;
}

export async function unmountFixture() {
  await act(async () => root?.unmount());
  root = null;
  document.body.innerHTML = '';
}

/** Clicks (a script-made click: fine for the fixture's own controls). */
export async function press(el: Element) {
  await act(async () => (el as HTMLElement).click());
}

/** The open Create post dialog. */
export async function openCreatePost(doc: Document) {
  const region = doc.querySelector('[role="region"] [role="button"]');
  if (!region) throw new Error('no "Create a post" region in the fixture');
  await press(region);
  const dialog = doc.querySelector('[role="dialog"]');
  if (!dialog) throw new Error('the Create post dialog did not open');
  return dialog;
}

function lexicalEditorOf(el: Element): LexicalEditor {
  const editor = (el as unknown as { __lexicalEditor?: LexicalEditor }).__lexicalEditor;
  if (!editor) throw new Error('not a Lexical editor root');
  return editor;
}

/**
 * Puts text in a Lexical editor: each string a paragraph, `\n` inside one a line break
 * (Shift+Enter), as typing would leave it.
 */
export async function setText(el: Element, ...paragraphs: string[]) {
  const editor = lexicalEditorOf(el);
  await act(async () => {
    editor.update(
      () => {
        const lexicalRoot = $getRoot();
        lexicalRoot.clear();
        for (const paragraph of paragraphs) {
          const p = $createParagraphNode();
          paragraph.split('\n').forEach((line, i) => {
            if (i > 0) p.append($createLineBreakNode());
            if (line) p.append($createTextNode(line));
          });
          lexicalRoot.append(p);
        }
      },
      { discrete: true },
    );
  });
}

/** The top bar's account menu, opened (and, with `seeAll`, its list of profiles shown). */
export async function openAccountMenu(doc: Document, seeAll = false) {
  const button = doc.querySelector('[role="banner"] [data-fixture="account-button"]');
  if (!button) throw new Error('no account menu button in the fixture');
  await press(button);
  if (seeAll) {
    const more = doc.querySelector('[role="button"][aria-label="See all profiles"]');
    if (!more) throw new Error('no "See all profiles" in the account menu');
    await press(more);
  }
}

/** Closes the account menu with Escape, as a person would. */
export async function closeAccountMenu(doc: Document) {
  await act(async () => {
    doc.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
  });
}

/** Follows one of the left-hand shortcuts (no reload: pushState). */
export async function goTo(doc: Document, name: string) {
  const link = [...doc.querySelectorAll('nav a')].find((a) => a.textContent === name);
  if (!link) throw new Error(`no shortcut to ${name}`);
  await press(link);
}
