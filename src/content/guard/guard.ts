// The guard: intercept → evaluate on the local rules snapshot → dialog →
// (send delay) → release exactly once. An allowed post passes untouched (no
// dialog, no delay) unless it is a corporate post and the rules set a send
// delay; anything else is held until a person decides.
import { evaluate, type Verdict } from '../../core/engine';
import type { RulesSnapshot } from '../rules-snapshot';
import type { StyleBook } from '../../core/tone/style';
import type { SendAttempt, SiteAdapter } from '../sites/adapter';
import { showDialog } from '../ui/dialog';
import { interceptSends } from './interceptor';
import { release } from './release';
import { checkFailedVerdict } from './fail-closed';
import { askedAgainVerdict, showFallback } from './fallback';
import { rememberFocus } from './focus-memory';
import { holdSend } from './send-delay';
import { t } from '../../shared/i18n';
import { accountsShown, seeAccount } from '../account-seen';

/** What happened to a send, for the audit log (see content/audit-report.ts). */
export type GuardReport = {
  verdict: Verdict;
  /** The post's texts at that moment. */
  texts: string[];
} & SendOrigin &
  (
    | { kind: 'dialog-shown' | 'confirmed' | 'cancelled' | 'blocked' | 'overridden' }
    | { kind: 'post-released'; holdId?: string }
    | { kind: 'send-held'; holdId: string; seconds: number }
    | { kind: 'undone'; holdId: string }
    | { kind: 'hold-abandoned'; holdId: string; why: 'page-left' | 'composer-closed' }
  );

/** Where the send came from, kept with every report of it (the audit log's evidence). */
export interface SendOrigin {
  /** The click or key that started it was the person's (`isTrusted`). */
  trusted?: boolean;
  /** The compose box was laid out on the page (a hidden box's send is a script's). */
  hasLayout?: boolean;
}

interface Judged {
  verdict: Verdict;
  /** The post's texts the verdict was made on. */
  texts: string[];
}

export interface GuardOptions {
  win: Window;
  adapter: SiteAdapter;
  snapshot: RulesSnapshot;
  now?: () => Date;
  /** Fire-and-forget: the guard never waits for it. */
  report?: (report: GuardReport) => void;
  /** The style profiles learned on this device, for the tone check (style-snapshot.ts). */
  styles?: () => StyleBook | undefined;
}

export function startGuard({
  win,
  adapter,
  snapshot,
  now = () => new Date(),
  report,
  styles,
}: GuardOptions) {
  /** A dialog or a countdown; while one is open, every other send waits. */
  let open: { close(): void } | null = null;
  /** Each held send's origin, as first caught: judged again later, it is still that send. */
  const origins = new WeakMap<SendAttempt, SendOrigin>();
  const tell = (attempt: SendAttempt, what: GuardReport) =>
    report?.({ ...what, ...origins.get(attempt) });
  const policy = () => snapshot.current()?.rules.policy;

  /** The verdict and the texts it was made on: what the dialog shows is what was judged. */
  function judge(attempt: SendAttempt, rules = snapshot.current()?.rules): Judged | null {
    if (!rules) return null;
    let texts: string[] = [];
    try {
      texts = adapter.readTexts(attempt.surface);
      const account = seeAccount(adapter, attempt.surface, win.document);
      return { verdict: evaluate({ texts }, account, rules, now(), styles?.()), texts };
    } catch (error) {
      return { verdict: checkFailedVerdict(error), texts };
    }
  }

  function readTextsSafely(attempt: SendAttempt): string[] {
    try {
      return adapter.readTexts(attempt.surface);
    } catch {
      return [];
    }
  }

  /** Every account the send goes from, as the site shows them (null: unknown). */
  const shownOf = (verdict: Verdict) => accountsShown(adapter, verdict);

  /** The send delay that applies: only corporate posts wait (rule-file-v1.md). */
  const delayFor = (verdict: Verdict) =>
    verdict.role === 'corporate' ? (policy()?.sendDelaySeconds ?? 0) : 0;

  /**
   * Runs a step of the send path; an exception holds the send (nothing is
   * released) and asks the person with the reason, or, when even the dialog
   * cannot be shown, tells them in the browser's own alert.
   */
  function failClosed(attempt: SendAttempt, step: () => void) {
    try {
      step();
    } catch (error) {
      open?.close();
      open = null;
      try {
        ask(attempt, { verdict: checkFailedVerdict(error), texts: readTextsSafely(attempt) });
      } catch (again) {
        open = null;
        showFallback(win, again);
      }
    }
  }

  function ask(attempt: SendAttempt, { verdict, texts }: Judged) {
    const restoreFocus = rememberFocus(win);
    const shown = shownOf(verdict);
    tell(attempt, { kind: 'dialog-shown', verdict, texts });
    open = showDialog({
      verdict,
      texts,
      accountShown: shownOf(verdict),
      allowOverride: policy()?.allowOverride ?? false,
      onDone: (outcome) =>
        failClosed(attempt, () => {
          open = null;
          const blocked = verdict.action === 'block' && outcome === 'cancelled';
          const kind = outcome === 'released' ? 'confirmed' : blocked ? 'blocked' : outcome;
          tell(attempt, { kind, verdict, texts });
          if (outcome === 'cancelled') {
            restoreFocus();
            return;
          }
          // What counts is what would be sent now: if the text or the active
          // account changed while the dialog was open, ask again with that.
          const again = judge(attempt);
          if (!again) return;
          if (shownOf(again.verdict) !== shown || !sameTexts(again.texts, texts)) {
            ask(attempt, { ...again, verdict: askedAgainVerdict(again.verdict) });
          } else go(attempt, verdict, restoreFocus);
        }),
    });
  }

  /** Lets a decided send go: now, or after the send delay's countdown. */
  function go(attempt: SendAttempt, verdict: Verdict, restoreFocus = rememberFocus(win)) {
    const seconds = delayFor(verdict);
    if (seconds === 0) {
      if (release(attempt))
        tell(attempt, { kind: 'post-released', verdict, texts: readTextsSafely(attempt) });
      return;
    }
    const holdId = newHoldId();
    const texts = readTextsSafely(attempt);
    tell(attempt, { kind: 'send-held', verdict, texts, holdId, seconds });
    const hold = holdSend({
      win,
      seconds,
      accountShown: shownOf(verdict),
      role: verdict.role,
      onEnd: (end) =>
        failClosed(attempt, () => {
          open = null;
          if (end === 'undone') {
            tell(attempt, { kind: 'undone', verdict, texts, holdId });
            restoreFocus();
            return;
          }
          if (end === 'page-left') {
            tell(attempt, { kind: 'hold-abandoned', verdict, texts, holdId, why: 'page-left' });
            return;
          }
          restoreFocus();
          // Edited, or the account switched, while it waited: judged again as a new send.
          const again = judge(attempt);
          if (
            !again ||
            shownOf(again.verdict) !== shownOf(verdict) ||
            !sameTexts(again.texts, texts)
          ) {
            hold.say(t('countdown_changed'));
            settle(attempt);
          } else if (release(attempt)) {
            hold.say(t('countdown_sent'));
            tell(attempt, { kind: 'post-released', verdict, texts: again.texts, holdId });
          } else {
            hold.say(t('countdown_composer_closed'));
            tell(attempt, {
              kind: 'hold-abandoned',
              verdict,
              texts,
              holdId,
              why: 'composer-closed',
            });
          }
        }),
    });
    open = { close: () => hold.abandon() };
  }

  function settle(attempt: SendAttempt) {
    const judged = judge(attempt);
    if (!judged) return;
    if (judged.verdict.action === 'allow') go(attempt, judged.verdict);
    else ask(attempt, judged);
  }

  function decide(attempt: SendAttempt, event: Event): 'pass' | 'hold' {
    if (!adapter.isSendEnabled(attempt.control)) return 'pass';
    origins.set(attempt, {
      trusted: event.isTrusted,
      hasLayout: attempt.surface.root.getClientRects().length > 0,
    });
    if (open) return 'hold';
    const state = snapshot.current();
    if (!state) {
      // Only possible in the first milliseconds of a page: wait for storage
      // (not for the worker), then decide.
      void snapshot.ready().then(() => failClosed(attempt, () => settle(attempt)));
      return 'hold';
    }
    const judged = judge(attempt, state.rules);
    if (!judged) return 'pass';
    const { verdict } = judged;
    if (verdict.action === 'allow' && delayFor(verdict) === 0) {
      // The site sends it itself, right after this listener.
      tell(attempt, { kind: 'post-released', verdict, texts: judged.texts });
      return 'pass';
    }
    failClosed(attempt, () => {
      if (verdict.action === 'allow') go(attempt, verdict);
      else ask(attempt, judged);
    });
    return 'hold';
  }

  const stop = interceptSends(win, adapter, decide, (error) => showFallback(win, error));

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
