// The guard: intercept → evaluate on the local rules snapshot → dialog →
// release exactly once. An allowed post passes untouched (no dialog, no
// delay); anything else is held until a person decides.
import { evaluate, type Verdict } from '../../core/engine';
import type { RulesSnapshot } from '../rules-snapshot';
import type { SendAttempt, SiteAdapter } from '../sites/adapter';
import { showDialog, type DialogOutcome } from '../ui/dialog';
import { interceptSends } from './interceptor';
import { release } from './release';
import { checkFailedVerdict } from './fail-closed';

export interface GuardReport {
  verdict: Verdict;
  outcome: DialogOutcome | 'blocked';
}

export interface GuardOptions {
  win: Window;
  adapter: SiteAdapter;
  snapshot: RulesSnapshot;
  now?: () => Date;
  /** Fire-and-forget: the guard never waits for it. */
  report?: (report: GuardReport) => void;
}

/**
 * Where the person was when the send was held: the focused element and the caret in it.
 * Focus alone is not enough: a rich editor may drop its caret when it loses focus (Draft.js
 * on X clears the DOM selection on blur), and focus() then puts the caret at the start, so
 * the next words typed would land before the text.
 */
function rememberFocus(win: Window): () => void {
  const focused = win.document.activeElement as HTMLElement | null;
  const selection = win.getSelection();
  const range = selection?.rangeCount ? selection.getRangeAt(0).cloneRange() : null;
  return () => {
    focused?.focus?.();
    if (!focused || !range) return;
    if (!focused.contains(range.startContainer) || !focused.contains(range.endContainer)) return;
    const now = win.getSelection();
    now?.removeAllRanges();
    now?.addRange(range);
  };
}

export function startGuard({
  win,
  adapter,
  snapshot,
  now = () => new Date(),
  report,
}: GuardOptions) {
  let open: { close(): void } | null = null;

  function judge(attempt: SendAttempt, rules = snapshot.current()?.rules): Verdict | null {
    if (!rules) return null;
    try {
      const texts = adapter.readTexts(attempt.surface);
      const account = adapter.readAccount(attempt.surface, win.document);
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

  function ask(attempt: SendAttempt, verdict: Verdict) {
    const restoreFocus = rememberFocus(win);
    const shown = verdict.account.shown;
    open = showDialog({
      verdict,
      texts: readTextsSafely(attempt),
      accountShown: shown === null ? null : adapter.formatAccount(shown),
      allowOverride: snapshot.current()?.rules.policy.allowOverride ?? false,
      onDone(outcome) {
        open = null;
        report?.({
          verdict,
          outcome: verdict.action === 'block' && outcome === 'cancelled' ? 'blocked' : outcome,
        });
        if (outcome === 'cancelled') {
          restoreFocus();
          return;
        }
        // The account that counts is the one active now: if it changed while
        // the dialog was open, decide again rather than post as the wrong one.
        const again = judge(attempt);
        if (again && again.account.shown !== shown) settle(attempt);
        else release(attempt);
      },
    });
  }

  function settle(attempt: SendAttempt) {
    const verdict = judge(attempt);
    if (!verdict) return;
    if (verdict.action === 'allow') release(attempt);
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
    if (!verdict || verdict.action === 'allow') return 'pass';
    ask(attempt, verdict);
    return 'hold';
  });

  return () => {
    stop();
    open?.close();
  };
}
