// The guard with the Facebook adapter on the fixture Facebook in jsdom. Events here are
// script-made (isTrusted false): they show that the guard holds Facebook's sends before
// the site sees them, names the account as Facebook shows it, and lets allowed ones through.
// Trusted paths (a person confirming) are in tests/e2e/facebook-*.spec.ts.
import { act } from 'react';
import { afterEach, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fakeBrowser } from '../fakes/browser';
import { parseRuleFile } from '../../src/core/rules/parse';
import { RULES_KEY } from '../../src/shared/storage-keys';
import { createRulesSnapshot } from '../../src/content/rules-snapshot';
import { startGuard } from '../../src/content/guard/guard';
import { facebookAdapter } from '../../src/content/sites/facebook';
import type { SentPost } from '../fixtures/sites/facebook/sent';
import type { FixtureOptions } from '../fixtures/sites/facebook/App';
import {
  closeAccountMenu,
  FB_EDITOR,
  openAccountMenu,
  openCreatePost,
  press,
  renderFixtureFacebook,
  setText,
  unmountFixture,
} from './render-fixture-facebook';

// Vitest runs from the repository root.
const example = readFileSync('docs/examples/kingsford-council.json', 'utf8');
let stop = () => {};

/**
 * The fixture with the guard running. Unless `menu` is false, the account menu has been
 * opened once and read while open, as the page observer's readers (the indicators, the
 * tab status) do, and closed again.
 */
async function guarded(options: Partial<FixtureOptions>, { menu = true } = {}) {
  const parsed = parseRuleFile(example);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  await fakeBrowser.storage.local.set({
    [RULES_KEY]: { savedAt: '2026-11-20T10:00:00Z', rules: parsed.rules },
  });
  (window as { __sent?: SentPost[] }).__sent = [];
  const doc = await renderFixtureFacebook(options);
  const snapshot = createRulesSnapshot();
  await snapshot.ready();
  stop = startGuard({
    win: window,
    adapter: facebookAdapter,
    snapshot,
    now: () => new Date('2026-11-20T12:00:00Z'),
  });
  if (menu) {
    await openAccountMenu(doc);
    facebookAdapter.readAccount(null, doc);
    await closeAccountMenu(doc);
  }
  return doc;
}

const sent = () => (window as { __sent?: SentPost[] }).__sent ?? [];
const guardDialog = () =>
  document
    .querySelector('[data-postguard="dialog"]')
    ?.shadowRoot?.querySelector('[role="alertdialog"]');
const q = (selector: string, scope: ParentNode = document) => {
  const el = scope.querySelector(selector);
  if (!el) throw new Error(`no ${selector}`);
  return el as HTMLElement;
};

afterEach(async () => {
  stop();
  guardDialog()?.closest('[data-postguard]')?.remove();
  await unmountFixture();
});

it('holds Post in the Create post dialog as the Page, naming it as Facebook shows it', async () => {
  const doc = await guarded({ active: 'Kingsford Council' });
  const dialog = await openCreatePost(doc);
  await setText(q(FB_EDITOR, dialog), 'Road works on the high street');
  await act(async () => q('[aria-label="Post"] span', dialog).click());
  expect(sent()).toEqual([]);
  expect(guardDialog()?.textContent).toContain('Kingsford Council · corporate');
  expect(guardDialog()?.textContent).toContain('Post as Kingsford Council');
});

it('lets Post from the personal profile through untouched', async () => {
  const doc = await guarded({ active: 'Jane Doe' });
  const dialog = await openCreatePost(doc);
  await setText(q(FB_EDITOR, dialog), 'Lovely walk by the river');
  await act(async () => q('[aria-label="Post"]', dialog).click());
  expect(sent()).toEqual([
    {
      account: 'Jane Doe',
      texts: ['Lovely walk by the river'],
      surface: 'create-post',
      via: 'click',
    },
  ]);
  expect(guardDialog()).toBeFalsy();
});

it('holds Enter in a comment box as the Page before Lexical sees it', async () => {
  await guarded({ active: 'Kingsford Council', lang: 'fr' });
  const editor = q(FB_EDITOR, q('form'));
  await setText(editor, 'Merci !');
  await act(async () => {
    editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
  });
  expect(sent()).toEqual([]);
  expect(guardDialog()?.textContent).toContain('Kingsford Council · corporate');
  expect(facebookAdapter.readTexts(facebookAdapter.findSurfaces(document)[0]!)).toEqual([
    'Merci !',
  ]);
});

it('lets Enter in a comment box from the personal profile reach Lexical, which sends', async () => {
  await guarded({ active: 'Jane Doe' });
  const editor = q(FB_EDITOR, q('form'));
  await setText(editor, 'Thanks!');
  await act(async () => {
    editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
  });
  expect(sent()).toEqual([
    { account: 'Jane Doe', texts: ['Thanks!'], surface: 'comment', via: 'keyboard' },
  ]);
  expect(guardDialog()).toBeFalsy();
});

it('holds a post when the account menu was never opened, saying so, even with a name in the composer', async () => {
  const doc = await guarded({ active: 'Jane Doe' }, { menu: false });
  const dialog = await openCreatePost(doc);
  await setText(q(FB_EDITOR, dialog), 'Lovely walk by the river');
  await act(async () => q('[aria-label="Post"]', dialog).click());
  expect(sent()).toEqual([]);
  expect(guardDialog()?.textContent).toContain('unknown account');
  expect(guardDialog()?.textContent).toContain('Open the account menu once');
});

it('holds a post when the composer names another identity than the menu', async () => {
  const doc = await guarded({ active: 'Jane Doe', composerAs: 'Kingsford Council' });
  const dialog = await openCreatePost(doc);
  await setText(q(FB_EDITOR, dialog), 'Lovely walk by the river');
  await act(async () => q('[aria-label="Post"]', dialog).click());
  expect(sent()).toEqual([]);
  expect(guardDialog()?.textContent).toContain('unknown account');
  expect(guardDialog()?.textContent).toContain('two different accounts');
});

it('a choice in the account menu, seen by the guard’s own listener, makes the account unknown until the menu is read again', async () => {
  const doc = await guarded({ active: 'Jane Doe' });
  await openAccountMenu(doc);
  const page = [...doc.querySelectorAll('[role="radio"]')].find((entry) =>
    entry.textContent?.startsWith('Kingsford Council'),
  )!;
  await press(page); // through the guard's capture listener on window, then the site's
  expect(doc.querySelector('[role="radio"]')).toBeNull(); // the menu closed
  const editor = q(FB_EDITOR, q('form'));
  await setText(editor, 'Thanks!');
  await act(async () => {
    editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
  });
  expect(sent()).toEqual([]);
  expect(guardDialog()?.textContent).toContain('unknown account');
});
