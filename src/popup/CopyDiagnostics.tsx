// The popup's `Copy diagnostics` button (ui-contract.md): shown when the tab's
// page has a compose box but a part of it cannot be found. It copies the
// tab's diagnostics report (no post text, names or handles) for a bug ticket
// and says in a status region whether that worked.
import { useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import type { Failure } from '../shared/messages';

export interface CopyDiagnosticsProps {
  /** Gets the report from the tab. */
  fetchReport(): Promise<{ ok: true; report: string } | Failure>;
}

export function CopyDiagnostics({ fetchReport }: CopyDiagnosticsProps) {
  const [outcome, setOutcome] = useState('');
  const [busy, setBusy] = useState(false);

  const copy = async () => {
    if (busy) return;
    setBusy(true);
    setOutcome('');
    try {
      const answer = await fetchReport();
      if (!answer.ok) {
        const why = answer.errors.map((error) => error.replace(/^\(root\): /u, '')).join('; ');
        setOutcome(t('popup_diagnostics_failed', [why]));
        return;
      }
      // Needs the click's user activation, which lasts past the tab's answer.
      await navigator.clipboard.writeText(answer.report);
      setOutcome(t('popup_diagnostics_copied'));
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      setOutcome(t('popup_diagnostics_failed', [why]));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="diagnostics">
      <button type="button" aria-busy={busy} onClick={() => void copy()}>
        {t('popup_diagnostics_copy')}
      </button>
      {/* Present before it says anything, so screen readers announce the change. */}
      <p class="why" role="status" aria-live="polite">
        {outcome}
      </p>
    </div>
  );
}
