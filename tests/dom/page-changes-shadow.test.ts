// The page observer and open shadow roots attached late (content/page-changes.ts): a site
// may attach the shadow root that holds its compose box only when a person opens it
// (LinkedIn's #interop-outlet, docs/sites/linkedin.md#shells). Nothing the document's
// observer sees changes then, and focus need not move inside; the compose box must still
// be noticed, and changes inside it followed.
import { afterEach, expect, it, vi } from 'vitest';
import { onPageChange } from '../../src/content/page-changes';
import { linkedinAdapter } from '../../src/content/sites/linkedin';

let stop = () => {};
afterEach(() => {
  stop();
  document.body.innerHTML = '';
});

it('notices a shadow root attached on a click, with no focus inside, and follows changes in it', async () => {
  document.body.innerHTML = `<button id="start">Start a post</button>
    <div id="interop-outlet" data-testid="interop-shadowdom"></div>`;
  const host = document.getElementById('interop-outlet')!;
  let author: HTMLElement | null = null;
  document.getElementById('start')!.addEventListener('click', () => {
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = `<div role="dialog" data-test-modal-id="sharebox">
      <button class="share-unified-settings-entry-button"><div>Jane Doe</div></button>
      <div class="ql-editor" contenteditable="true"><p><br></p></div></div>`;
    author = root.querySelector('.share-unified-settings-entry-button div');
  });
  const changes = vi.fn();
  stop = onPageChange(document, linkedinAdapter, changes);

  document.getElementById('start')!.click();
  await vi.waitFor(() => expect(changes).toHaveBeenCalled());
  expect(document.activeElement).toBe(document.body);

  changes.mockClear();
  author!.textContent = 'Kingsford Council';
  await vi.waitFor(() => expect(changes).toHaveBeenCalled());
});
