// The X adapter against the fixture X's markup, nested as on the saved x.com Home page:
// draft-js editors with the test id on the contenteditable, the Post button in a toolbar
// beside them, the composer's own avatar in a column of its own, other people's avatars in
// posts, quotes and the side column.
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { xAdapter } from '../../src/content/sites/x';
import { renderFixtureX, unmountFixture } from './render-fixture-x';

afterEach(unmountFixture);

const q = (selector: string) => {
  const el = document.querySelector(selector);
  if (!el) throw new Error(`no ${selector} in the fixture`);
  return el as HTMLElement;
};

describe('X adapter on the fixture X', () => {
  it('finds the Home composer: one editor (the contenteditable) and the Post button', async () => {
    const doc = await renderFixtureX();
    const surfaces = xAdapter.findSurfaces(doc);
    expect(surfaces).toHaveLength(1);
    expect(surfaces[0]!.kind).toBe('inline');
    expect(surfaces[0]!.editors).toEqual([q('[contenteditable="true"]')]);
    expect(surfaces[0]!.editors[0]!.getAttribute('data-testid')).toBe('tweetTextarea_0');
    expect(xAdapter.readTexts(surfaces[0]!)).toEqual(['']);
    expect(surfaces[0]!.sendControl?.getAttribute('data-testid')).toBe('tweetButtonInline');
    expect(xAdapter.shell(doc)).toBe('testid-on-editor');
  });

  it('treats a click on the span inside the Post label as a send from that composer', async () => {
    await renderFixtureX();
    const attempt = xAdapter.clickSendAt(q('[data-testid="tweetButtonInline"] span span'));
    expect(attempt?.control.getAttribute('data-testid')).toBe('tweetButtonInline');
    expect(attempt?.surface.editors).toHaveLength(1);
    expect(attempt?.via).toBe('click');
  });

  it('ignores clicks elsewhere on the page', async () => {
    await renderFixtureX();
    expect(xAdapter.clickSendAt(q('h2'))).toBeNull();
    expect(xAdapter.clickSendAt(q('[data-testid="reply"]'))).toBeNull();
  });

  it('sees Ctrl+Enter and Cmd+Enter in the editor as a send, plain Enter as a new line', async () => {
    await renderFixtureX();
    const editor = q('.public-DraftEditor-content');
    const key = (init: KeyboardEventInit) =>
      new KeyboardEvent('keydown', { key: 'Enter', ...init });
    expect(xAdapter.keyboardSendAt(key({ ctrlKey: true }), editor)?.via).toBe('keyboard');
    expect(xAdapter.keyboardSendAt(key({ metaKey: true }), editor)?.via).toBe('keyboard');
    expect(xAdapter.keyboardSendAt(key({}), editor)).toBeNull();
    expect(xAdapter.keyboardSendAt(key({ ctrlKey: true }), q('h2'))).toBeNull();
  });

  it('knows the Post button is disabled while the box is empty, as X marks it', async () => {
    await renderFixtureX();
    const button = q('[data-testid="tweetButtonInline"]');
    expect(button.tagName).toBe('BUTTON');
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(button.getAttribute('tabindex')).toBe('-1');
    expect(xAdapter.isSendEnabled(button)).toBe(false);
  });

  it('finds a thread in the modal in order, one editor per post', async () => {
    const doc = await renderFixtureX({}, '/compose/post');
    await act(async () => q('[data-testid="addButton"]').click());
    const modal = xAdapter.findSurfaces(doc).find((s) => s.kind === 'modal')!;
    expect(modal.editors.map((e) => e.getAttribute('data-testid'))).toEqual([
      'tweetTextarea_0',
      'tweetTextarea_1',
    ]);
    expect(modal.sendControl?.getAttribute('data-testid')).toBe('tweetButton');
  });

  it('finds the reply box on a post page', async () => {
    const doc = await renderFixtureX({}, '/KingsfordNews/status/1');
    expect(xAdapter.findSurfaces(doc).map((s) => s.kind)).toContain('reply');
  });

  it('shows the account as X does, with an @', () => {
    expect(xAdapter.formatAccount('KingsfordGov')).toBe('@KingsfordGov');
  });
});
