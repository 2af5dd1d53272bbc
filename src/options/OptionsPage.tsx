import { useCallback, useEffect, useState } from 'preact/hooks';
import type { RuleFile } from '../core/rules/schema';
import { send, type RulesSummary } from '../shared/messages';
import { ImportExport } from './ImportExport';
import { RulesInForce } from './RulesInForce';
import { RuleEditor } from './editor/RuleEditor';
import { OutcomeView, type Outcome } from './Outcome';

interface Loaded {
  summary: RulesSummary;
  rules: RuleFile;
  /** Bumped whenever the rules are replaced, so the editor starts again from them. */
  revision: number;
}

export function OptionsPage() {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);

  const refresh = useCallback(async () => {
    const response = await send({ type: 'rules/get' });
    if (!response.ok) {
      setLoadError(response.errors.join('; '));
      return;
    }
    setLoadError(null);
    setLoaded((old) => ({ ...response, revision: (old?.revision ?? 0) + 1 }));
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const locked = loaded?.summary.locked ?? false;
  return (
    <main>
      <h1>Postguard</h1>
      <p class="lead">
        Rules that decide which accounts are your organisation’s, and what may be posted from them.
      </p>
      {loadError && <p class="error">The rules could not be read: {loadError}</p>}
      <OutcomeView outcome={outcome} />
      <RulesInForce summary={loaded?.summary ?? null} />
      <ImportExport locked={locked} onImported={() => void refresh()} report={setOutcome} />
      {loaded && (
        <RuleEditor
          key={loaded.revision}
          rules={loaded.rules}
          locked={locked}
          report={setOutcome}
          onSaved={(summary, rules) =>
            setLoaded((old) => ({ summary, rules, revision: old?.revision ?? 0 }))
          }
        />
      )}
    </main>
  );
}
