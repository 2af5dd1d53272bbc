// Content script entry: picks the site's adapter, keeps a local rules
// snapshot, and starts the guard (at document_start, so its capture listeners
// are in place before the site's), the compose indicators and the tab status
// (the popup's questions, the toolbar badge).
import { send } from '../shared/messages';
import { startGuard } from './guard/guard';
import { startIndicators } from './indicators';
import { createRulesSnapshot } from './rules-snapshot';
import { adapterFor } from './sites';
import { startTabStatus } from './tab-status';

const adapter = adapterFor(location.hostname);
if (adapter) {
  const snapshot = createRulesSnapshot();
  // Everything started here stops together, with the guard.
  const stops: (() => void)[] = [];
  stops.push(
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
    }),
  );
  stops.push(startTabStatus({ win: window, adapter, snapshot }));
  const begin = () => stops.push(startIndicators(window, adapter, snapshot));
  if (document.readyState === 'loading')
    document.addEventListener('DOMContentLoaded', begin, { once: true });
  else begin();
  // A document that is unloaded for good (not kept in the back/forward cache)
  // leaves no listener behind.
  window.addEventListener('pagehide', (event) => {
    if (event.persisted) return;
    stops.splice(0).forEach((stop) => stop());
    snapshot.dispose();
  });
}
