// Attack: careless admin input, on the page's side. Invisible characters
// (zero-width space, soft hyphen, bidi controls) never make two sources of one
// Facebook or LinkedIn name disagree, as they never make a listed name miss
// (tests/unit/attack-careless-admin-input.test.ts). An X handle is stricter:
// X shows only letters, digits and _, so one with an invisible character or a
// look-alike letter is malformed (the account is unknown), never stripped into
// a match with the listed handle; and two switchers naming two accounts are
// unknown too.
import { afterEach, describe, expect, it } from 'vitest';
import { facebookAdapter as fb } from '../../src/content/sites/facebook';
import { linkedinAdapter } from '../../src/content/sites/linkedin';
import { xAdapter } from '../../src/content/sites/x';
import {
  closeAccountMenu,
  openAccountMenu,
  openCreatePost,
  renderFixtureFacebook,
  unmountFixture as unmountFacebook,
} from './render-fixture-facebook';
import { renderFixtureX, unmountFixture as unmountX } from './render-fixture-x';

afterEach(async () => {
  await unmountX();
  await unmountFacebook();
});

const ZWSP = '\u200B';
const RLO = '\u202E';
const PDF = '\u202C';
const BOM = '\uFEFF';
const CYRILLIC_O = '\u043E';

const q = (selector: string) => {
  const el = document.querySelector(selector);
  if (!el) throw new Error(`no ${selector} in the fixture`);
  return el as HTMLElement;
};

const xAccount = () => xAdapter.readAccount(xAdapter.findSurfaces(document)[0] ?? null, document);
const switcherLine = () =>
  [
    ...document.querySelectorAll(
      '[data-testid="SideNav_AccountSwitcher_Button"] div[dir="ltr"] > span',
    ),
  ]
    .reverse()
    .find((el) => el.textContent?.startsWith('@')) as HTMLElement;

describe('attack: careless admin input, what X shows', () => {
  it.each([
    ['a zero-width space inside', `@Kingsford${ZWSP}Gov`],
    ['a byte order mark at the end', `@KingsfordGov${BOM}`],
    ['a byte order mark before the @', `${BOM}@KingsfordGov`],
    ['a right-to-left override around it', `${RLO}@KingsfordGov${PDF}`],
    ['a Cyrillic о', `@Kingsf${CYRILLIC_O}rdGov`],
  ])('a switcher handle with %s is malformed, not the listed handle', async (_, line) => {
    await renderFixtureX({ active: 'KingsfordGov' });
    switcherLine().textContent = line;
    expect(xAccount()).toEqual({ handle: null, problem: 'account-malformed' });
  });

  it('a Profile link with an invisible character is malformed', async () => {
    await renderFixtureX({ hideSwitcher: true, hideAvatars: true, active: 'KingsfordGov' });
    q('[data-testid="AppTabBar_Profile_Link"]').setAttribute('href', '/Kingsford%E2%80%8BGov');
    expect(xAccount()).toEqual({ handle: null, problem: 'account-malformed' });
  });

  it('a handle of 16 characters is malformed: X allows 15', async () => {
    await renderFixtureX({ active: 'KingsfordGov' });
    switcherLine().textContent = '@KingsfordCouncil';
    q('[data-testid="AppTabBar_Profile_Link"]').setAttribute('href', '/KingsfordCouncil');
    for (const avatar of document.querySelectorAll(
      '[data-testid="UserAvatar-Container-KingsfordGov"]',
    ))
      avatar.setAttribute('data-testid', 'UserAvatar-Container-KingsfordCouncil');
    expect(xAccount()).toEqual({ handle: null, problem: 'account-malformed' });
  });

  it('two account switchers naming two accounts: unknown, they disagree', async () => {
    await renderFixtureX({ active: 'KingsfordGov', hideProfileLink: true, hideAvatars: true });
    const first = q('[data-testid="SideNav_AccountSwitcher_Button"]');
    const second = first.cloneNode(true) as HTMLElement;
    first.after(second);
    const lines = second.querySelectorAll('div[dir="ltr"] > span');
    lines[lines.length - 1]!.textContent = '@janedoe_fun';
    second
      .querySelector('[data-testid^="UserAvatar-Container-"]')
      ?.setAttribute('data-testid', 'UserAvatar-Container-janedoe_fun');
    expect(xAccount()).toEqual({ handle: null, problem: 'accounts-disagree' });
  });
});

describe('attack: careless admin input, what Facebook and LinkedIn show', () => {
  it('Facebook: a composer name that differs from the menu’s only by invisible characters agrees with it', async () => {
    const doc = await renderFixtureFacebook({
      active: 'Kingsford Council',
      composerAs: `Kingsford${ZWSP} Council${BOM}`,
    });
    await openCreatePost(doc);
    await openAccountMenu(doc);
    expect(fb.readAccount(null, doc)).toEqual({ handle: 'Kingsford Council' }); // read while open
    await closeAccountMenu(doc);
    const surface = fb.findSurfaces(doc).find((s) => s.kind === 'create-post') ?? null;
    expect(fb.readAccount(surface, doc)).toEqual({ handle: 'Kingsford Council' });
  });

  it('LinkedIn: two author buttons that differ only by invisible characters name one author', () => {
    history.replaceState(null, '', '/feed/');
    document.body.innerHTML = `<div role="dialog" data-test-modal-id="sharebox">
      <button class="share-unified-settings-entry-button"><div>${RLO}Kingsford Council${PDF}</div><div>Post to Anyone</div></button>
      <button class="share-creation-state__author-button">Kingsford${ZWSP} Council</button>
      <div class="ql-editor" contenteditable="true"><p>hi</p></div>
      <button class="share-actions__primary-action">Post</button></div>`;
    const surface = linkedinAdapter.findSurfaces(document)[0] ?? null;
    expect(linkedinAdapter.readAccount(surface, document)).toEqual({ handle: 'Kingsford Council' });
  });
});
