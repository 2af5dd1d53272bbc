// The handler map, keyed by message type (the Bitwarden pattern). Each handler
// receives an already validated message.
import type { Message, MessageType, Responses } from '../shared/messages';
import {
  exportRuleText,
  importRuleText,
  loadRulesState,
  saveEditedRules,
  summarize,
} from './rules-store';
import { appendAudit, auditDamaged, pendingLoss, readAuditLog } from './audit-log';
import { dismissHolds, heldDamaged, trackHold, unsentHolds } from './held-sends';
import { showGuardBadge } from './badge';
import { forgetStyles, learnStyle, readStyles } from './style-store';
import { t } from '../shared/i18n';

export type Sender = {
  fromExtensionPage: boolean;
  tabUrl: string | null;
  /** The sending content script's tab (absent for extension pages). */
  tabId?: number | null;
};
type Handler<T extends MessageType> = (
  message: Extract<Message, { type: T }>,
  sender: Sender,
) => Promise<Responses[T] | { ok: false; errors: string[] }>;

// Said per request, in the browser's language.
const pagesOnly = () => [`(root): ${t('error_pages_only')}`];
const contentOnly = () => [`(root): ${t('error_content_only')}`];

export const handlers: { [T in MessageType]: Handler<T> } = {
  'rules/get': async () => {
    const state = await loadRulesState();
    return { ok: true, summary: summarize(state), rules: state.rules };
  },

  'rules/summary': async () => {
    const state = await loadRulesState();
    return { ok: true, summary: summarize(state), sombre: state.rules.sombre ?? null };
  },

  'rules/save': async (message, sender) => {
    if (!sender.fromExtensionPage) return { ok: false, errors: pagesOnly() };
    const result = await saveEditedRules(message.rules, new Date());
    if (!result.ok) return result;
    const summary = summarize(result.state);
    await appendAudit({
      kind: 'rules-edited',
      organization: summary.organization,
      accounts: summary.accounts,
    });
    return { ok: true, summary, rules: result.state.rules };
  },

  'rules/import': async (message, sender) => {
    if (!sender.fromExtensionPage) return { ok: false, errors: pagesOnly() };
    const result = await importRuleText(message.text, new Date());
    if (!result.ok) return result;
    const summary = summarize(result.state);
    await appendAudit({
      kind: 'rules-imported',
      fileName: message.fileName ?? null,
      organization: summary.organization,
      accounts: summary.accounts,
    });
    return { ok: true, summary };
  },

  'rules/export': async (_message, sender) => {
    if (!sender.fromExtensionPage) return { ok: false, errors: pagesOnly() };
    return { ok: true, ...(await exportRuleText(new Date())) };
  },

  'audit/guard': async ({ event }, sender) => {
    if (sender.fromExtensionPage) return { ok: false, errors: contentOnly() };
    const now = new Date();
    // A content script always has a tab; -1 keeps one that somehow has none under the limits too.
    await appendAudit(event, { page: sender.tabUrl, tab: sender.tabId ?? -1 }, now);
    await trackHold(event, sender.tabUrl, now);
    return { ok: true };
  },

  'audit/incident': async ({ event }, sender) => {
    if (!sender.fromExtensionPage) return { ok: false, errors: pagesOnly() };
    await appendAudit(event);
    return { ok: true };
  },

  'audit/get': async (_message, sender) => {
    if (!sender.fromExtensionPage) return { ok: false, errors: pagesOnly() };
    const [{ log }, damaged, lost] = await Promise.all([
      readAuditLog(),
      auditDamaged(),
      pendingLoss(),
    ]);
    return { ok: true, entries: log.entries, dropped: log.dropped, damaged, lost };
  },

  'holds/unsent': async (_message, sender) => {
    if (!sender.fromExtensionPage) return { ok: false, errors: pagesOnly() };
    const holds = await unsentHolds(new Date());
    return { ok: true, holds, damaged: await heldDamaged() };
  },

  'holds/dismiss': async ({ holdIds }, sender) => {
    if (!sender.fromExtensionPage) return { ok: false, errors: pagesOnly() };
    await dismissHolds(holdIds);
    return { ok: true };
  },

  'guard/status': async (message, sender) => {
    const tabId = sender.tabId;
    if (sender.fromExtensionPage || typeof tabId !== 'number') {
      return { ok: false, errors: contentOnly() };
    }
    const { type: _type, ...status } = message;
    await showGuardBadge(tabId, status);
    return { ok: true };
  },

  'rules/set-sombre': async (message, sender) => {
    if (!sender.fromExtensionPage) return { ok: false, errors: pagesOnly() };
    const before = await loadRulesState();
    if (before.locked) return { ok: false, errors: [`(root): ${t('popup_error_locked')}`] };
    if (before.source === 'none') {
      return { ok: false, errors: [`(root): ${t('popup_error_no_rules')}`] };
    }
    // The rest of the rule file stays as it is; a file without a sombre section
    // gets one with the format's defaults. Saved through the same checks as an edit.
    const { rules } = before;
    const result = await saveEditedRules(
      { ...rules, sombre: { ...rules.sombre, active: message.active } },
      new Date(),
    );
    if (!result.ok) return result;
    const summary = summarize(result.state);
    await appendAudit({
      kind: 'sombre-switched',
      active: message.active,
      organization: summary.organization,
    });
    return { ok: true, summary, rules: result.state.rules };
  },

  'style/learn': async (message, sender) => {
    if (sender.fromExtensionPage || sender.tabUrl === null)
      return { ok: false, errors: contentOnly() };
    await learnStyle(message);
    return { ok: true };
  },

  'style/get': async (_message, sender) => {
    if (!sender.fromExtensionPage) return { ok: false, errors: pagesOnly() };
    return { ok: true, accounts: Object.keys(await readStyles()).length };
  },

  'style/clear': async (_message, sender) => {
    if (!sender.fromExtensionPage) return { ok: false, errors: pagesOnly() };
    await forgetStyles();
    return { ok: true };
  },
};
