// The X adapter against the fixture X's real markup (draft-js editors,
// nested Post labels, the account switcher).
import { afterEach, describe, expect, it } from 'vitest';
import { xAdapter } from '../../src/content/sites/x';
import { renderFixtureX, unmountFixture } from './render-fixture-x';

afterEach(unmountFixture);

const q = (selector: string) => {
  const el = document.querySelector(selector);
  if (!el) throw new Error(`no ${selector} in the fixture`);
  return el;
};

describe('X adapter on the fixture X', () => {
  it('finds the Home inline composer with its draft-js editor and Post button', async () => {
    const doc = await renderFixtureX();
    const surfaces = xAdapter.findSurfaces(doc);
    expect(surfaces).toHaveLength(1);
    expect(surfaces[0]!.kind).toBe('inline');
    expect(surfaces[0]!.editors[0]!.querySelector('.public-DraftEditor-content')).not.toBeNull();
    expect(surfaces[0]!.sendControl?.getAttribute('data-testid')).toBe('tweetButtonInline');
  });

  it('treats a click on the span inside the Post label as a send from that composer', async () => {
    await renderFixtureX();
    const span = q('[data-testid="tweetButtonInline"] span span');
    const attempt = xAdapter.clickSendAt(span);
    expect(attempt?.control.getAttribute('data-testid')).toBe('tweetButtonInline');
    expect(attempt?.via).toBe('click');
  });

  it('ignores clicks elsewhere on the page', async () => {
    await renderFixtureX();
    expect(xAdapter.clickSendAt(q('h2'))).toBeNull();
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

  it('knows the Post button is disabled while the box is empty', async () => {
    await renderFixtureX();
    const button = q('[data-testid="tweetButtonInline"]') as HTMLElement;
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(xAdapter.isSendEnabled(button)).toBe(false);
  });

  it('reads the active account from the account switcher', async () => {
    const doc = await renderFixtureX({ active: 'janedoe_fun' });
    expect(xAdapter.readAccount(xAdapter.findSurfaces(doc)[0]!, doc)).toEqual({
      handle: 'janedoe_fun',
    });
  });

  it('falls back to the compose box avatar when the switcher is hidden', async () => {
    const doc = await renderFixtureX({ hideSwitcher: true });
    expect(xAdapter.readAccount(xAdapter.findSurfaces(doc)[0]!, doc).handle).toBe(
      'KingsfordCouncil',
    );
  });

  it('reports the account as unknown, with why, when neither shows it', async () => {
    const doc = await renderFixtureX({ hideSwitcher: true, hideAvatars: true });
    const seen = xAdapter.readAccount(xAdapter.findSurfaces(doc)[0]!, doc);
    expect(seen.handle).toBeNull();
    expect(seen.problem).toBe('account-not-shown');
  });

  it('finds the modal composer at /compose/post with tweetButton', async () => {
    const doc = await renderFixtureX({}, '/compose/post');
    const modal = xAdapter.findSurfaces(doc).find((s) => s.kind === 'modal');
    expect(modal?.sendControl?.getAttribute('data-testid')).toBe('tweetButton');
  });

  it('finds the reply box on a post page', async () => {
    const doc = await renderFixtureX({}, '/KingsfordNews/status/1');
    expect(xAdapter.findSurfaces(doc).map((s) => s.kind)).toContain('reply');
  });

  it('shows the account as X does, with an @', () => {
    expect(xAdapter.formatAccount('KingsfordCouncil')).toBe('@KingsfordCouncil');
  });
});
