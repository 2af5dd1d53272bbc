// The LinkedIn adapter against the fixture LinkedIn's real markup (by default the 2026
// shell: the share modal in the open shadow root of #interop-outlet): Quill 2 (Quill runs
// in jsdom), the textbox variant, the author button and the messaging overlay open at the
// same time. Shells, the decoy, authors and Quill's late commit: linkedin-shells,
// linkedin-author and linkedin-commit tests.
import { afterEach, describe, expect, it } from 'vitest';
import { linkedinAdapter, postText, visibleLines } from '../../src/content/sites/linkedin';
import {
  $,
  click,
  openShareModal,
  renderFixtureLinkedIn,
  shareModal,
  typeInShare,
  typeMessage,
  unmountFixture,
} from './render-fixture-linkedin';

afterEach(unmountFixture);

const POST = 'button.share-actions__primary-action';
const CLOCK = '.share-actions__scheduled-post-btn';

const surfaces = () => linkedinAdapter.findSurfaces(document);
const account = () => linkedinAdapter.readAccount(surfaces()[0] ?? null, document);
const html = (markup: string) => {
  document.body.innerHTML = markup;
  return document;
};

describe('LinkedIn adapter on the fixture LinkedIn', () => {
  it('finds no compose surface on the feed until "Start a post" opens the share modal', async () => {
    await renderFixtureLinkedIn();
    expect(surfaces()).toEqual([]);
    const modal = await openShareModal();
    const [surface, ...more] = surfaces();
    expect(more).toEqual([]);
    expect(surface?.root).toBe(modal);
    expect(surface?.kind).toBe('share-modal');
    expect(surface?.editors).toEqual([$('div.ql-editor[contenteditable="true"]')]);
    expect(surface?.sendControl).toBe($(POST));
  });

  it("reads the author picker's first line: the member, not the avatar initials or the caret", async () => {
    await renderFixtureLinkedIn();
    await openShareModal();
    expect(visibleLines($('.share-unified-settings-entry-button'))).toEqual([
      'Jane Doe',
      'Post to Anyone',
    ]);
    expect(account()).toEqual({ handle: 'Jane Doe' });
  });

  it('reads a company page as the author', async () => {
    await renderFixtureLinkedIn('author=Kingsford Council');
    await openShareModal();
    expect(account().handle).toBe('Kingsford Council');
    expect(linkedinAdapter.formatAccount(account().handle!)).toBe('Kingsford Council');
  });

  it('follows an author switch made in the modal, without a reload, keeping the text', async () => {
    await renderFixtureLinkedIn();
    await openShareModal();
    await typeInShare('Road works on the high street');
    await click($('.share-unified-settings-entry-button'));
    // The settings view hides the compose view; the surface and its editor stay.
    expect(surfaces()).toHaveLength(1);
    await click($('input[type="radio"][value="Kingsford Council"]'));
    const buttons = [...shareModal().querySelectorAll('button')];
    await click(buttons.find((b) => b.textContent === 'Done')!);
    expect(account().handle).toBe('Kingsford Council');
    expect(linkedinAdapter.readTexts(surfaces()[0]!)).toEqual(['Road works on the high street']);
  });

  it('reports the account as unknown, with why, when the author picker is absent', async () => {
    await renderFixtureLinkedIn('hideAuthor=1');
    await openShareModal();
    const seen = account();
    expect(seen.handle).toBeNull();
    expect(seen.problem).toBe('author-control-missing');
  });

  it('reads the post as Quill holds it: one line per paragraph, blank lines kept', async () => {
    await renderFixtureLinkedIn();
    await openShareModal();
    await typeInShare('Bins move to Thursday.\n\nThanks, our residents');
    expect($('.ql-editor').querySelectorAll('p')).toHaveLength(3);
    expect(linkedinAdapter.readTexts(surfaces()[0]!)).toEqual([
      'Bins move to Thursday.\n\nThanks, our residents',
    ]);
  });

  it('knows Post is disabled while the box is empty', async () => {
    await renderFixtureLinkedIn();
    await openShareModal();
    expect(linkedinAdapter.isSendEnabled($(POST))).toBe(false);
    await typeInShare('Hello');
    expect(linkedinAdapter.isSendEnabled($(POST))).toBe(true);
  });

  it('treats a click on the Post label as a send from the modal, and the schedule clock not', async () => {
    await renderFixtureLinkedIn();
    const modal = await openShareModal();
    const post = linkedinAdapter.clickSendAt($(`${POST} .artdeco-button__text`));
    expect(post?.control).toBe($(POST));
    expect(post?.surface.root).toBe(modal);
    expect(post?.via).toBe('click');
    // The clock opens the scheduler; the send is Post relabelled "Schedule".
    expect(linkedinAdapter.clickSendAt($(`${CLOCK} svg path`))).toBeNull();
  });

  it('ignores other clicks: the author picker, Dismiss, "Start a post"', async () => {
    await renderFixtureLinkedIn();
    await openShareModal();
    for (const selector of [
      '.share-unified-settings-entry-button',
      'button[aria-label="Dismiss"]',
      '.share-box-feed-entry__trigger',
    ]) {
      expect(linkedinAdapter.clickSendAt($(selector))).toBeNull();
    }
  });

  it('has no keyboard send for posts (Ctrl+Enter or Enter in the share editor)', async () => {
    await renderFixtureLinkedIn();
    await openShareModal();
    for (const init of [{}, { ctrlKey: true }, { metaKey: true }]) {
      const event = new KeyboardEvent('keydown', { key: 'Enter', ...init });
      expect(linkedinAdapter.keyboardSendAt(event, $('.ql-editor'))).toBeNull();
    }
  });

  it('finds the newer [role=textbox] editor (editor=textbox), which has no Quill markup', async () => {
    await renderFixtureLinkedIn('editor=textbox');
    const modal = await openShareModal();
    expect(modal.querySelector('.ql-editor')).toBeNull();
    const [surface] = surfaces();
    expect(surface?.editors).toEqual([
      $('[role="textbox"][aria-label="Text editor for creating content"]'),
    ]);
    await typeInShare('first line\nsecond line');
    expect(linkedinAdapter.readTexts(surface!)).toEqual(['first line\nsecond line']);
    expect(linkedinAdapter.isSendEnabled($(POST))).toBe(true);
  });

  it('finds the older modal (.share-box-v2__modal, no aria-labelledby)', async () => {
    await renderFixtureLinkedIn('modal=legacy');
    const modal = await openShareModal();
    expect(modal.hasAttribute('aria-labelledby')).toBe(false);
    expect(surfaces().map((s) => s.root)).toEqual([modal]);
    expect(account().handle).toBe('Jane Doe');
  });

  it("composes as the company page on its admin view's ?share=true", async () => {
    await renderFixtureLinkedIn('share=true', '/company/1234/admin/dashboard/');
    expect(surfaces()).toHaveLength(1);
    expect(account().handle).toBe('Kingsford Council');
  });

  it('shows an unknown account when asked with no share box open', async () => {
    await renderFixtureLinkedIn();
    expect(linkedinAdapter.readAccount(null, document)).toMatchObject({
      handle: null,
      problem: 'composer-closed',
    });
  });
});

describe('the messaging overlay is not a compose surface', () => {
  it('with only messaging open there is no surface, and Send or Enter is not a send', async () => {
    await renderFixtureLinkedIn('messaging=open');
    const box = await typeMessage('Running late');
    expect(surfaces()).toEqual([]);
    expect(linkedinAdapter.clickSendAt($('button.msg-form__send-button'))).toBeNull();
    const enter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true });
    expect(linkedinAdapter.keyboardSendAt(enter, box)).toBeNull();
  });

  it('open beside the share modal, the surface is still only the share modal', async () => {
    await renderFixtureLinkedIn('messaging=open');
    const modal = await openShareModal();
    await typeInShare('Road works on the high street');
    await typeMessage('Running late');
    // Two dialogs open at once: the share modal and the conversation (light DOM).
    expect($('[role="dialog"][aria-label="Conversation with Sam Patel"]')).toBeTruthy();
    const [surface, ...more] = surfaces();
    expect(more).toEqual([]);
    expect(surface?.root).toBe(modal);
    expect(surface?.editors).toEqual([$('.ql-editor')]);
    expect(linkedinAdapter.readTexts(surface!)).toEqual(['Road works on the high street']);
    expect(linkedinAdapter.clickSendAt($('button.msg-form__send-button'))).toBeNull();
    expect(linkedinAdapter.clickSendAt($('.msg-form__contenteditable'))).toBeNull();
  });
});

describe('fallbacks, on hand-made markup', () => {
  it('a dialog holding the share actions is the share modal when its other marks are gone', () => {
    const doc = html(`
      <div role="dialog" id="share"><div contenteditable="true" role="textbox"><p>hi</p></div>
        <button class="share-actions__primary-action">Post</button></div>
      <div role="dialog" id="chat"><div contenteditable="true" role="textbox"><p>yo</p></div>
        <button>Send</button></div>`);
    const found = linkedinAdapter.findSurfaces(doc);
    expect(found.map((s) => s.root.id)).toEqual(['share']);
    expect(linkedinAdapter.readTexts(found[0]!)).toEqual(['hi']);
  });

  it('a button named exactly "Post" in the share modal is the send control when its class changed', () => {
    const doc = html(`
      <div role="dialog" aria-labelledby="share-to-linkedin-modal__header">
        <div class="ql-editor" contenteditable="true"><p>hi</p></div>
        <button class="renamed"><span>Post</span></button><button>Post settings</button></div>
      <div role="dialog"><button>Post</button></div>`);
    const [surface] = linkedinAdapter.findSurfaces(doc);
    const post = doc.querySelector('button.renamed span')!;
    expect(surface?.sendControl).toBe(post.parentElement);
    expect(linkedinAdapter.clickSendAt(post)?.control).toBe(post.parentElement);
    expect(linkedinAdapter.clickSendAt(doc.querySelectorAll('button')[1]!)).toBeNull();
    // Outside the share modal a "Post" button is nobody's business.
    expect(linkedinAdapter.clickSendAt(doc.querySelectorAll('button')[2]!)).toBeNull();
  });

  it('fails closed when the share modal has no editor it recognises (readTexts throws)', () => {
    const doc = html(`<div class="share-box-v2__modal" role="dialog">
      <button class="share-actions__primary-action">Post</button></div>`);
    const [surface] = linkedinAdapter.findSurfaces(doc);
    expect(surface?.editors).toEqual([]);
    expect(() => linkedinAdapter.readTexts(surface!)).toThrow(/text-box-missing/);
  });

  it("the author's name is the first line a person sees, whatever the markup", () => {
    const doc = html(`<button class="share-unified-settings-entry-button">
      <span class="visually-hidden">Open post settings</span><img alt="x">
      <svg><title>avatar</title></svg><span aria-hidden="true">KC</span>
      <span>Kingsford <b>Council</b></span><br><span>Anyone</span></button>`);
    expect(visibleLines(doc.querySelector('button')!)).toEqual(['Kingsford Council', 'Anyone']);
  });

  it('reads every line of an editor that makes <div>s or bare text instead of <p>s', () => {
    const doc = html(`<div id="e" contenteditable="true">first<div>second</div><p>third</p></div>`);
    // jsdom has no innerText: textContent is the last resort (lines run together there).
    expect(postText(doc.getElementById('e')!)).toContain('second');
    const quill = html(
      `<div class="ql-editor"><p>a</p><ol><li data-list="bullet">b</li></ol></div>`,
    );
    expect(postText(quill.querySelector('.ql-editor')!)).toBe('a\nb');
    // Shift+Enter's <br>: two words, not "bombsquad" (which no whole-word rule would match).
    const soft = html(`<div class="ql-editor"><p>the bomb<br>squad</p><p><br></p><p>end</p></div>`);
    expect(postText(soft.querySelector('.ql-editor')!)).toBe('the bomb\nsquad\n\nend');
  });

  it("the share modal's author button missing a name is unknown, not blank", () => {
    const doc = html(`<div role="dialog" aria-labelledby="share-to-linkedin-modal__header">
      <button class="share-unified-settings-entry-button"><span aria-hidden="true">JD</span></button>
      <div class="ql-editor" contenteditable="true"></div></div>`);
    expect(linkedinAdapter.readAccount(linkedinAdapter.findSurfaces(doc)[0]!, doc)).toMatchObject({
      handle: null,
      problem: 'author-name-empty',
    });
  });
});
