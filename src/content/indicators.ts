// Keeps one indicator next to every compose box, following account switches
// live; with no rules in force it says so instead of a role. Page mutations
// that may matter (page-changes.ts) are coalesced to one refresh per animation
// frame.
import { evaluate } from '../core/engine';
import type { RulesSnapshot } from './rules-snapshot';
import type { ComposeSurface, SiteAdapter } from './sites/adapter';
import type { RuleFile } from '../core/rules/schema';
import { roleWord, t } from '../shared/i18n';
import { createIndicator, type IndicatorView } from './ui/indicator';
import { noteSurfaces, onPageChange } from './page-changes';
import { accountSeen, accountsShown, problemText } from './account-seen';
import { surfaceHealth } from './site-health';

export function startIndicators(win: Window, adapter: SiteAdapter, snapshot: RulesSnapshot) {
  const doc = win.document;
  const views = new WeakMap<Element, IndicatorView>();
  let scheduled = 0;
  let warned = false;

  function refresh() {
    scheduled = 0;
    // The account's role needs no term lists: the rules as far as they are checked will do.
    const state = snapshot.preview();
    if (!state) return;
    const { rules } = state;
    // With no rules in force no role is guessed: the default rules would call any account
    // personal (policy.unlistedRole). The guard still judges by them at send time.
    const noRules = state.source === 'none';
    const surfaces = adapter.findSurfaces(doc);
    noteSurfaces(
      doc,
      adapter,
      surfaces.map((surface) => surface.root),
    );
    for (const surface of surfaces) {
      // One compose box the page has made unusable (its root refusing a child, a
      // getter that throws) must not cost the others their indicator, nor end
      // this refresh: the failure stays with that box, said once in the console.
      try {
        show(surface, rules, noRules);
      } catch (error) {
        if (!warned) console.warn('Postguard: a compose indicator could not be shown', error);
        warned = true;
      }
    }
  }

  function show(surface: ComposeSurface, rules: RuleFile, noRules: boolean) {
    let view = views.get(surface.root);
    if (!view) {
      view = createIndicator();
      views.set(surface.root, view);
    }
    // Above the compose box, on a line of its own: inside the editor's own
    // row it would squeeze the text (sites lay compose rows out with flex).
    if (surface.root.firstElementChild !== view.host) surface.root.prepend(view.host);
    // Which parts of the box the guard cannot find, each in a sentence (the account's first).
    const health = surfaceHealth(adapter, surface, doc);
    const account = accountSeen(adapter.platform, health.account);
    const verdict = evaluate({ texts: [] }, account, rules, new Date());
    const shown = accountsShown(adapter, verdict);
    const missing = account.problem ? [account.problem] : [];
    missing.push(...health.problems.filter((code) => code !== account.problem));
    const whys = missing.map(problemText);
    if (noRules) {
      whys.push(t('indicator_no_rules_why'));
      const text = shown ? t('indicator_no_rules', [shown]) : t('indicator_no_rules_unknown');
      view.show(text, 'unknown', whys.join(' '));
      return;
    }
    const why = whys.join(' ') || undefined;
    if (shown)
      view.show(t('indicator_posting_as', [shown, roleWord(verdict.role)]), verdict.role, why);
    else view.show(t('indicator_posting_as_unknown'), 'unknown', why);
  }

  const schedule = () => {
    if (!scheduled) scheduled = win.requestAnimationFrame(refresh);
  };
  const stopWatching = onPageChange(doc, adapter, schedule);
  const unsubscribe = snapshot.subscribe(schedule);
  schedule();
  return () => {
    stopWatching();
    unsubscribe();
    if (scheduled) win.cancelAnimationFrame(scheduled);
  };
}
