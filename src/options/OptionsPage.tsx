import { t } from '../shared/i18n';
import { useState } from 'preact/hooks';
import { ImportExport } from './ImportExport';
import { RulesInForce } from './RulesInForce';
import { RuleEditor } from './editor/RuleEditor';
import { OutcomeView, type Outcome } from './Outcome';
import { AuditLog } from './AuditLog';
import { ServersSection } from './ServersSection';
import { StyleProfiles } from './StyleProfiles';
import { TryAPost } from './try-post/TryAPost';
import { PageNav } from './PageNav';
import { useLoadedRules } from './loaded-rules';

export function OptionsPage() {
  // The rules in force, fetched again when they change (loaded-rules.ts).
  const { loaded, loadError, refresh, saved } = useLoadedRules();
  const [outcome, setOutcome] = useState<Outcome>(null);

  const locked = loaded?.summary.locked ?? false;
  return (
    <main>
      <h1>{t('extName')}</h1>
      <p class="lead">{t('options_lead')}</p>
      <div class="options-layout">
        <PageNav />
        <div class="options-content">
          {loadError && <p class="error">{t('options_load_error', loadError)}</p>}
          <OutcomeView outcome={outcome} />
          <RulesInForce summary={loaded?.summary ?? null} />
          <ImportExport
            locked={locked}
            onImported={(summary) => refresh(summary.savedAt)}
            report={setOutcome}
          />
          {loaded && (
            <RuleEditor
              key={loaded.revision}
              rules={loaded.rules}
              locked={locked}
              report={setOutcome}
              onSaved={saved}
            />
          )}
          <TryAPost rules={loaded?.rules ?? null} />
          <ServersSection />
          <AuditLog report={setOutcome} />
          <StyleProfiles />
        </div>
      </div>
    </main>
  );
}
