import { useCallback, useEffect, useState } from 'preact/hooks';
import type { RuleFile } from '../core/rules/schema';
import { t } from '../shared/i18n';
import { send, type RulesSummary } from '../shared/messages';
import { LOCAL_RULES_KEYS } from '../shared/storage-keys';
import { onStorageChange } from '../shared/storage-area';
import { ImportExport } from './ImportExport';
import { RulesInForce } from './RulesInForce';
import { RuleEditor } from './editor/RuleEditor';
import { OutcomeView, type Outcome } from './Outcome';
import { AuditLog } from './AuditLog';
import { ServersSection } from './ServersSection';
import { StyleProfiles } from './StyleProfiles';
import { TryAPost } from './try-post/TryAPost';

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

  // The rules can change while this page is open: an admin pushes new managed policy, or
  // another page saves local rules. Show what is in force now; stop listening on unmount.
  useEffect(
    () =>
      onStorageChange((changes, area) => {
        const local = area === 'local' && LOCAL_RULES_KEYS.some((key) => key in changes);
        if (area === 'managed' || local) void refresh();
      }),
    [refresh],
  );

  const locked = loaded?.summary.locked ?? false;
  return (
    <main>
      <h1>{t('extName')}</h1>
      <p class="lead">{t('options_lead')}</p>
      {loadError && <p class="error">{t('options_load_error', loadError)}</p>}
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
      <TryAPost rules={loaded?.rules ?? null} />
      <ServersSection />
      <AuditLog report={setOutcome} />
      <StyleProfiles />
    </main>
  );
}
