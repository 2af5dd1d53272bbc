// Mastodon (docs/sites/mastodon.md): the organisation's server and a public one, each with its
// compose form and its Post button. One login per server, and switching account reloads:
// the person who "switches" goes to the other account's server in the same tab and writes
// again there (the wrong-tab slip). The servers are granted by an organisation's build
// (ORGANISATION_SERVERS); the worker registers the content script on them once the rules
// name them, so a page is opened only when that is done, as a person would a moment later.
import type { BrowserContext, Page, Worker } from '@playwright/test';
import {
  composeForm,
  CORPORATE_HANDLE,
  mastodonPage,
  mastodonSent,
  ORG_SERVER,
  PERSONAL_HANDLE,
  PUBLIC_SERVER,
  typePost,
} from '../mastodon-helpers';
import { expect } from '../fixtures';
import type { SentRecord, SiteDriver } from './site-driver';

/** What each page's person was writing when they switched: written again afterwards. */
const writing = new WeakMap<Page, string>();
/** What a tab had sent before it went to another server (each document keeps its own). */
const sentBefore = new WeakMap<Page, SentRecord[]>();

declare const chrome: {
  scripting: { getRegisteredContentScripts(): Promise<{ matches?: string[] }[]> };
};

async function extensionWorker(context: BrowserContext): Promise<Worker> {
  const isExtension = (w: Worker) => w.url().startsWith('chrome-extension://');
  return (
    context.serviceWorkers().find(isExtension) ??
    (await context.waitForEvent('serviceworker', { predicate: isExtension }))
  );
}

/** The match patterns the worker has registered the Mastodon script on. */
export async function registeredServers(context: BrowserContext): Promise<string[]> {
  const worker = await extensionWorker(context);
  return worker.evaluate(async () =>
    (await chrome.scripting.getRegisteredContentScripts()).flatMap((s) => s.matches ?? []),
  );
}

/**
 * Waits until the worker runs the Mastodon script on `host`. In a new browser its first
 * sync reads the rules, managed storage included, and Chromium's first read of that takes
 * 2 to 5 seconds, more on a busy machine (shared-browser.ts): hence the longer wait.
 */
export async function untilGuarded(context: BrowserContext, host: string): Promise<void> {
  await expect
    .poll(() => registeredServers(context), { timeout: 20_000 })
    .toContain(`https://${host}/*`);
}

async function open(context: BrowserContext, host: string, tab?: Page, hidden = false) {
  await untilGuarded(context, host);
  return mastodonPage(context, { host, ...(hidden ? { accounts: 'none' as const } : {}) }, tab);
}

export const mastodonDriver: SiteDriver = {
  platform: 'mastodon',
  shown: { corporate: CORPORATE_HANDLE, personal: PERSONAL_HANDLE },
  recorded: { corporate: CORPORATE_HANDLE, personal: PERSONAL_HANDLE },
  composerInShadowRoot: false,
  build: 'organisation',
  open(context, who, tab) {
    // Hidden: a server whose page does not carry the signed-in account in its initial state.
    if (who === 'hidden') return open(context, ORG_SERVER, tab, true);
    return open(context, who === 'personal' ? PUBLIC_SERVER : ORG_SERVER, tab);
  },
  async compose(page, text) {
    await composeForm(page).textarea.click();
    await typePost(page, text);
    writing.set(page, text);
  },
  send: (page) => composeForm(page).submit.click(),
  async switchAccount(page, to) {
    sentBefore.set(page, await this.sent(page));
    await open(page.context(), to === 'corporate' ? ORG_SERVER : PUBLIC_SERVER, page);
    const text = writing.get(page);
    if (text) await this.compose(page, text);
  },
  editor: (page) => composeForm(page).textarea,
  async sent(page) {
    const here = (await mastodonSent(page)).map(({ account, texts }) => ({ account, texts }));
    return [...(sentBefore.get(page) ?? []), ...here];
  },
};
