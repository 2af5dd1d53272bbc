// What every site's content script does with its adapter: keeps a local rules
// snapshot, and starts the guard (at document_start, so its capture listeners
// are in place before the site's), the compose indicators and the tab status
// (the popup's questions, the toolbar badge). Each site's script is this and its
// own adapter, nothing of the other sites: the build writes one entry per
// platform of the registry (scripts/lib/content-entries.mjs, vite.config.ts).
import { precompileRules } from '../core/engine/compiled';
import { precompileTone } from '../core/tone/score';
import { reportToWorker } from './audit-report';
import { startGuard } from './guard/guard';
import { startIndicators } from './indicators';
import { createRulesSnapshot } from './rules-snapshot';
import { createStyleSnapshot } from './style-snapshot';
import type { SiteAdapter } from './sites/adapter';
import { startTabStatus } from './tab-status';
import type { RulesSnapshot } from './rules-snapshot';

/**
 * Compiles the rules' terms and the tone check's cue lists (about 12 ms, cold) once a
 * person starts writing (focus in an editable element), when the page is next idle: a send
 * then finds them compiled, and a page that is only read never compiles them. A send before
 * that compiles them itself (core/engine/compiled.ts); it never waits for more.
 */
function precompileWhenWriting(win: Window, snapshot: RulesSnapshot): () => void {
  let writing = false;
  let idle = 0;
  const compileSoon = () => {
    if (!writing || idle) return;
    idle = win.requestIdleCallback(
      () => {
        idle = 0;
        const rules = snapshot.current()?.rules;
        if (rules) precompileRules(rules);
        precompileTone();
      },
      { timeout: 1000 },
    );
  };
  const onFocusIn = ({ target }: FocusEvent) => {
    const editable =
      target instanceof HTMLElement &&
      (target.isContentEditable || target instanceof HTMLTextAreaElement);
    if (!editable) return;
    writing = true;
    compileSoon();
  };
  win.addEventListener('focusin', onFocusIn, true);
  const unsubscribe = snapshot.subscribe(compileSoon);
  return () => {
    win.removeEventListener('focusin', onFocusIn, true);
    unsubscribe();
    if (idle) win.cancelIdleCallback(idle);
  };
}

/**
 * Guards this page with `adapter`; the manifest runs a site's script on its hosts only. A
 * site on any server is guarded only where its page proves to be the site's app, which is
 * known once the document is parsed. The guard's listeners capture at the window, so they
 * still come before the app's (on its root element), whenever either was added.
 */
export function startContent(adapter: SiteAdapter): void {
  const { isSitePage } = adapter;
  if (!isSitePage) return guardPage(adapter);
  const start = () => {
    if (isSitePage(document)) guardPage(adapter);
  };
  if (document.readyState === 'loading')
    document.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
}

function guardPage(adapter: SiteAdapter): void {
  const snapshot = createRulesSnapshot();
  const styles = createStyleSnapshot();
  // Everything started here stops together, with the guard.
  const stops: (() => void)[] = [styles.dispose];
  stops.push(
    startGuard({
      win: window,
      adapter,
      snapshot,
      report: reportToWorker(adapter, snapshot),
      styles: styles.current,
    }),
  );
  stops.push(startTabStatus({ win: window, adapter, snapshot }));
  stops.push(precompileWhenWriting(window, snapshot));
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
