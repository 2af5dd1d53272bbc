// The Facebook adapter against the fixture Facebook's real markup (Lexical editors,
// div[role=button] controls, localised labels, the account menu).
import { afterEach, describe, expect, it } from 'vitest';
import { facebookAdapter as fb } from '../../src/content/sites/facebook';
import {
  FB_EDITOR,
  openCreatePost,
  renderFixtureFacebook,
  setText,
  unmountFixture,
} from './render-fixture-facebook';

afterEach(unmountFixture);

const q = (selector: string, scope: ParentNode = document) => {
  const el = scope.querySelector(selector);
  if (!el) throw new Error(`no ${selector} in the fixture`);
  return el;
};
const byLabel = (label: string, scope: ParentNode = document) =>
  q(`[role="button"][aria-label="${label}"]`, scope) as HTMLElement;
const surface = (doc: Document, kind: string) => {
  const found = fb.findSurfaces(doc).find((s) => s.kind === kind);
  if (!found) throw new Error(`no ${kind} surface`);
  return found;
};
const key = (init: KeyboardEventInit) => new KeyboardEvent('keydown', { key: 'Enter', ...init });

describe('Facebook adapter: compose surfaces', () => {
  it('finds only the comment box on the feed, with its Lexical editor and send button', async () => {
    const doc = await renderFixtureFacebook();
    const surfaces = fb.findSurfaces(doc);
    expect(surfaces.map((s) => s.kind)).toEqual(['comment']);
    const comment = surfaces[0]!;
    expect(comment.root.tagName).toBe('FORM');
    expect(comment.editors).toHaveLength(1);
    expect(comment.editors[0]!.matches('.notranslate[spellcheck="true"]')).toBe(true);
    // The post's own "Comment" action has the same English label: structure tells them apart.
    expect(comment.sendControl?.getAttribute('aria-label')).toBe('Comment');
    expect(comment.sendControl?.closest('form')).toBe(comment.root);
  });

  it('finds the Create post dialog and its Post button, the last control after the editor', async () => {
    const doc = await renderFixtureFacebook();
    const dialog = await openCreatePost(doc);
    const post = surface(doc, 'create-post');
    expect(post.root).toBe(dialog);
    expect(post.editors).toHaveLength(1);
    expect(post.editors[0]).toBe(q(FB_EDITOR, dialog));
    expect(post.sendControl).toBe(byLabel('Post', dialog));
  });

  it('finds the send controls by structure when the labels are not English (lang=fr)', async () => {
    const doc = await renderFixtureFacebook({ lang: 'fr' });
    await openCreatePost(doc);
    expect(surface(doc, 'create-post').sendControl?.getAttribute('aria-label')).toBe('Publier');
    expect(surface(doc, 'comment').sendControl?.getAttribute('aria-label')).toBe('Commenter');
    const attempt = fb.clickSendAt(q('span', byLabel('Publier')));
    expect(attempt?.surface.kind).toBe('create-post');
    expect(attempt?.control).toBe(byLabel('Publier'));
  });

  it('knows the send buttons are disabled while the box is empty', async () => {
    const doc = await renderFixtureFacebook();
    const dialog = await openCreatePost(doc);
    const post = surface(doc, 'create-post');
    expect(post.sendControl?.getAttribute('aria-disabled')).toBe('true');
    expect(fb.isSendEnabled(post.sendControl!)).toBe(false);
    await setText(q(FB_EDITOR, dialog), 'Road works on the high street');
    expect(fb.isSendEnabled(post.sendControl!)).toBe(true);
    expect(fb.isSendEnabled(surface(doc, 'comment').sendControl!)).toBe(false);
  });
});

describe('Facebook adapter: sends', () => {
  it('treats a click on the Post label as a send from the dialog', async () => {
    const doc = await renderFixtureFacebook();
    const dialog = await openCreatePost(doc);
    const attempt = fb.clickSendAt(q('span', byLabel('Post', dialog)));
    expect(attempt?.via).toBe('click');
    expect(attempt?.control).toBe(byLabel('Post', dialog));
    expect(attempt?.surface.root).toBe(dialog);
  });

  it('ignores every other control: Close, audience, photo, Like, the post’s Comment action', async () => {
    const doc = await renderFixtureFacebook();
    const dialog = await openCreatePost(doc);
    for (const label of ['Close', 'Edit privacy. Sharing with Public.', 'Photo/video', 'Emoji']) {
      expect(fb.clickSendAt(byLabel(label, dialog))).toBeNull();
    }
    for (const label of ['Like', 'Share', 'View more comments', 'Emoji']) {
      expect(fb.clickSendAt(byLabel(label))).toBeNull();
    }
    expect(fb.clickSendAt(q('[data-fixture="account-button"]'))).toBeNull();
    // Same English label as the comment box's send button, but not in the comment box.
    expect(fb.clickSendAt(q('.post-actions [aria-label="Comment"]'))).toBeNull();
    expect(fb.clickSendAt(q('h2', dialog))).toBeNull();
  });

  it('treats a click on the comment box’s send button as a comment send', async () => {
    const doc = await renderFixtureFacebook();
    const send = q('form [aria-label="Comment"]');
    const attempt = fb.clickSendAt(q('span', send));
    expect(attempt?.via).toBe('click');
    expect(attempt?.control).toBe(send);
    expect(attempt?.surface.kind).toBe('comment');
    expect(attempt?.surface.root).toBe(surface(doc, 'comment').root);
  });

  it('sees plain Enter in a comment box as a send; not Shift+Enter, not during IME composition', async () => {
    const doc = await renderFixtureFacebook();
    const editor = q(FB_EDITOR, q('form'));
    const attempt = fb.keyboardSendAt(key({}), editor);
    expect(attempt?.via).toBe('keyboard');
    // Released as it was sent: an Enter on the editor, whatever buttons the box has.
    expect(attempt?.control).toBe(editor);
    expect(attempt?.surface.root).toBe(surface(doc, 'comment').root);
    expect(attempt?.release).toBeTypeOf('function');
    expect(fb.keyboardSendAt(key({ shiftKey: true }), editor)).toBeNull();
    expect(fb.keyboardSendAt(key({ isComposing: true }), editor)).toBeNull();
    expect(fb.keyboardSendAt(key({ keyCode: 229 }), editor)).toBeNull();
    expect(fb.keyboardSendAt(key({ key: 'a' }), editor)).toBeNull();
  });

  it('sees a text node inside the comment editor as the editor (the usual event target)', async () => {
    await renderFixtureFacebook();
    const editor = q(FB_EDITOR, q('form'));
    await setText(editor, 'Thanks!');
    expect(fb.keyboardSendAt(key({}), q('[data-lexical-text]', editor))?.surface.kind).toBe(
      'comment',
    );
  });

  it('lets plain Enter make a new paragraph in the Create post dialog, but holds Ctrl/Cmd+Enter', async () => {
    const doc = await renderFixtureFacebook();
    const editor = q(FB_EDITOR, await openCreatePost(doc));
    expect(fb.keyboardSendAt(key({}), editor)).toBeNull();
    expect(fb.keyboardSendAt(key({ shiftKey: true }), editor)).toBeNull();
    expect(fb.keyboardSendAt(key({ ctrlKey: true }), editor)?.surface.kind).toBe('create-post');
    expect(fb.keyboardSendAt(key({ metaKey: true }), editor)?.surface.kind).toBe('create-post');
  });

  it('sees Enter or Space on a focused send button as a send (Facebook buttons act on keydown)', async () => {
    const doc = await renderFixtureFacebook();
    const dialog = await openCreatePost(doc);
    const post = byLabel('Post', dialog);
    expect(fb.keyboardSendAt(key({}), post)?.via).toBe('keyboard');
    expect(fb.keyboardSendAt(key({}), post)?.control).toBe(post);
    expect(fb.keyboardSendAt(key({ key: ' ' }), post)?.control).toBe(post);
    expect(fb.keyboardSendAt(key({ key: 'Tab' }), post)).toBeNull();
    expect(fb.keyboardSendAt(key({}), byLabel('Close', dialog))).toBeNull();
  });
});

describe('Facebook adapter: text', () => {
  it('reads paragraphs and Shift+Enter line breaks as lines, without Lexical’s own <br>', async () => {
    const doc = await renderFixtureFacebook();
    const dialog = await openCreatePost(doc);
    await setText(q(FB_EDITOR, dialog), 'Road works\non the high street', '', 'From Monday');
    expect(fb.readTexts(surface(doc, 'create-post'))).toEqual([
      'Road works\non the high street\n\nFrom Monday',
    ]);
  });

  it('reads an empty box as empty', async () => {
    const doc = await renderFixtureFacebook();
    expect(fb.readTexts(surface(doc, 'comment'))).toEqual(['']);
  });

  it('reads a line break at the end once', async () => {
    const doc = await renderFixtureFacebook();
    await setText(q(FB_EDITOR, q('form')), 'Thanks\n');
    expect(fb.readTexts(surface(doc, 'comment'))).toEqual(['Thanks\n']);
  });
});

// Who is posting (the account menu, the compose box's name): facebook-identity.test.tsx.
describe('Facebook adapter: names', () => {
  it('never takes the post’s author, the menu’s button or the composer alone for the account', async () => {
    const doc = await renderFixtureFacebook({ active: 'Kingsford Council', menu: 'none' });
    await openCreatePost(doc);
    for (const kind of ['create-post', 'comment']) {
      expect(fb.readAccount(surface(doc, kind), doc)).toEqual({
        handle: null,
        problem: 'account-not-shown',
      });
    }
  });

  it('shows the account as Facebook does: the name, no @', () => {
    expect(fb.formatAccount('Kingsford Council')).toBe('Kingsford Council');
    expect(fb.formatAccount(' Jane Doe ')).toBe('Jane Doe');
  });
});
