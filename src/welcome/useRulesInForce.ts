// The rules in force, as the worker reads them (`rules/get`: managed policy first, then the
// person's own), kept current while the welcome page is open: an import, the guided form,
// another page or the organisation's policy arriving all change what the page offers.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { send, type RulesSummary } from '../shared/messages';
import { onStorageChange } from '../shared/storage-area';
import { LOCAL_RULES_KEYS } from '../shared/storage-keys';

export interface RulesInForce {
  /** Null until the first answer, or when the worker could not say. */
  summary: RulesSummary | null;
  /** Why the rules could not be read, when they could not. */
  error: string | null;
}

/** Whether any rule file is in force (the default rules are none). */
export const hasRules = (summary: RulesSummary | null) =>
  summary !== null && summary.source !== 'none';

export function useRulesInForce(): [RulesInForce, () => Promise<RulesInForce>] {
  const [state, setState] = useState<RulesInForce>({ summary: null, error: null });
  // Answers can arrive out of order; only the latest request's answer is shown.
  const generation = useRef(0);

  const refresh = useCallback(async () => {
    const mine = ++generation.current;
    const response = await send({ type: 'rules/get' });
    const next: RulesInForce = response.ok
      ? { summary: response.summary, error: null }
      : { summary: null, error: response.errors.join('; ') };
    if (mine === generation.current) setState(next);
    return next;
  }, []);

  useEffect(() => {
    void refresh();
    return onStorageChange((changes, area) => {
      const local = area === 'local' && LOCAL_RULES_KEYS.some((key) => key in changes);
      if (area === 'managed' || local) void refresh();
    });
  }, [refresh]);

  return [state, refresh];
}
