// Background worker entry: validates every message and its sender, then
// dispatches to the handler map. It holds no state of its own between events:
// the worker may be stopped at any time, and the content script never waits
// for it when deciding whether a post may go out.
import browser, { type Runtime } from 'webextension-polyfill';
import { Message } from '../shared/messages';
import { handlers, type Sender } from './handlers';
import { t } from '../shared/i18n';
import { keepServerScriptsInStep } from './server-scripts';
import { openWelcomeOnInstall } from './first-run';

function describeSender(sender: Runtime.MessageSender): Sender | null {
  // Only this extension's own pages and content scripts may talk to it.
  if (sender.id !== browser.runtime.id) return null;
  const pageBase = browser.runtime.getURL('');
  // Extension pages opened in a tab (the options page) have a tab too, so the
  // URL, not the presence of a tab, tells them from content scripts.
  const fromExtensionPage = typeof sender.url === 'string' && sender.url.startsWith(pageBase);
  return {
    fromExtensionPage,
    tabUrl: fromExtensionPage ? null : (sender.tab?.url ?? null),
    tabId: fromExtensionPage ? null : (sender.tab?.id ?? null),
  };
}

browser.runtime.onMessage.addListener((raw: unknown, rawSender: Runtime.MessageSender) => {
  const sender = describeSender(rawSender);
  if (!sender) return undefined;
  const parsed = Message.safeParse(raw);
  if (!parsed.success) {
    return Promise.resolve({ ok: false, errors: [`(root): ${t('error_not_a_message')}`] });
  }
  const message = parsed.data;
  const handler = handlers[message.type] as (m: Message, s: Sender) => Promise<unknown>;
  return handler(message, sender).catch((error: unknown) => ({
    ok: false,
    errors: [`(root): ${error instanceof Error ? error.message : String(error)}`],
  }));
});

// Listeners are added at the worker's top level, so that the browser wakes it for them.
keepServerScriptsInStep();
openWelcomeOnInstall();
