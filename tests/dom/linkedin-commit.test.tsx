// Quill commits typed text a tick late on LinkedIn (docs/sites/linkedin.md#editor): for a
// moment the editor holds the text while it still has `ql-blank` and Post is disabled.
// The adapter reads the DOM at send time, never the class: a post is never read as empty
// because Quill has not caught up.
import { act } from 'react';
import { afterEach, expect, it } from 'vitest';
import { linkedinAdapter } from '../../src/content/sites/linkedin';
import {
  openShareModal,
  postButton,
  renderFixtureLinkedIn,
  unmountFixture,
  waitForCommit,
} from './render-fixture-linkedin';

afterEach(unmountFixture);

/** What a key press leaves in Quill's DOM before Quill has seen it: text in its <p>. */
async function typeIntoDom(editor: Element, text: string) {
  await act(async () => {
    editor.querySelector('p')!.textContent = text;
  });
}

it('reads the typed post while ql-blank and the disabled Post linger, and after the commit', async () => {
  await renderFixtureLinkedIn('author=Kingsford Council');
  await openShareModal();
  const [surface] = linkedinAdapter.findSurfaces(document);
  const editor = surface!.editors[0]!;
  expect(editor.classList.contains('ql-blank')).toBe(true);

  await typeIntoDom(editor, 'Stick a bomb under the budget');
  // Quill has seen the change (its observer ran inside act), LinkedIn has not committed it.
  expect(editor.classList.contains('ql-blank')).toBe(true);
  expect(linkedinAdapter.isSendEnabled(postButton())).toBe(false);
  expect(linkedinAdapter.readTexts(surface!)).toEqual(['Stick a bomb under the budget']);

  await waitForCommit();
  expect(editor.classList.contains('ql-blank')).toBe(false);
  expect(linkedinAdapter.isSendEnabled(postButton())).toBe(true);
  expect(linkedinAdapter.readTexts(surface!)).toEqual(['Stick a bomb under the budget']);
});

it('reads an empty box as empty, whatever the class says', async () => {
  await renderFixtureLinkedIn();
  await openShareModal();
  const [surface] = linkedinAdapter.findSurfaces(document);
  const editor = surface!.editors[0]!;
  expect(linkedinAdapter.readTexts(surface!)).toEqual(['']);
  editor.classList.remove('ql-blank');
  expect(linkedinAdapter.readTexts(surface!)).toEqual(['']);
});
