// Turns the guard's reports into audit events for the worker, keeping only as
// much of the post as `policy.auditContent` allows: the text is cut down here,
// in the page, so a post the policy does not keep never leaves the tab. A long
// post is cut to the log's limit here too, so its event is never refused.
import { postForAudit, truncatePost, type GuardEvent } from '../core/audit';
import { send } from '../shared/messages';
import { accountsShown } from './account-seen';
import type { GuardReport } from './guard/guard';
import type { RulesSnapshot } from './rules-snapshot';
import type { SiteAdapter } from './sites/adapter';
import { learnFromRelease } from './style-snapshot';

/** The audit event schema's limit on an account name. */
const MAX_ACCOUNT = 200;

/**
 * What the guard may say of the send itself, besides its report (both optional,
 * so a guard that does not pass them yet is still logged as before):
 * - `trusted`: the click or key that started the send was the person's
 *   (`event.isTrusted` of the intercepted event), false for a page script's;
 * - `hasLayout`: the compose box was laid out on the page (false for a box
 *   with `display: none` or detached: the worker counts it, never logs it).
 */
export interface SendFacts {
  trusted?: boolean;
  hasLayout?: boolean;
}
export type AuditReport = GuardReport & SendFacts;

export function auditEvent(
  report: AuditReport,
  adapter: Pick<SiteAdapter, 'platform' | 'formatAccount'>,
  auditContent: 'none' | 'redacted' | 'full',
): GuardEvent {
  const { verdict, texts, trusted, hasLayout } = report;
  const shown = accountsShown(adapter, verdict);
  const facts = {
    ...(trusted === undefined ? {} : { trusted }),
    ...(hasLayout === undefined ? {} : { hasLayout }),
  };
  const guarded = {
    platform: adapter.platform,
    // As the site shows it (X: `@handle`), like the dialog and the popup.
    account: shown === null ? null : shown.slice(0, MAX_ACCOUNT),
    role: verdict.role,
    ...facts,
  };
  const spans = verdict.reasons.flatMap((reason) => reason.spans);
  // A box with no layout is counted, not logged: its text need not leave the page.
  const text = hasLayout === false ? undefined : postForAudit(texts, spans, auditContent);
  const post = text === undefined ? {} : { post: truncatePost(text) };
  const judged = () => ({
    ...guarded,
    action: verdict.action,
    codes: verdict.reasons.map((reason) => reason.code),
    ...post,
  });
  switch (report.kind) {
    case 'send-held':
      return { kind: report.kind, ...guarded, holdId: report.holdId, seconds: report.seconds };
    case 'undone':
      return { kind: report.kind, ...guarded, holdId: report.holdId, ...post };
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
  return (report: AuditReport) => {
    const rules = snapshot.current()?.rules;
    const auditContent = rules?.policy.auditContent ?? 'redacted';
    void send({ type: 'audit/guard', event: auditEvent(report, adapter, auditContent) });
    if (report.kind !== 'post-released') return;
    // Learning is a side matter: whatever goes wrong there, the send it follows is not touched.
    try {
      learnFromRelease(adapter, rules, report.verdict, report.texts);
    } catch {
      // Nothing learned from this post.
    }
  };
}
