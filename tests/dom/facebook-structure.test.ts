// The Facebook adapter's fallbacks, on hand-written markup for shapes the fixture does
// not take: where the live site may differ from it, the adapter must still find the send
// control and the account, or say it cannot (docs/sites/facebook.md: evidence, not truth).
import { afterEach, describe, expect, it } from 'vitest';
import { facebookAdapter as fb } from '../../src/content/sites/facebook';
import { adapterFor } from '../../src/content/sites';
import { forgetAccountMenu } from '../../src/content/sites/facebook/account-menu';

afterEach(() => {
  document.body.innerHTML = '';
  forgetAccountMenu(document);
});

/** The top bar's button and its open menu, checking `active` among the profile and a Page. */
const MENU = (active: string) => `<div role="banner"><div role="navigation">
  <div role="button"><svg aria-label="Your profile"><image></image></svg></div></div></div>
  <div role="dialog" aria-label="Your profile"><div role="radiogroup">${[
    'Jane Doe',
    'Kingsford Council',
  ]
    .map(
      (name) =>
        `<div role="radio" aria-checked="${name === active}"><svg role="img" aria-label="${name}"></svg><span>${name}</span></div>`,
    )
    .join('')}</div></div>`;

const EDITOR = (text = '') =>
  `<div contenteditable="true" role="textbox" data-lexical-editor="true" spellcheck="true" class="notranslate"><p>${
    text ? `<span data-lexical-text="true">${text}</span>` : '<br>'
  }</p></div>`;
const page = (html: string) => {
  document.body.innerHTML = html;
  return document;
};
const q = (selector: string) => document.querySelector(selector) as HTMLElement;
const enter = (init: KeyboardEventInit = {}) =>
  new KeyboardEvent('keydown', { key: 'Enter', ...init });

describe('Facebook adapter fallbacks', () => {
  it('reads the author’s written name when the composer’s picture is not named', () => {
    const html = `
      <div role="dialog"><h2>Créer une publication</h2><div role="button" aria-label="Fermer">✕</div>
        <div><svg aria-hidden="true"></svg><span>  Kingsford
          Council </span><div role="button">Public</div></div>
        ${EDITOR()}<div role="button" id="send">Publier</div></div>`;
    const doc = page(MENU('Kingsford Council') + html);
    const [surface] = fb.findSurfaces(doc);
    expect(surface?.kind).toBe('create-post');
    expect(surface?.sendControl).toBe(q('#send'));
    expect(fb.readAccount(surface!, doc).handle).toBe('Kingsford Council');
    // The same name against a menu that checks the profile: the two disagree.
    page(MENU('Jane Doe') + html);
    expect(fb.readAccount(fb.findSurfaces(doc)[0]!, doc).problem).toBe('accounts-disagree');
  });

  it('uses the English label when no control follows the editor', () => {
    const doc = page(`
      <div role="dialog"><div role="button" aria-label="Post" id="send">Post</div>
        <svg role="img" aria-label="Jane Doe"></svg>${EDITOR('hi')}</div>`);
    expect(fb.findSurfaces(doc)[0]?.sendControl).toBe(q('#send'));
    expect(fb.clickSendAt(q('#send'))?.surface.kind).toBe('create-post');
  });

  it('guards a dialog that shares a post: the send control is not inside the shared post', () => {
    const doc = page(`${MENU('Kingsford Council')}
      <div role="dialog"><svg role="img" aria-label="Kingsford Council"></svg>${EDITOR('Look')}
        <div role="article"><strong>Kingsford News</strong><div role="button">See more</div></div>
        <div role="button" id="share">Share now</div></div>`);
    const [surface] = fb.findSurfaces(doc);
    expect(surface?.kind).toBe('create-post');
    expect(surface?.sendControl).toBe(q('#share'));
    expect(fb.readAccount(surface!, doc).handle).toBe('Kingsford Council');
  });

  it('sees the box under a post in its own dialog as a comment box, not a new post', () => {
    const doc = page(`${MENU('Jane Doe')}
      <div role="dialog"><h2>Kingsford News's post</h2>
        <div role="article"><svg role="img" aria-label="Kingsford News"></svg>Bins</div>
        <form><svg role="img" aria-label="Jane Doe"></svg>${EDITOR('Thanks')}
          <div role="button" id="send"></div></form></div>`);
    const [surface] = fb.findSurfaces(doc);
    expect(surface?.kind).toBe('comment');
    expect(surface?.root.tagName).toBe('FORM');
    expect(fb.readAccount(surface!, doc).handle).toBe('Jane Doe');
    expect(fb.clickSendAt(q('#send'))?.surface.kind).toBe('comment');
    expect(fb.keyboardSendAt(enter(), q('[role="textbox"]'))?.control).toBe(q('[role="textbox"]'));
  });

  it('holds Enter in a comment box that has no send button, with the editor as the control', () => {
    const doc = page(`<div role="article"><div><svg role="img" aria-label="Kingsford News"></svg>
      <div role="button">Like</div><div><div>${EDITOR('Thanks')}</div></div></div></div>`);
    const editor = q('[role="textbox"]');
    const attempt = fb.keyboardSendAt(enter(), editor);
    expect(attempt?.surface.kind).toBe('comment');
    expect(attempt?.control).toBe(editor);
    expect(fb.isSendEnabled(editor)).toBe(true);
    expect(fb.readAccount(attempt!.surface, doc).handle).toBeNull();
  });

  it('does not read the menu button’s picture ("Your profile") as a name: the menu must be opened', () => {
    page(`<div role="banner"><div role="button" aria-label="Your profile" aria-haspopup="menu">
      <svg role="img" aria-label="Your profile"></svg></div></div>`);
    expect(fb.readAccount(null, document)).toEqual({
      handle: null,
      problem: 'account-menu-unread',
    });
  });

  it('reads the profile an open menu of menuitemradios checks, by its text or its label', () => {
    page(`<div role="banner"><div role="button" aria-label="Account"></div></div>
      <div role="menu"><div role="menuitemradio" aria-checked="false">Jane Doe</div>
      <div role="menuitemradio" aria-checked="true"> Kingsford
        Council <span>Page</span></div></div>`);
    expect(fb.readAccount(null, document).handle).toBe('Kingsford Council');
    page(`<div role="menu"><div role="menuitemradio" aria-checked="true" aria-label="Jane Doe">
      <span aria-hidden="true">✓</span>JD</div></div>`);
    expect(fb.readAccount(null, document).handle).toBe('Jane Doe');
  });

  it('takes no poll’s checked answer for the account, in a post or a form', () => {
    page(`<div role="banner"><div role="button" aria-label="Account"></div></div>
      <div role="article"><div role="radiogroup"><div role="radio" aria-checked="true">Yes</div></div></div>
      <form><div role="radio" aria-checked="true">Kingsford Council</div></form>`);
    expect(fb.readAccount(null, document).problem).toBe('account-menu-unread');
  });

  it('is unknown when two open lists check different identities', () => {
    page(`${MENU('Jane Doe')}<div role="menu">
      <div role="menuitemradio" aria-checked="true">Kingsford Council</div></div>`);
    expect(fb.readAccount(null, document)).toEqual({ handle: null, problem: 'accounts-disagree' });
  });

  it('reads text from older Lexical versions, whose own trailing <br> is not marked', () => {
    const doc = page(`<div role="dialog">${EDITOR()}<div role="button"></div></div>`);
    q('[role="textbox"]').innerHTML =
      '<p><span>one</span><br><span>two</span><br><br></p><p><br></p><p><img alt="😂" src="data:,"></p>';
    expect(fb.readTexts(fb.findSurfaces(doc)[0]!)).toEqual(['one\ntwo\n\n\n😂']);
  });

  it('guards www., web. and m.facebook.com, and nothing else of Facebook', () => {
    for (const host of ['www.facebook.com', 'web.facebook.com', 'm.facebook.com']) {
      expect(adapterFor(host)).toBe(fb);
    }
    expect(adapterFor('facebook.com.example.net')).not.toBe(fb);
    expect(adapterFor('developers.facebook.com')).not.toBe(fb);
  });
});
