// Turns the guard's reports into audit events for the worker, keeping only as
// much of the post as `policy.auditContent` allows: the text is cut down here,
// in the page, so a post the policy does not keep never leaves the tab.
import { postForAudit, type GuardEvent } from '../core/audit';
import { send } from '../shared/messages';
import type { GuardReport } from './guard/guard';
import type { RulesSnapshot } from './rules-snapshot';
import type { SiteAdapter } from './sites/adapter';

/** The audit event schema's limit on an account name. */
const MAX_ACCOUNT = 200;

export function auditEvent(
  report: GuardReport,
  adapter: Pick<SiteAdapter, 'platform' | 'formatAccount'>,
  auditContent: 'none' | 'redacted' | 'full',
): GuardEvent {
  const { verdict, texts } = report;
  const shown = verdict.account.shown;
  const guarded = {
    platform: adapter.platform,
    // As the site shows it (X: `@handle`), like the dialog and the popup.
    account: shown === null ? null : adapter.formatAccount(shown).slice(0, MAX_ACCOUNT),
    role: verdict.role,
  };
  const spans = verdict.reasons.flatMap((reason) => reason.spans);
  const post = () => postForAudit(texts, spans, auditContent);
  const judged = () => ({
    ...guarded,
    action: verdict.action,
    codes: verdict.reasons.map((reason) => reason.code),
    ...(post() === undefined ? {} : { post: post() }),
  });
  switch (report.kind) {
    case 'send-held':
      return { kind: report.kind, ...guarded, holdId: report.holdId, seconds: report.seconds };
    case 'undone': {
      const text = post();
      return {
        kind: report.kind,
        ...guarded,
        holdId: report.holdId,
        ...(text === undefined ? {} : { post: text }),
      };
    }
    case 'hold-abandoned':
      return { kind: report.kind, ...guarded, holdId: report.holdId, why: report.why };
    case 'post-released':
      return {
        kind: report.kind,
        ...judged(),
        ...(report.holdId ? { holdId: report.holdId } : {}),
      };
    default:
      return { kind: report.kind, ...judged() };
  }
}

/** The guard's `report`: fire-and-forget, it never waits for the worker. */
export function reportToWorker(adapter: SiteAdapter, snapshot: RulesSnapshot) {
  return (report: GuardReport) => {
    const auditContent = snapshot.current()?.rules.policy.auditContent ?? 'redacted';
    void send({ type: 'audit/guard', event: auditEvent(report, adapter, auditContent) });
  };
}
