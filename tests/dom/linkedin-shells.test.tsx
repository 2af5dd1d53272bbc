// LinkedIn's two shells and the decoy, on the fixture (docs/sites/linkedin.md#shells):
// the 2026 shell renders the share modal inside the open shadow root of #interop-outlet,
// which `document.querySelector` does not see; the older shell renders it in the light
// DOM. Both keep a hidden /preload copy of the sharebox in the light DOM, which is never
// a compose box and never names the author.
import { afterEach, describe, expect, it } from 'vitest';
import { linkedinAdapter } from '../../src/content/sites/linkedin';
import {
  $,
  interopRoot,
  openShareModal,
  renderFixtureLinkedIn,
  typeInShare,
  unmountFixture,
} from './render-fixture-linkedin';

afterEach(unmountFixture);

const surfaces = () => linkedinAdapter.findSurfaces(document);
const account = () => linkedinAdapter.readAccount(surfaces()[0] ?? null, document);
const EDITOR =
  'div.ql-editor[contenteditable="true"][role="textbox"][aria-label="Text editor for creating content"][data-test-ql-editor-contenteditable="true"]';

describe('the 2026 shell (default)', () => {
  it('has the share modal only inside the open shadow root of #interop-outlet, and finds it there', async () => {
    await renderFixtureLinkedIn('author=Kingsford Council');
    const modal = await openShareModal();
    const host = $('#interop-outlet');
    expect(host.dataset.testid).toBe('interop-shadowdom');
    expect(modal.getRootNode()).toBe(host.shadowRoot);
    expect(
      modal.matches('[data-test-modal-id="sharebox"][role="dialog"].share-box-v2__modal'),
    ).toBe(true);
    // What a light-DOM search sees: only the hidden /preload copy.
    const light = [...document.querySelectorAll('[data-test-modal-id="sharebox"]')];
    expect(light).toHaveLength(1);
    expect(light[0]!.closest('[hidden]')).not.toBeNull();

    const [surface, ...more] = surfaces();
    expect(more).toEqual([]);
    expect(surface?.root).toBe(modal);
    expect(surface?.editors).toEqual([$(EDITOR, modal)]);
    expect(surface?.sendControl).toBe($('button.share-actions__primary-action', modal));
    expect(account()).toEqual({ handle: 'Kingsford Council' });
    expect(linkedinAdapter.shell(document)).toBe('shadow-2026');
  });

  it("reads the post typed in the shadow root, and a click on Post's label there is a send", async () => {
    await renderFixtureLinkedIn();
    const modal = await openShareModal();
    await typeInShare('Road works on the high street');
    expect(linkedinAdapter.readTexts(surfaces()[0]!)).toEqual(['Road works on the high street']);
    const attempt = linkedinAdapter.clickSendAt($('.share-actions__primary-action span', modal));
    expect(attempt?.surface.root).toBe(modal);
    expect(attempt?.control).toBe($('button.share-actions__primary-action', modal));
  });

  it('takes the host, which is all a window listener sees of a click inside, for no send', async () => {
    await renderFixtureLinkedIn();
    await openShareModal();
    expect(linkedinAdapter.clickSendAt($('#interop-outlet'))).toBeNull();
  });
});

describe('the older light-DOM shell (shell=light)', () => {
  it('renders the share modal in #artdeco-modal-outlet and finds it, not the decoy', async () => {
    await renderFixtureLinkedIn('shell=light&author=Kingsford Council');
    expect(interopRoot()).toBeNull();
    expect(linkedinAdapter.shell(document)).toBe('none');
    const modal = await openShareModal();
    expect(modal.parentElement?.closest('#artdeco-modal-outlet')).not.toBeNull();
    expect(document.querySelectorAll('.ql-editor')).toHaveLength(2); // the decoy's and the modal's
    expect(surfaces().map((s) => s.root)).toEqual([modal]);
    expect(surfaces()[0]?.editors).toEqual([$(EDITOR, modal)]);
    expect(account()).toEqual({ handle: 'Kingsford Council' });
    expect(linkedinAdapter.shell(document)).toBe('light-dom');
    await typeInShare('Road works');
    expect(linkedinAdapter.readTexts(surfaces()[0]!)).toEqual(['Road works']);
  });
});

describe('the hidden /preload sharebox copy (the decoy)', () => {
  for (const query of ['', 'shell=light', 'decoy=offscreen', 'shell=light&decoy=offscreen']) {
    it(`is no compose box and names no author while the modal is closed (${query || 'default'})`, async () => {
      await renderFixtureLinkedIn(query);
      const decoy = document.querySelector('.share-box-preload [data-test-modal-id="sharebox"]');
      expect(decoy?.querySelector('.ql-editor[contenteditable="true"]')).toBeTruthy();
      expect(decoy?.textContent).toContain('Jane Doe');
      expect(surfaces()).toEqual([]);
      expect(linkedinAdapter.readAccount(null, document)).toEqual({
        handle: null,
        problem: 'composer-closed',
      });
    });
  }

  it('with the modal open as the company page, the modal names the author, not the decoy', async () => {
    await renderFixtureLinkedIn('decoy=offscreen&author=Kingsford Council');
    await openShareModal();
    expect(surfaces()).toHaveLength(1);
    expect(linkedinAdapter.readAccount(null, document)).toEqual({ handle: 'Kingsford Council' });
  });
});
