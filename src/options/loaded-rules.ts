// The rules in force as the options page shows them, asked of the worker and asked again
// when they change: an import, a save, managed policy pushed, another page's save. At the
// format's limits each answer is a megabyte and the editor built from it is work, so the
// same rules are never fetched or shown twice: the storage events of the page's own import
// or save (ownWrite) wait for its answer and are recognised by their `savedAt`, and asks
// made while a fetch is on its way are answered by one more fetch after it. The editor is
// built again only for other rules, so a save keeps its place (search, sort, page, focus).
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { RuleFile } from '../core/rules/schema';
import { send, type RulesSummary } from '../shared/messages';
import { onStorageChange } from '../shared/storage-area';
import { LOCAL_RULES_KEYS, RULES_KEY } from '../shared/storage-keys';

export interface Loaded {
  summary: RulesSummary;
  rules: RuleFile;
  /** Bumped whenever the rules are replaced, so the editor starts again from them. */
  revision: number;
}

/** The page's own writes of rules on their way, and the storage events that came meanwhile. */
const own = {
  pending: 0,
  savedAts: new Set<string>(),
  events: [] as (string | undefined)[],
  settle: null as (() => void) | null,
};

/**
 * Sends one of the page's own writes of rules (an import, a save): the storage events it
 * causes, which may come before its answer, are then not taken for someone else's change.
 */
export async function ownWrite<T extends { ok: boolean }>(request: Promise<T>): Promise<T> {
  own.pending++;
  try {
    const response = await request;
    const savedAt = (response as { summary?: RulesSummary }).summary?.savedAt;
    if (response.ok && savedAt) own.savedAts.add(savedAt);
    return response;
  } finally {
    own.pending--;
    // After the caller has shown the answer (saved, or refreshed for an import).
    if (own.pending === 0) setTimeout(() => own.settle?.(), 0);
  }
}

/** `savedAt` of a stored rules value (read defensively: it may be damaged). */
function savedAtOf(value: unknown): string | undefined {
  const savedAt = (value as { savedAt?: unknown } | null | undefined)?.savedAt;
  return typeof savedAt === 'string' ? savedAt : undefined;
}

export function useLoadedRules() {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  /** savedAt of the local rules shown, or being fetched. */
  const known = useRef<string | null | undefined>(undefined);
  const fetching = useRef(false);
  const again = useRef(false);

  const fetchOnce = useCallback(async () => {
    const response = await send({ type: 'rules/get' });
    if (!response.ok) {
      setLoadError(response.errors.join('; '));
      return;
    }
    setLoadError(null);
    known.current = response.summary.savedAt;
    setLoaded((old) => {
      // Rules saved at the same moment from the same source are the rules shown: only
      // the summary (its problems) may be new, and the editor keeps its place.
      const same =
        old !== null &&
        response.summary.savedAt !== null &&
        old.summary.savedAt === response.summary.savedAt &&
        old.summary.source === response.summary.source;
      return same
        ? { ...old, summary: response.summary }
        : { ...response, revision: (old?.revision ?? 0) + 1 };
    });
  }, []);

  const fetchRules = useCallback(async () => {
    if (fetching.current) {
      again.current = true;
      return;
    }
    fetching.current = true;
    try {
      do {
        again.current = false;
        await fetchOnce();
      } while (again.current);
    } finally {
      fetching.current = false;
    }
  }, [fetchOnce]);

  /** Fetches the rules unless those saved at `savedAt` are shown or on their way already. */
  const refresh = useCallback(
    (savedAt?: string | null) => {
      if (savedAt && savedAt === known.current) return;
      if (savedAt) known.current = savedAt;
      void fetchRules();
    },
    [fetchRules],
  );

  useEffect(() => refresh(), [refresh]);

  // The rules can change while this page is open: an admin pushes new managed policy, or
  // another page saves local rules. Show what is in force now; stop listening on unmount.
  useEffect(() => {
    own.settle = () => {
      const foreign = own.events.some((at) => at === undefined || !own.savedAts.has(at));
      own.events = [];
      own.savedAts.clear();
      if (foreign) refresh();
    };
    const stop = onStorageChange((changes, area) => {
      if (area === 'managed') refresh();
      else if (area === 'local' && LOCAL_RULES_KEYS.some((key) => key in changes)) {
        const savedAt = savedAtOf(changes[RULES_KEY]?.newValue);
        if (own.pending > 0) own.events.push(savedAt);
        else refresh(savedAt);
      }
    });
    return () => {
      own.settle = null;
      stop();
    };
  }, [refresh]);

  /** The page saved these rules itself: shown as they are, not fetched again. */
  const saved = useCallback((summary: RulesSummary, rules: RuleFile) => {
    known.current = summary.savedAt;
    setLoaded((old) => ({ summary, rules, revision: old?.revision ?? 0 }));
  }, []);

  return { loaded, loadError, refresh, saved };
}
