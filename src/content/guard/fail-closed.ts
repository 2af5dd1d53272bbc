// When the page cannot be read or the post cannot be checked (a site changed
// its markup, an unexpected exception), the guard fails closed and visibly:
// the person is asked, with the reason, instead of the post slipping through.
// The reason is made like the engine's own (English message, and a message
// key the dialog translates; see core/engine/reason-localizables.ts).
import { messages, reason, type Verdict } from '../../core/engine';
import { SiteError } from '../sites/problems';
import { problemText } from '../account-seen';

export function checkFailedVerdict(error: unknown): Verdict {
  const detail =
    error instanceof SiteError
      ? problemText(error.code)
      : error instanceof Error
        ? error.message
        : String(error);
  return {
    action: 'confirm',
    role: 'unknown',
    account: { shown: null, listed: false },
    sombre: { on: false },
    reasons: [reason('check-failed', 'confirm', messages.checkFailed(detail))],
  };
}
