// The guard with the LinkedIn adapter on the fixture LinkedIn in jsdom, where every event
// is script-made: a corporate post is held (on the 2026 shell its click reaches the
// window retargeted to #interop-outlet), a personal one passes, an unreadable author
// fails closed, and the messaging overlay beside the share modal is left alone.
import { act } from 'react';
import { readFileSync } from 'node:fs';
import { afterEach, expect, it } from 'vitest';
import { fakeBrowser } from '../fakes/browser';
import { parseRuleFile } from '../../src/core/rules/parse';
import { RULES_KEY } from '../../src/shared/storage-keys';
import { createRulesSnapshot } from '../../src/content/rules-snapshot';
import { startGuard } from '../../src/content/guard/guard';
import { linkedinAdapter } from '../../src/content/sites/linkedin';
import type { SentPost } from '../fixtures/sites/linkedin/sent';
import {
  $,
  click,
  openShareModal,
  postButton,
  renderFixtureLinkedIn,
  shareModal,
  typeInShare,
  typeMessage,
  unmountFixture,
} from './render-fixture-linkedin';

const example = readFileSync('docs/examples/kingsford-council.json', 'utf8');
let stop = () => {};

async function guarded(query: string, path?: string) {
  const parsed = parseRuleFile(example);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  await fakeBrowser.storage.local.set({
    [RULES_KEY]: { savedAt: '2026-11-20T10:00:00Z', rules: parsed.rules },
  });
  await renderFixtureLinkedIn(query, path);
  const snapshot = createRulesSnapshot();
  await snapshot.ready();
  stop = startGuard({
    win: window,
    adapter: linkedinAdapter,
    snapshot,
    now: () => new Date('2026-11-20T12:00:00Z'),
  });
}

const sent = () => (window as unknown as { __sent: SentPost[] }).__sent;
const dialog = () =>
  document
    .querySelector('[data-postguard="dialog"]')
    ?.shadowRoot?.querySelector('[role="alertdialog"]');

afterEach(async () => {
  stop();
  document.querySelectorAll('[data-postguard]').forEach((el) => el.remove());
  await unmountFixture();
});

it('holds a click on Post from the company page and shows the dialog', async () => {
  await guarded('author=Kingsford Council');
  await openShareModal();
  await typeInShare('Road works on the high street');
  await click($('button.share-actions__primary-action span'));
  expect(sent()).toEqual([]);
  expect(dialog()?.textContent).toContain('Kingsford Council · corporate');
  expect(dialog()?.textContent).toContain('Road works on the high street');
});

it('holds a click inside the shadow root although the window sees it on #interop-outlet', async () => {
  // Before the guard's own listener, which stops the held click.
  const seen: (EventTarget | null)[] = [];
  const onClick = (event: Event) => seen.push(event.target);
  window.addEventListener('click', onClick, true);
  await guarded('author=Kingsford Council');
  await openShareModal();
  await typeInShare('Road works on the high street');
  seen.length = 0;
  await click($('span', postButton()));
  window.removeEventListener('click', onClick, true);
  // What event.target says at the window: the host, not Post.
  expect(seen).toEqual([$('#interop-outlet')]);
  expect(sent()).toEqual([]);
  expect(dialog()?.textContent).toContain('Kingsford Council · corporate');
});

it('holds a company post on the older light-DOM shell too', async () => {
  await guarded('shell=light&author=Kingsford Council');
  await openShareModal();
  await typeInShare('Road works on the high street');
  await click($('span', postButton()));
  expect(sent()).toEqual([]);
  expect(dialog()?.textContent).toContain('Kingsford Council · corporate');
});

it("fails closed on a company page's composer that names no page", async () => {
  await guarded('share=true&hideAuthor=1', '/company/1234/admin/page-posts/published/');
  await typeInShare('Lovely walk by the river');
  await click($('button.share-actions__primary-action'));
  expect(sent()).toEqual([]);
  expect(dialog()?.textContent).toContain('unknown account');
  expect(dialog()?.textContent).toContain("the page's name is not shown");
});

it('judges the text in the box even while ql-blank lingers on it', async () => {
  await guarded('author=Kingsford Council');
  await openShareModal();
  await typeInShare('Stick a bomb under the budget');
  $('.ql-editor', shareModal()).classList.add('ql-blank');
  await click(postButton());
  expect(sent()).toEqual([]);
  // Read as empty, the post would only be asked about (corporate), not blocked.
  expect(dialog()?.textContent).toContain('Blocked');
  expect(dialog()?.textContent).toContain('Stick a bomb under the budget');
});

it('lets a harmless post from the member through untouched', async () => {
  await guarded('');
  await openShareModal();
  await typeInShare('Lovely walk by the river');
  await click($('button.share-actions__primary-action'));
  expect(dialog()).toBeFalsy();
  expect(sent()).toEqual([
    {
      account: 'Jane Doe',
      texts: ['Lovely walk by the river'],
      surface: 'share-modal',
      via: 'click',
    },
  ]);
});

it('leaves messaging alone while a corporate post waits in the share modal', async () => {
  await guarded('author=Kingsford Council&messaging=open');
  await openShareModal();
  await typeInShare('Road works on the high street');
  const box = await typeMessage('Running late, see you at the bomb disposal talk');
  await act(async () => {
    box.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }),
    );
  });
  await typeMessage('second message');
  await click($('button.msg-form__send-button'));
  expect(dialog()).toBeFalsy();
  expect(sent().map((s) => [s.surface, s.account, s.via])).toEqual([
    ['messaging', 'Jane Doe', 'keyboard'],
    ['messaging', 'Jane Doe', 'click'],
  ]);
  // The share modal is untouched and still guarded.
  expect(linkedinAdapter.readTexts(linkedinAdapter.findSurfaces(document)[0]!)).toEqual([
    'Road works on the high street',
  ]);
  await click($('button.share-actions__primary-action'));
  expect(dialog()?.textContent).toContain('Kingsford Council · corporate');
  expect(sent()).toHaveLength(2);
});

it('fails closed, saying why, when the share modal has lost its editor', async () => {
  await guarded('');
  await openShareModal();
  await typeInShare('Lovely walk by the river');
  $('.ql-container').remove();
  await click($('button.share-actions__primary-action'));
  expect(sent()).toEqual([]);
  expect(dialog()?.textContent).toContain('Postguard could not check this post');
});
