// Which account the X adapter reads, on the fixture X: the switcher, else the Profile link,
// else the compose box's own avatar; never another person's avatar (timeline, the post being
// replied to, a quoted post, the side column, `unknown` placeholders); unknown, with the
// reason, when sources disagree, when a handle is not one X allows, or when none is shown.
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { xAdapter } from '../../src/content/sites/x';
import type { FixtureOptions } from '../fixtures/sites/x/App';
import { renderFixtureX, unmountFixture } from './render-fixture-x';

afterEach(unmountFixture);

const q = (selector: string) => {
  const el = document.querySelector(selector);
  if (!el) throw new Error(`no ${selector} in the fixture`);
  return el as HTMLElement;
};

const NO_SWITCHER = { hideSwitcher: true };
const ONLY_COMPOSER = { hideSwitcher: true, hideProfileLink: true };
const NOTHING = { hideSwitcher: true, hideProfileLink: true, hideAvatars: true };

/** The account read for the surface of `kind` (the first one if not given). */
function accountOf(kind?: string) {
  const surfaces = xAdapter.findSurfaces(document);
  const surface = kind ? surfaces.find((s) => s.kind === kind) : surfaces[0];
  if (!surface) throw new Error(`no ${kind ?? ''} compose box`);
  return xAdapter.readAccount(surface, document);
}

async function openModal(kind: 'reply' | 'quote', options: Partial<FixtureOptions>) {
  await renderFixtureX({ active: 'KingsfordGov', ...options });
  if (kind === 'reply') await act(async () => q('article [data-testid="reply"]').click());
  else {
    await act(async () => q('article [data-testid="retweet"]').click());
    await act(async () => q('[role="menuitem"]').click());
  }
  q('#layers [role="dialog"][aria-modal="true"]');
}

describe('the X account', () => {
  it('is read from the account switcher', async () => {
    await renderFixtureX({ active: 'janedoe_fun' });
    expect(accountOf()).toEqual({ handle: 'janedoe_fun' });
  });

  it('is read from the Profile link when the switcher is hidden', async () => {
    await renderFixtureX({ ...NO_SWITCHER, hideAvatars: true, active: 'janedoe_fun' });
    expect(accountOf()).toEqual({ handle: 'janedoe_fun' });
  });

  it("is read from the compose box's own avatar when the switcher and link are hidden", async () => {
    await renderFixtureX({ ...ONLY_COMPOSER, active: 'janedoe_fun' });
    expect(accountOf()).toEqual({ handle: 'janedoe_fun' });
  });

  it('is unknown when nothing on the page names it, though posts show their authors', async () => {
    await renderFixtureX(NOTHING);
    expect(
      document.querySelectorAll('[data-testid^="UserAvatar-Container-"]').length,
    ).toBeGreaterThan(3);
    expect(accountOf()).toEqual({ handle: null, problem: 'account-not-shown' });
  });

  for (const kind of ['reply', 'quote'] as const) {
    it(`in a ${kind} modal, is the compose box's own, not the other author's`, async () => {
      await openModal(kind, ONLY_COMPOSER);
      // The trap: the avatar nearest the text is the other author's (the dialog's first in a
      // reply; inside the compose box, under the editor, in a quote).
      const box = xAdapter.findSurfaces(document).find((s) => s.kind === 'modal')!;
      const near = kind === 'reply' ? q('#layers [role="dialog"]') : box.root;
      expect(
        near.querySelector('[data-testid^="UserAvatar-Container-"]')?.getAttribute('data-testid'),
      ).toBe('UserAvatar-Container-KingsfordNews');
      expect(accountOf('modal')).toEqual({ handle: 'KingsfordGov' });
    });

    it(`in a ${kind} modal with no own avatar, is unknown, never the other author`, async () => {
      await openModal(kind, NOTHING);
      expect(accountOf('modal')).toEqual({ handle: null, problem: 'account-not-shown' });
    });
  }

  it('in a reply modal showing the post without an article, is still not its author', async () => {
    await openModal('reply', { ...NOTHING, plainReplyPreview: true });
    expect(
      q('#layers [role="dialog"] article, #layers [role="dialog"] div').closest('article'),
    ).toBeNull();
    expect(accountOf('modal')).toEqual({ handle: null, problem: 'account-not-shown' });
    await unmountFixture();
    await openModal('reply', { ...ONLY_COMPOSER, plainReplyPreview: true });
    expect(accountOf('modal')).toEqual({ handle: 'KingsfordGov' });
  });

  it('is unknown when the switcher and the Profile link name different accounts', async () => {
    await renderFixtureX({ active: 'KingsfordGov' });
    q('[data-testid="AppTabBar_Profile_Link"]').setAttribute('href', '/janedoe_fun');
    expect(accountOf()).toEqual({ handle: null, problem: 'accounts-disagree' });
  });

  it("is unknown when the compose box's avatar names another account than the link", async () => {
    await renderFixtureX({ ...NO_SWITCHER, active: 'KingsfordGov' });
    q('.composer-avatars [data-testid^="UserAvatar-Container-"]').setAttribute(
      'data-testid',
      'UserAvatar-Container-janedoe_fun',
    );
    expect(accountOf()).toEqual({ handle: null, problem: 'accounts-disagree' });
  });

  it('takes one account written in two cases as one (X handles ignore case)', async () => {
    await renderFixtureX({ active: 'KingsfordGov' });
    q('[data-testid="AppTabBar_Profile_Link"]').setAttribute('href', '/kingsfordgov');
    expect(accountOf()).toEqual({ handle: 'KingsfordGov' });
  });

  it('ignores `unknown` placeholder avatars, even in the compose box', async () => {
    await renderFixtureX(NOTHING);
    const decoy = document.createElement('div');
    decoy.setAttribute('data-testid', 'UserAvatar-Container-unknown');
    q('.composer-avatars').append(decoy);
    expect(accountOf()).toEqual({ handle: null, problem: 'account-not-shown' });
  });

  it('is unknown when a source names a handle X would not allow', async () => {
    await renderFixtureX({ ...ONLY_COMPOSER, active: 'KingsfordGov' });
    q('.composer-avatars [data-testid^="UserAvatar-Container-"]').setAttribute(
      'data-testid',
      'UserAvatar-Container-Kingsford Council!',
    );
    expect(accountOf()).toEqual({ handle: null, problem: 'account-malformed' });
  });

  it('is unknown when the Profile link is not a profile path', async () => {
    await renderFixtureX({ ...NO_SWITCHER, hideAvatars: true });
    q('[data-testid="AppTabBar_Profile_Link"]').setAttribute('href', '/i/flow/login');
    expect(accountOf()).toEqual({ handle: null, problem: 'account-malformed' });
  });
});
