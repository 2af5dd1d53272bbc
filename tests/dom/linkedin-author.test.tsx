// Who a LinkedIn post is from (docs/sites/linkedin.md#author): the share modal's author
// button, or the "Post settings" flow's; on a company page's admin composer, the page.
// Whatever cannot be read is unknown, with the reason (the guard then asks).
import { afterEach, describe, expect, it } from 'vitest';
import { linkedinAdapter } from '../../src/content/sites/linkedin';
import {
  $,
  click,
  openShareModal,
  renderFixtureLinkedIn,
  shareModal,
  unmountFixture,
} from './render-fixture-linkedin';

afterEach(unmountFixture);

const COMPANY_COMPOSER = '/company/1234/admin/page-posts/published/';
const account = () =>
  linkedinAdapter.readAccount(linkedinAdapter.findSurfaces(document)[0] ?? null, document);
const html = (markup: string) => {
  history.replaceState(null, '', '/feed/');
  document.body.innerHTML = markup;
  return document;
};

async function chooseAuthor(name: string) {
  await click($(`input[type="radio"][value="${name}"]`, shareModal()));
  const buttons = [...shareModal().querySelectorAll('button')];
  await click(buttons.find((b) => b.textContent === 'Done')!);
}

describe('the "Post settings" flow (flow=settings)', () => {
  it('reads the author from .share-creation-state__author-button, and follows a change', async () => {
    await renderFixtureLinkedIn('flow=settings');
    const modal = await openShareModal();
    expect(modal.querySelector('.share-unified-settings-entry-button')).toBeNull();
    expect(account()).toEqual({ handle: 'Jane Doe' });
    await click($('.share-creation-state__author-button', modal));
    await chooseAuthor('Kingsford Council');
    expect(account()).toEqual({ handle: 'Kingsford Council' });
  });
});

describe("a company page's admin composer", () => {
  it('opens at load on …/page-posts/published/?share=true, posting as the page', async () => {
    await renderFixtureLinkedIn('share=true', COMPANY_COMPOSER);
    expect(linkedinAdapter.findSurfaces(document)).toHaveLength(1);
    expect(account()).toEqual({ handle: 'Kingsford Council' });
  });

  it('with no author button, is unknown because the page is not named, not a guess', async () => {
    await renderFixtureLinkedIn('share=true&hideAuthor=1', COMPANY_COMPOSER);
    expect(account()).toEqual({ handle: null, problem: 'company-page-unnamed' });
  });

  it('elsewhere, no author button is an author control missing', async () => {
    await renderFixtureLinkedIn('hideAuthor=1');
    await openShareModal();
    expect(account()).toEqual({ handle: null, problem: 'author-control-missing' });
  });
});

it("the member's composer, /preload/sharebox/, is open at load and posts as the member", async () => {
  await renderFixtureLinkedIn('', '/preload/sharebox/');
  expect(linkedinAdapter.findSurfaces(document)).toHaveLength(1);
  expect(account()).toEqual({ handle: 'Jane Doe' });
});

describe('on hand-made markup', () => {
  const modal = (buttons: string) =>
    html(`<div role="dialog" data-test-modal-id="sharebox">${buttons}
      <div class="ql-editor" contenteditable="true"><p>hi</p></div>
      <button class="share-actions__primary-action">Post</button></div>`);

  it('two author buttons naming two authors: unknown, they disagree', () => {
    modal(`<button class="share-unified-settings-entry-button"><div>Jane Doe</div><div>Post to Anyone</div></button>
      <button class="share-creation-state__author-button">Kingsford Council</button>`);
    expect(account()).toEqual({ handle: null, problem: 'accounts-disagree' });
  });

  it('two author buttons naming the same author: that author', () => {
    modal(`<button class="share-unified-settings-entry-button"><div>Jane Doe</div><div>Post to Anyone</div></button>
      <button class="share-creation-state__author-button"><span aria-hidden="true">JD</span>Jane Doe</button>`);
    expect(account()).toEqual({ handle: 'Jane Doe' });
  });

  it('a Post settings author button showing no name: unknown, not blank', () => {
    modal(
      `<button class="share-creation-state__author-button"><span aria-hidden="true">KC</span></button>`,
    );
    expect(account()).toEqual({ handle: null, problem: 'author-name-empty' });
  });
});
