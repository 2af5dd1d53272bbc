// The guard: intercept → evaluate on the local rules snapshot → dialog →
// (send delay) → release exactly once. An allowed post passes untouched (no
// dialog, no delay) unless it is a corporate post and the rules set a send
// delay; anything else is held until a person decides.
import { evaluate, type Verdict } from '../../core/engine';
import type { RulesSnapshot } from '../rules-snapshot';
import type { SendAttempt, SiteAdapter } from '../sites/adapter';
import { showDialog } from '../ui/dialog';
import { interceptSends } from './interceptor';
import { release } from './release';
import { checkFailedVerdict } from './fail-closed';
import { rememberFocus } from './focus-memory';
import { holdSend } from './send-delay';
import { t } from '../../shared/i18n';
import { seeAccount } from '../account';

/** What happened to a send, for the audit log (see content/audit-report.ts). */
export type GuardReport = {
  verdict: Verdict;
  /** The post's texts at that moment. */
  texts: string[];
} & (
  | { kind: 'dialog-shown' | 'confirmed' | 'cancelled' | 'blocked' | 'overridden' }
  | { kind: 'post-released'; holdId?: string }
  | { kind: 'send-held'; holdId: string; seconds: number }
  | { kind: 'undone'; holdId: string }
  | { kind: 'hold-abandoned'; holdId: string; why: 'page-left' | 'composer-closed' }
);

export interface GuardOptions {
  win: Window;
  adapter: SiteAdapter;
  snapshot: RulesSnapshot;
  now?: () => Date;
  /** Fire-and-forget: the guard never waits for it. */
  report?: (report: GuardReport) => void;
}

export function startGuard({
  win,
  adapter,
  snapshot,
  now = () => new Date(),
  report,
}: GuardOptions) {
  /** A dialog or a countdown; while one is open, every other send waits. */
  let open: { close(): void } | null = null;
  const policy = () => snapshot.current()?.rules.policy;

  /** The texts the last judge() read: the send path reads the page once, not twice. */
  let judgedTexts: string[] = [];

  function judge(attempt: SendAttempt, rules = snapshot.current()?.rules): Verdict | null {
    if (!rules) return null;
    judgedTexts = [];
    try {
      const texts = adapter.readTexts(attempt.surface);
      judgedTexts = texts;
      const account = seeAccount(adapter, attempt.surface, win.document);
      return evaluate({ texts }, account, rules, now());
    } catch (error) {
      return checkFailedVerdict(error);
    }
  }

  function readTextsSafely(attempt: SendAttempt): string[] {
    try {
      return adapter.readTexts(attempt.surface);
    } catch {
      return [];
    }
  }

  const shownOf = (verdict: Verdict) =>
    verdict.account.shown === null ? null : adapter.formatAccount(verdict.account.shown);

  /** The send delay that applies: only corporate posts wait (rule-file-v1.md). */
  const delayFor = (verdict: Verdict) =>
    verdict.role === 'corporate' ? (policy()?.sendDelaySeconds ?? 0) : 0;

  function ask(attempt: SendAttempt, verdict: Verdict) {
    const restoreFocus = rememberFocus(win);
    const texts = readTextsSafely(attempt);
    const shown = verdict.account.shown;
    report?.({ kind: 'dialog-shown', verdict, texts });
    open = showDialog({
      verdict,
      texts,
      accountShown: shownOf(verdict),
      allowOverride: policy()?.allowOverride ?? false,
      onDone(outcome) {
        open = null;
        const blocked = verdict.action === 'block' && outcome === 'cancelled';
        const kind = outcome === 'released' ? 'confirmed' : blocked ? 'blocked' : outcome;
        report?.({ kind, verdict, texts });
        if (outcome === 'cancelled') {
          restoreFocus();
          return;
        }
        // The account that counts is the one active now: if it changed while
        // the dialog was open, decide again rather than post as the wrong one.
        const again = judge(attempt);
        if (again && again.account.shown !== shown) settle(attempt);
        else go(attempt, verdict, restoreFocus);
      },
    });
  }

  /** Lets a decided send go: now, or after the send delay's countdown. */
  function go(attempt: SendAttempt, verdict: Verdict, restoreFocus = rememberFocus(win)) {
    const seconds = delayFor(verdict);
    if (seconds === 0) {
      if (release(attempt))
        report?.({ kind: 'post-released', verdict, texts: readTextsSafely(attempt) });
      return;
    }
    const holdId = newHoldId();
    const texts = readTextsSafely(attempt);
    report?.({ kind: 'send-held', verdict, texts, holdId, seconds });
    const hold = holdSend({
      win,
      seconds,
      accountShown: shownOf(verdict),
      role: verdict.role,
      onEnd(end) {
        open = null;
        if (end === 'undone') {
          report?.({ kind: 'undone', verdict, texts, holdId });
          restoreFocus();
          return;
        }
        if (end === 'page-left') {
          report?.({ kind: 'hold-abandoned', verdict, texts, holdId, why: 'page-left' });
          return;
        }
        restoreFocus();
        // Edited, or the account switched, while it waited: judged again as a new send.
        const again = judge(attempt);
        const now = readTextsSafely(attempt);
        if (!again || again.account.shown !== verdict.account.shown || !sameTexts(now, texts)) {
          hold.say(t('countdown_changed'));
          settle(attempt);
        } else if (release(attempt)) {
          hold.say(t('countdown_sent'));
          report?.({ kind: 'post-released', verdict, texts: now, holdId });
        } else {
          hold.say(t('countdown_composer_closed'));
          report?.({ kind: 'hold-abandoned', verdict, texts, holdId, why: 'composer-closed' });
        }
      },
    });
    open = { close: () => hold.abandon() };
  }

  function settle(attempt: SendAttempt) {
    const verdict = judge(attempt);
    if (!verdict) return;
    if (verdict.action === 'allow') go(attempt, verdict);
    else ask(attempt, verdict);
  }

  const stop = interceptSends(win, adapter, (attempt) => {
    if (!adapter.isSendEnabled(attempt.control)) return 'pass';
    if (open) return 'hold';
    const state = snapshot.current();
    if (!state) {
      // Only possible in the first milliseconds of a page: wait for storage
      // (not for the worker), then decide.
      void snapshot.ready().then(() => settle(attempt));
      return 'hold';
    }
    const verdict = judge(attempt, state.rules);
    if (!verdict) return 'pass';
    if (verdict.action === 'allow' && delayFor(verdict) === 0) {
      // The site sends it itself, right after this listener.
      report?.({ kind: 'post-released', verdict, texts: judgedTexts });
      return 'pass';
    }
    if (verdict.action === 'allow') go(attempt, verdict);
    else ask(attempt, verdict);
    return 'hold';
  });

  return () => {
    stop();
    open?.close();
  };
}

function sameTexts(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((text, i) => text === b[i]);
}

/** Ties a held send's events together in the audit log; unique enough within one browser. */
function newHoldId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
