// Who is posting on the fixture Facebook: the account menu's checked entry, remembered on
// the path it was seen on, cross-checked with the name the compose box shows; unknown,
// with the reason, whenever that is not enough (docs/sites/facebook.md § identity).
import { afterEach, describe, expect, it } from 'vitest';
import { facebookAdapter as fb } from '../../src/content/sites/facebook';
import type { FixtureOptions } from '../fixtures/sites/facebook/App';
import {
  closeAccountMenu,
  goTo,
  openAccountMenu,
  openCreatePost,
  press,
  renderFixtureFacebook,
  unmountFixture,
} from './render-fixture-facebook';

afterEach(unmountFixture);

const PAGE = 'Kingsford Council';
const PROFILE = 'Jane Doe';
const KINDS = ['create-post', 'comment'] as const;

const surface = (doc: Document, kind: string) => {
  const found = fb.findSurfaces(doc).find((s) => s.kind === kind);
  if (!found) throw new Error(`no ${kind} surface`);
  return found;
};
/** What the guard would read on each surface, and with no compose box (the popup). */
const everywhere = (doc: Document) => [
  ...KINDS.map((kind) => fb.readAccount(surface(doc, kind), doc)),
  fb.readAccount(null, doc),
];
const unknown = (problem: string) => ({ handle: null, problem });

/**
 * Opens the account menu, lets the page observer's readers (indicators, tab status) read
 * once while it is open, and closes it.
 */
async function lookAtMenu(doc: Document, seeAll = false) {
  await openAccountMenu(doc, seeAll);
  const seen = fb.readAccount(null, doc);
  await closeAccountMenu(doc);
  return seen;
}

async function page(options: Partial<FixtureOptions> = {}, path = '/') {
  const doc = await renderFixtureFacebook(options, path);
  await openCreatePost(doc);
  return doc;
}

describe('Facebook identity: the account menu', () => {
  it('is unknown until the menu has been open once, even with a name in the composer', async () => {
    const doc = await page({ active: PAGE });
    expect(surface(doc, 'create-post').root.textContent).toContain(PAGE);
    for (const read of everywhere(doc)) expect(read).toEqual(unknown('account-menu-unread'));
  });

  for (const menu of ['radio', 'menuitemradio'] as const) {
    it(`reads the Page checked in the menu (${menu}), and remembers it once closed`, async () => {
      const doc = await page({ active: PAGE, menu });
      expect(await lookAtMenu(doc)).toEqual({ handle: PAGE });
      expect(doc.querySelector('[aria-checked="true"]')).toBeNull(); // the menu is closed
      for (const read of everywhere(doc)) expect(read).toEqual({ handle: PAGE });
    });
  }

  it('reads the profile the same way', async () => {
    const doc = await page({ active: PROFILE });
    await lookAtMenu(doc);
    for (const read of everywhere(doc)) expect(read).toEqual({ handle: PROFILE });
  });

  it('needs "See all profiles" when the menu keeps its list behind it', async () => {
    const doc = await page({ active: PAGE, menu: 'see-all' });
    // The menu's card names the active identity, but nothing says how reliably: not read.
    expect(await lookAtMenu(doc)).toEqual(unknown('account-menu-unread'));
    expect(await lookAtMenu(doc, true)).toEqual({ handle: PAGE });
    expect(fb.readAccount(surface(doc, 'create-post'), doc)).toEqual({ handle: PAGE });
  });

  it('finds the menu’s button labelled "Account", and in French by its picture', async () => {
    for (const options of [{ menuButton: 'account' as const }, { lang: 'fr' as const }]) {
      const doc = await page({ active: PAGE, ...options });
      expect(fb.readAccount(null, doc)).toEqual(unknown('account-menu-unread'));
      await lookAtMenu(doc);
      expect(fb.readAccount(surface(doc, 'comment'), doc)).toEqual({ handle: PAGE });
      await unmountFixture();
    }
  });

  it('says the page shows no account when there is no account menu at all', async () => {
    const doc = await page({ active: PAGE, menu: 'none' });
    for (const read of everywhere(doc)) expect(read).toEqual(unknown('account-not-shown'));
  });

  it('forgets the menu when an entry is chosen: the switch is read when the menu is next open', async () => {
    const doc = await page({ active: PROFILE });
    await lookAtMenu(doc);
    await openAccountMenu(doc);
    const entry = [...doc.querySelectorAll('[role="radio"]')].find((e) =>
      e.textContent?.startsWith(PAGE),
    )!;
    // The guard's capture listener shows every click to the adapter before the site acts.
    expect(fb.clickSendAt(entry)).toBeNull();
    await press(entry);
    expect(fb.readAccount(surface(doc, 'create-post'), doc)).toEqual(
      unknown('account-menu-unread'),
    );
    expect(await lookAtMenu(doc)).toEqual({ handle: PAGE });
  });

  it('never takes the audience chooser’s checked "Public" for the account', async () => {
    const doc = await page({ active: PAGE, hideAuthor: true });
    await press(doc.querySelector('[aria-label^="Edit privacy"]')!);
    expect(doc.querySelector('[role="radio"][aria-checked="true"]')?.textContent).toContain(
      'Public',
    );
    expect(fb.readAccount(null, doc)).toEqual(unknown('account-menu-unread'));
  });
});

describe('Facebook identity: the compose box’s name as a second source', () => {
  it('is unknown when the composer names another identity than the menu', async () => {
    const doc = await page({ active: PROFILE, composerAs: PAGE });
    expect(await lookAtMenu(doc)).toEqual({ handle: PROFILE });
    for (const kind of KINDS) {
      expect(fb.readAccount(surface(doc, kind), doc)).toEqual(unknown('accounts-disagree'));
    }
  });

  it('takes the menu’s word when the composer shows no name', async () => {
    const doc = await page({ active: PAGE, hideAuthor: true });
    await lookAtMenu(doc);
    for (const read of everywhere(doc)) expect(read).toEqual({ handle: PAGE });
  });
});

describe('Facebook identity: the silent switch back to the profile', () => {
  it('entering a group that refuses Pages: the profile’s name in the composer makes it unknown, never the Page', async () => {
    const doc = await renderFixtureFacebook({ active: PAGE });
    expect(await lookAtMenu(doc)).toEqual({ handle: PAGE });
    await goTo(doc, 'Kingsford Allotments');
    expect(location.pathname).toBe('/groups/kingsford-allotments/');
    await openCreatePost(doc);
    for (const kind of KINDS) {
      expect(fb.readAccount(surface(doc, kind), doc)).toEqual(unknown('accounts-disagree'));
    }
    expect(fb.readAccount(null, doc)).toEqual(unknown('account-menu-unread'));
    // The menu, opened again, says what happened.
    expect(await lookAtMenu(doc)).toEqual({ handle: PROFILE });
    expect(fb.readAccount(surface(doc, 'create-post'), doc)).toEqual({ handle: PROFILE });
  });

  it('entering it with no name in the composer: unknown until the menu is opened again', async () => {
    const doc = await renderFixtureFacebook({ active: PAGE, hideAuthor: true });
    await lookAtMenu(doc);
    await goTo(doc, 'Kingsford Allotments');
    await openCreatePost(doc);
    for (const read of everywhere(doc)) expect(read).toEqual(unknown('account-menu-unread'));
    expect(await lookAtMenu(doc)).toEqual({ handle: PROFILE });
  });

  it('a group that takes Pages: the composer showing the Page confirms the menu’s word', async () => {
    const doc = await renderFixtureFacebook({ active: PAGE });
    await lookAtMenu(doc);
    await goTo(doc, 'Kingsford Business Network');
    await openCreatePost(doc);
    expect(fb.readAccount(surface(doc, 'create-post'), doc)).toEqual({ handle: PAGE });
    expect(fb.readAccount(null, doc)).toEqual(unknown('account-menu-unread'));
  });

  it('a page loaded in a group that refuses Pages starts as the profile', async () => {
    const doc = await renderFixtureFacebook({ active: PAGE }, '/groups/kingsford-allotments/');
    expect(await lookAtMenu(doc)).toEqual({ handle: PROFILE });
  });
});
