// Everything the popup asks of the browser, behind one interface so the view
// can be tested with a stand-in. The tab's own content script answers for the
// tab (what the guard there sees now); the worker answers for the rules when
// no guard does (a tab that is not X, Facebook or LinkedIn).
import browser, { type Runtime } from 'webextension-polyfill';
import { sombreState } from '../core/engine/sombre-state';
import type { RuleFile } from '../core/rules/schema';
import {
  DiagnosticsAnswer,
  Message,
  send,
  sendToTab,
  type Failure,
  type RulesSummary,
  type TabStatus,
  type UnsentHold,
} from '../shared/messages';
import { t } from '../shared/i18n';
import { LOCAL_RULES_KEYS } from '../shared/storage-keys';
import { WELCOME_PAGE, type WelcomeSection } from '../shared/welcome';
import { onStorageChange } from '../shared/storage-area';
import { diagnosticsReport } from './diagnostics';
import { readEnvironment } from './environment';
import { findTargetTab, guardedPatterns, isGuardedUrl, type TargetTab } from './target-tab';

export type { TargetTab, WelcomeSection };

export type TabView =
  | { kind: 'guarded'; status: TabStatus }
  /** X, Facebook or LinkedIn, but no guard answered (the page was open before Postguard). */
  | { kind: 'not-running' }
  | { kind: 'not-guarded' }
  /** The popup was opened as a tab itself, with no tab to describe. */
  | { kind: 'no-tab' };

export interface RulesView {
  organization: string | null;
  locked: boolean;
  /** Whether any rule file is in force (false: nothing imported). */
  hasRules: boolean;
  /** On now, and why; `active` is the manual switch (a scheduled window may be on without it). */
  sombre: { on: boolean; reason?: string; active: boolean };
}

export interface PopupData {
  tab: TabView;
  rules: RulesView | null;
  /** Why the rules could not be read, when they could not. */
  rulesError?: string;
}

export interface PopupApi {
  findTab(): Promise<TargetTab>;
  describe(target: TargetTab): Promise<PopupData>;
  setSombre(active: boolean): Promise<{ ok: true } | Failure>;
  openIncident(): Promise<void>;
  /** Opens the welcome page at one of its ways in (#import, #accounts, #managed). */
  openWelcome(section: WelcomeSection): Promise<void>;
  /** Calls `onChange` whenever the tab's account or the rules may have changed. */
  watch(target: TargetTab, onChange: () => void): () => void;
  /** Posts the send delay held that never went out (their page was left). */
  unsentHolds(): Promise<{ holds: UnsentHold[]; damaged: boolean }>;
  dismissHolds(holdIds: string[]): Promise<void>;
  /** Whether the popup is the toolbar's popup (closed after opening the incident guide). */
  isToolbarPopup(): Promise<boolean>;
  /** The tab's diagnostics report for a bug ticket (content/diagnostics), checked here. */
  diagnostics(target: TargetTab): Promise<{ ok: true; report: string } | Failure>;
}

export function rulesFromStatus(status: TabStatus): RulesView {
  return {
    organization: status.organization,
    locked: status.locked,
    hasRules: !status.health.problems.some((p) => p.code === 'no-rules'),
    sombre: status.sombre,
  };
}

export function rulesFromSummary(
  summary: RulesSummary,
  rules: Pick<RuleFile, 'sombre'>,
  now: Date,
): RulesView {
  return {
    organization: summary.organization,
    locked: summary.locked,
    hasRules: summary.source !== 'none',
    sombre: { ...sombreState(rules, now), active: rules.sombre?.active ?? false },
  };
}

async function rulesFromWorker(): Promise<Pick<PopupData, 'rules' | 'rulesError'>> {
  const response = await send({ type: 'rules/summary' });
  if (!response.ok) return { rules: null, rulesError: response.errors.join('; ') };
  const sombre = response.sombre ?? undefined;
  return { rules: rulesFromSummary(response.summary, { sombre }, new Date()) };
}

export const browserApi: PopupApi = {
  findTab: () => findTargetTab(),

  async describe(target) {
    if (target.kind === 'none') return { tab: { kind: 'no-tab' }, ...(await rulesFromWorker()) };
    const answer = await sendToTab(target.id, { type: 'tab/status' });
    if (answer.ok) {
      const { status } = answer;
      return { tab: { kind: 'guarded', status }, rules: rulesFromStatus(status) };
    }
    const guarded = isGuardedUrl(target.url, await guardedPatterns());
    return { tab: { kind: guarded ? 'not-running' : 'not-guarded' }, ...(await rulesFromWorker()) };
  },

  async setSombre(active) {
    const response = await send({ type: 'rules/set-sombre', active });
    return response.ok ? { ok: true } : response;
  },

  async openIncident() {
    await browser.tabs.create({ url: browser.runtime.getURL('incident.html') });
  },

  async openWelcome(section) {
    await browser.tabs.create({ url: browser.runtime.getURL(`${WELCOME_PAGE}#${section}`) });
  },

  watch(target, onChange) {
    // A guard reports to the worker when its tab's account changes; extension
    // pages hear the same message, so the popup follows the tab live.
    const onMessage = (raw: unknown, sender: Runtime.MessageSender) => {
      if (sender.id !== browser.runtime.id || target.kind !== 'tab') return undefined;
      if (sender.tab?.id !== target.id) return undefined;
      const parsed = Message.safeParse(raw);
      if (parsed.success && parsed.data.type === 'guard/status') onChange();
      return undefined; // the worker answers it, not the popup
    };
    browser.runtime.onMessage.addListener(onMessage);
    const stopStorage = onStorageChange((changes, area) => {
      if (area === 'managed' || LOCAL_RULES_KEYS.some((key) => key in changes)) onChange();
    });
    return () => {
      browser.runtime.onMessage.removeListener(onMessage);
      stopStorage();
    };
  },

  async unsentHolds() {
    const response = await send({ type: 'holds/unsent' });
    return response.ok ? response : { holds: [], damaged: false };
  },

  async dismissHolds(holdIds) {
    await send({ type: 'holds/dismiss', holdIds });
  },

  async diagnostics(target) {
    if (target.kind === 'none') return { ok: false, errors: [t('error_no_guard')] };
    const answer = await sendToTab(target.id, { type: 'tab/diagnostics' });
    if (!answer.ok) return answer;
    // The answer comes from a web page's process: only a bounded text is taken.
    const parsed = DiagnosticsAnswer.safeParse(answer);
    const report =
      parsed.success && diagnosticsReport(parsed.data.report, readEnvironment(window), new Date());
    return report ? { ok: true, report } : { ok: false, errors: [t('error_no_guard')] };
  },

  async isToolbarPopup() {
    return (await browser.tabs.getCurrent().catch(() => undefined)) === undefined;
  },
};
