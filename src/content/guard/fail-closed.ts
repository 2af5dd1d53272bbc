// When the page cannot be read or the post cannot be checked (a site changed
// its markup, an unexpected exception), the guard fails closed and visibly:
// the person is asked, with the reason, instead of the post slipping through.
import type { Verdict } from '../../core/engine';

export function checkFailedVerdict(error: unknown): Verdict {
  const detail = error instanceof Error ? error.message : String(error);
  return {
    action: 'confirm',
    role: 'unknown',
    account: { shown: null, listed: false },
    sombre: { on: false },
    reasons: [
      {
        code: 'check-failed',
        action: 'confirm',
        message: `Postguard could not check this post (${detail}). Make sure you are posting from the right account`,
        spans: [],
      },
    ],
  };
}
