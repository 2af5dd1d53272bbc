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
import { appendAudit } from './audit-log';

export type Sender = { fromExtensionPage: boolean; tabUrl: string | null };
type Handler<T extends MessageType> = (
  message: Extract<Message, { type: T }>,
  sender: Sender,
) => Promise<Responses[T] | { ok: false; errors: string[] }>;

const pagesOnly = ['(root): only Postguard’s own pages may do this'];

export const handlers: { [T in MessageType]: Handler<T> } = {
  'rules/get': async () => {
    const state = await loadRulesState();
    return { ok: true, summary: summarize(state), rules: state.rules };
  },

  'rules/save': async (message, sender) => {
    if (!sender.fromExtensionPage) return { ok: false, errors: pagesOnly };
    const result = await saveEditedRules(message.rules, new Date());
    if (!result.ok) return result;
    const summary = summarize(result.state);
    await appendAudit('rules-edited', {
      organization: summary.organization,
      accounts: summary.accounts,
    });
    return { ok: true, summary, rules: result.state.rules };
  },

  'rules/import': async (message, sender) => {
    if (!sender.fromExtensionPage) return { ok: false, errors: pagesOnly };
    const result = await importRuleText(message.text, new Date());
    if (!result.ok) return result;
    const summary = summarize(result.state);
    await appendAudit('rules-imported', {
      fileName: message.fileName ?? null,
      organization: summary.organization,
      accounts: summary.accounts,
    });
    return { ok: true, summary };
  },

  'rules/export': async (_message, sender) => {
    if (!sender.fromExtensionPage) return { ok: false, errors: pagesOnly };
    return { ok: true, ...(await exportRuleText(new Date())) };
  },

  'guard/decision': async (message, sender) => {
    const { type: _type, ...detail } = message;
    await appendAudit('guard-decision', { ...detail, page: sender.tabUrl });
    return { ok: true };
  },
};
