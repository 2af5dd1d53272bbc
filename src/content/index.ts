// Content script entry: picks the site's adapter, keeps a local rules
// snapshot, and starts the guard (at document_start, so its capture listeners
// are in place before the site's) and the compose indicators.
import { send } from '../shared/messages';
import { startGuard } from './guard/guard';
import { startIndicators } from './indicators';
import { createRulesSnapshot } from './rules-snapshot';
import { adapterFor } from './sites';

const adapter = adapterFor(location.hostname);
if (adapter) {
  const snapshot = createRulesSnapshot();
  startGuard({
    win: window,
    adapter,
    snapshot,
    report: ({ verdict, outcome }) =>
      void send({
        type: 'guard/decision',
        platform: adapter.platform,
        account: verdict.account.shown,
        action: verdict.action,
        outcome,
        codes: verdict.reasons.map((r) => r.code),
      }),
  });
  const begin = () => startIndicators(window, adapter, snapshot);
  if (document.readyState === 'loading')
    document.addEventListener('DOMContentLoaded', begin, { once: true });
  else begin();
}
