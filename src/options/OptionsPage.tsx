import { useCallback, useEffect, useState } from 'preact/hooks';
import { send, type RulesSummary } from '../shared/messages';
import { ImportExport } from './ImportExport';
import { RulesInForce } from './RulesInForce';

export function OptionsPage() {
  const [summary, setSummary] = useState<RulesSummary | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    const response = await send({ type: 'rules/get' });
    if (response.ok) {
      setSummary(response.summary);
      setLoadError(null);
    } else setLoadError(response.errors.join('; '));
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  return (
    <main>
      <h1>Postguard</h1>
      <p class="lead">
        Rules that decide which accounts are your organisation’s, and what may be posted from them.
      </p>
      {loadError && <p class="error">The rules could not be read: {loadError}</p>}
      <RulesInForce summary={summary} />
      <ImportExport locked={summary?.locked ?? false} onImported={setSummary} />
    </main>
  );
}
