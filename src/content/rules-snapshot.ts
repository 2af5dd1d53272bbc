// The content script's own copy of the rules in force, read straight from
// storage and refreshed on every storage change. Decisions at send time use
// this snapshot synchronously and never wait for the service worker.
//
// Every value is checked as it is read, without zod, in two steps
// (resolveRulesInSteps in shared/rules-state.ts): on page load everything but
// the entries of the term lists, which is what the page shows (the account's
// role, sombre mode); the rest when a post is first judged, or earlier when a
// person starts writing (index.ts). A post is only ever judged on rules that
// are checked in full.
import { translatedIssueLines } from '../shared/i18n';
import { loadRulesInSteps } from '../shared/load-rules';
import type { RulesState } from '../shared/rules-state';
import { onStorageChange } from '../shared/storage-area';
import { LOCAL_RULES_KEYS } from '../shared/storage-keys';

export interface RulesSnapshot {
  /** The rules in force, checked in full (now, if that was put off): what posts are judged on. */
  current(): RulesState | null;
  /**
   * The rules in force as far as they are checked, for what the page shows
   * (the indicator, the tab status): their term lists may still be empty.
   */
  preview(): RulesState | null;
  /** The rules in force once they are read, checked in full (as `current()`). */
  ready(): Promise<RulesState>;
  /** Called with the rules as they are read, and again once they are checked in full. */
  subscribe(listener: (state: RulesState) => void): () => void;
  dispose(): void;
}

export function createRulesSnapshot(): RulesSnapshot {
  let preview: RulesState | null = null;
  /** Checks the rest of the rules read last; null once done. */
  let complete: (() => RulesState) | null = null;
  let state: RulesState | null = null;
  let generation = 0;
  const listeners = new Set<(state: RulesState) => void>();
  const notify = (next: RulesState) => listeners.forEach((listener) => listener(next));

  const current = () => {
    if (complete) {
      const done = complete();
      complete = null;
      state = done;
      // After the caller (a send being judged) is done with them.
      queueMicrotask(() => {
        if (state === done) notify(done);
      });
    }
    return state;
  };

  const load = async () => {
    const mine = ++generation;
    const next = await loadRulesInSteps(translatedIssueLines);
    // A slower, older read must not overwrite a newer one.
    if (mine === generation) {
      preview = next.preview;
      complete = next.complete;
      state = null;
      notify(next.preview);
    }
    return preview ?? next.preview;
  };

  let first = load();
  const stopWatching = onStorageChange((changes, area) => {
    if (area === 'managed' || LOCAL_RULES_KEYS.some((key) => key in changes)) first = load();
  });

  return {
    current,
    preview: () => state ?? preview,
    ready: () => first.then((read) => current() ?? read),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      stopWatching();
      listeners.clear();
    },
  };
}
