// The content script's own copy of the rules in force, read straight from
// storage and refreshed on every storage change. Decisions at send time use
// this snapshot synchronously and never wait for the service worker.
import { loadRulesState } from '../shared/load-rules';
import { STORAGE_KEYS } from '../shared/rules-state';
import type { RulesState } from '../shared/rules-state';
import { onStorageChange } from '../shared/storage-area';

export interface RulesSnapshot {
  current(): RulesState | null;
  ready(): Promise<RulesState>;
  subscribe(listener: (state: RulesState) => void): () => void;
  dispose(): void;
}

export function createRulesSnapshot(): RulesSnapshot {
  let state: RulesState | null = null;
  let generation = 0;
  const listeners = new Set<(state: RulesState) => void>();

  const load = async () => {
    const mine = ++generation;
    const next = await loadRulesState();
    // A slower, older read must not overwrite a newer one.
    if (mine === generation) {
      state = next;
      listeners.forEach((listener) => listener(next));
    }
    return state ?? next;
  };

  let first = load();
  const stopWatching = onStorageChange((changes, area) => {
    if (area === 'managed' || STORAGE_KEYS.some((key) => key in changes)) first = load();
  });

  return {
    current: () => state,
    ready: () => first,
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
