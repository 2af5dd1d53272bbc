// What is going on in this tab, as the guard sees it: the popup asks
// (`tab/status`), and the worker is told when it changes (`guard/status`, for
// the toolbar badge). Both read the page and the local rules snapshot exactly
// as the guard does at send time, so the popup and the badge say what the next
// post would be judged as.
import browser, { type Runtime } from 'webextension-polyfill';
import { evaluate, type AccountSeen } from '../core/engine';
import { send, type GuardProblem, type TabMessage, type TabStatus } from '../shared/messages';
import type { RulesState } from '../shared/rules-state';
import type { RulesSnapshot } from './rules-snapshot';
import type { SiteAdapter } from './sites/adapter';
import { onPageChange } from './page-changes';
import { accountsShown, seeAccount } from './account-seen';
import { siteHealth } from './site-health';
import { collectDiagnostics } from './diagnostics/report';

/** The longest account name `guard/status` carries (the message schema's limit). */
const MAX_ACCOUNT = 200;
/** Page mutations are coalesced: at most one status check per this many ms. */
const SETTLE_MS = 150;

export function readTabStatus(
  adapter: SiteAdapter,
  state: RulesState,
  doc: Document,
  now: Date,
): TabStatus {
  const { rules } = state;
  const problems: GuardProblem[] = state.problems.map((detail) => ({
    code: 'rules-damaged',
    detail,
  }));
  if (state.source === 'none' && problems.length === 0) problems.push({ code: 'no-rules' });

  let seen: AccountSeen;
  try {
    // The compose box the person is in, else the first one: some sites (the
    // compose box's own avatar) only show the account there.
    const surfaces = adapter.findSurfaces(doc);
    const focused = doc.activeElement;
    const surface =
      surfaces.find((s) => focused !== null && s.root.contains(focused)) ?? surfaces[0] ?? null;
    seen = seeAccount(adapter, surface, doc);
    // Every open compose box: a part the guard cannot find in any is a problem.
    for (const code of siteHealth(adapter, doc, surfaces).problems) problems.push({ code });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    problems.push({ code: 'page-unreadable', detail });
    seen = { platform: adapter.platform, handle: null, reason: detail };
  }

  const verdict = evaluate({ texts: [] }, seen, rules, now);
  const shown = accountsShown(adapter, verdict);
  const status: TabStatus = {
    platform: adapter.platform,
    account: shown,
    role: verdict.role,
    health: { ok: problems.length === 0, problems },
    sombre: { ...verdict.sombre, active: rules.sombre?.active ?? false },
    organization: rules.organization ?? null,
    locked: state.locked,
  };
  if (shown === null && seen.reason) status.unknownReason = seen.reason;
  if (verdict.account.label !== undefined) status.label = verdict.account.label;
  return status;
}

const TAB_MESSAGE_TYPES: readonly unknown[] = [
  'tab/status',
  'tab/diagnostics',
] satisfies TabMessage['type'][];

/**
 * The TabMessage schema (shared/messages.ts), checked without zod, which the
 * content script does not bundle: `{ type: 'tab/status' }` or
 * `{ type: 'tab/diagnostics' }`, and nothing else.
 */
function isTabMessage(raw: unknown): raw is TabMessage {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return false;
  const keys = Object.keys(raw);
  return (
    keys.length === 1 &&
    keys[0] === 'type' &&
    TAB_MESSAGE_TYPES.includes((raw as { type: unknown }).type)
  );
}

export interface TabStatusOptions {
  win: Window;
  adapter: SiteAdapter;
  snapshot: RulesSnapshot;
  now?: () => Date;
}

/** Answers the popup and reports changes to the worker; returns the function that stops both. */
export function startTabStatus({
  win,
  adapter,
  snapshot,
  now = () => new Date(),
}: TabStatusOptions): () => void {
  const doc = win.document;
  const pageBase = browser.runtime.getURL('');

  // Only Postguard's own pages (the popup) may ask: tabs.sendMessage from
  // another extension carries its id, and a web page cannot reach this
  // listener at all. Anything else gets no answer.
  // The answer goes through `sendResponse` (the listener returns true to keep it open):
  // both browsers' own APIs take that, where a returned promise is not taken everywhere
  // (this script uses the browser's API without the polyfill: native-browser.ts).
  const onMessage = (
    raw: unknown,
    sender: Runtime.MessageSender,
    sendResponse: (answer: unknown) => void,
  ): true | undefined => {
    if (sender.id !== browser.runtime.id) return undefined;
    if (typeof sender.url !== 'string' || !sender.url.startsWith(pageBase)) return undefined;
    if (!isTabMessage(raw)) return undefined;
    void answer(raw).then(sendResponse, () => sendResponse(undefined));
    return true;
  };

  const answer = (raw: TabMessage) =>
    // After any storage change already announced, so a fresh switch is reflected.
    snapshot.ready().then((state) => {
      const status = readTabStatus(adapter, snapshot.current() ?? state, doc, now());
      if (raw.type === 'tab/status') return { ok: true as const, status };
      const health = [...new Set(status.health.problems.map((problem) => problem.code))];
      return {
        ok: true as const,
        report: JSON.stringify(collectDiagnostics({ adapter, doc, health })),
      };
    });

  // Health changes go to the audit log: a page that starts unhealthy, and
  // every change after (a healthy page load is not worth an entry).
  let lastHealth: string | null = null;
  const recordHealth = ({ platform, health }: TabStatus) => {
    const problems = [...new Set(health.problems.map((problem) => problem.code))];
    const key = problems.join(' ');
    if (key === (lastHealth ?? '')) {
      lastHealth = key;
      return;
    }
    lastHealth = key;
    void send({
      type: 'audit/guard',
      event: { kind: 'health-changed', platform, ok: health.ok, problems },
    });
  };

  let lastSent = '';
  let timer = 0;
  const report = (force = false) => {
    timer = 0;
    // What the page shows, not a post: as far as the rules are checked (the
    // popup's question above gets them in full).
    const state = snapshot.preview();
    if (!state) return;
    const status = readTabStatus(adapter, state, doc, now());
    const account = status.account?.slice(0, MAX_ACCOUNT) ?? null;
    recordHealth(status);
    // The codes too: an open popup refreshes on each report, and says which part is missing.
    const codes = status.health.problems.map((problem) => problem.code);
    const noRules = state.source === 'none';
    const key = JSON.stringify([account, status.role, status.health.ok, codes, noRules]);
    if (!force && key === lastSent) return;
    lastSent = key;
    // Fire-and-forget: nothing here waits for the worker. A failed report is
    // tried again at the next change.
    void send({
      type: 'guard/status',
      platform: status.platform,
      account,
      role: status.role,
      healthy: status.health.ok,
      ...(noRules && { noRules }),
    }).then((result) => {
      if (!result.ok && lastSent === key) lastSent = '';
    });
  };
  const schedule = () => {
    if (!timer) timer = win.setTimeout(report, SETTLE_MS);
  };
  // The browser clears a tab's badge on navigation; a page restored from the
  // back/forward cache is the same document, so it reports again.
  const onPageShow = (event: PageTransitionEvent) => {
    if (event.persisted) report(true);
  };

  let stopWatching = () => {};
  const observe = () => {
    stopWatching = onPageChange(doc, adapter, schedule);
    schedule();
  };

  // Typed as answering always: it answers (returns true) only Postguard's own pages.
  const listener = onMessage as Runtime.OnMessageListenerCallback;
  browser.runtime.onMessage.addListener(listener);
  const unsubscribe = snapshot.subscribe(schedule);
  win.addEventListener('pageshow', onPageShow);
  if (doc.readyState === 'loading')
    doc.addEventListener('DOMContentLoaded', observe, { once: true });
  else observe();

  return () => {
    browser.runtime.onMessage.removeListener(listener);
    unsubscribe();
    win.removeEventListener('pageshow', onPageShow);
    doc.removeEventListener('DOMContentLoaded', observe);
    stopWatching();
    if (timer) win.clearTimeout(timer);
    timer = 0;
  };
}
