// Mastodon (docs/sites/mastodon.md): the organisation's server and a public one, each with its
// compose form and its Post button. One login per server, and switching account reloads:
// the person who "switches" goes to the other account's server in the same tab and writes
// again there (the wrong-tab slip). The servers are granted by an organisation's build
// (ORGANISATION_SERVERS); the worker registers the content script on them once the rules
// name them, so a page is opened only when that is done, as a person would a moment later.
import { expect } from '@playwright/test';
import { css, type SiteBrowser, type Tab } from '../tab';
import { sentOn, siteUrl, type SentRecord, type SiteDriver } from './site-driver';

const ORG_SERVER = 'social.kingsford.gov.uk';
const PUBLIC_SERVER = 'mastodon.social';
const CORPORATE_HANDLE = `@press@${ORG_SERVER}`;
const PERSONAL_HANDLE = `@janedoe@${PUBLIC_SERVER}`;
const FORM = 'form.compose-form';
const TEXTAREA = css(`${FORM} textarea.autosuggest-textarea__textarea`);

/** What each tab's person was writing when they switched: written again afterwards. */
const writing = new WeakMap<Tab, string>();
/** What a tab had sent before it went to another server (each document keeps its own). */
const sentBefore = new WeakMap<Tab, SentRecord[]>();
/** The browser each tab was opened in (a switch waits for the other server to be guarded). */
const browserOf = new WeakMap<Tab, SiteBrowser>();

/**
 * The fixture on `host` signed in as its account there (press on the organisation's server,
 * janedoe on the public one); `hidden`: the initial state lacks the signed-in account.
 */
async function open(browser: SiteBrowser, host: string, tab?: Tab, hidden = false) {
  await browser.untilGuarded(host);
  const me = host === PUBLIC_SERVER ? 'janedoe' : 'press';
  const page = tab ?? (await browser.newTab());
  browserOf.set(page, browser);
  await page.goto(siteUrl(host, '/home', { me, ...(hidden && { accounts: 'none' }) }), TEXTAREA);
  return page;
}

export const mastodonDriver: SiteDriver = {
  platform: 'mastodon',
  shown: { corporate: CORPORATE_HANDLE, personal: PERSONAL_HANDLE },
  recorded: { corporate: CORPORATE_HANDLE, personal: PERSONAL_HANDLE },
  composerInShadowRoot: false,
  sendShortcut: 'sends',
  build: 'organisation',
  editor: TEXTAREA,
  open(browser, who, tab) {
    if (who === 'hidden') return open(browser, ORG_SERVER, tab, true);
    return open(browser, who === 'personal' ? PUBLIC_SERVER : ORG_SERVER, tab);
  },
  async compose(tab, text) {
    await tab.click(TEXTAREA);
    const before = await tab.textOf(TEXTAREA);
    await tab.enterText(text);
    await expect.poll(() => tab.textOf(TEXTAREA)).toBe(before + text);
    writing.set(tab, text);
  },
  send: (tab) => tab.click(css(`${FORM} .compose-form__submit > button[type="submit"]`)),
  async switchAccount(tab, to) {
    sentBefore.set(tab, await this.sent(tab));
    const host = to === 'corporate' ? ORG_SERVER : PUBLIC_SERVER;
    await open(browserOf.get(tab)!, host, tab);
    const text = writing.get(tab);
    if (text) await this.compose(tab, text);
  },
  async sent(tab) {
    return [...(sentBefore.get(tab) ?? []), ...(await sentOn(tab))];
  },
};
