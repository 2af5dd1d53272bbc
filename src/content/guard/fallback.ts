// The last line of fail-closed: when Postguard cannot even show its own dialog
// (the page broke our UI, or an exception escaped the decision), the send stays
// held and the person is told so in the browser's own alert, which a page
// script can neither restyle nor click (content scripts call it from their
// isolated world; docs/security.md).
import { messages, reason, type Verdict } from '../../core/engine';
import { t } from '../../shared/i18n';

/** Tells the person the post was held and not sent; never throws. */
export function showFallback(win: Window, error: unknown): void {
  const detail = error instanceof Error ? error.message : String(error);
  try {
    win.alert(t('dialog_fallback', detail));
  } catch {
    // Alerts suppressed by the browser: the send is still held, and the
    // indicator says the guard has a problem.
  }
}

/**
 * What was confirmed is not what would be sent now (the text or the account
 * changed behind the dialog): the new verdict, asked again whatever its action,
 * with the reason first.
 */
export function askedAgainVerdict(verdict: Verdict): Verdict {
  return {
    ...verdict,
    action: verdict.action === 'block' ? 'block' : 'confirm',
    reasons: [reason('post-changed', 'confirm', messages.postChanged()), ...verdict.reasons],
  };
}
