import { useEffect, useState } from 'preact/hooks';
import { send, type RulesSummary } from '../shared/messages';

// A first popup: which rules are in force. The per-tab account, role and
// sombre-mode switch come with the popup issue.
export function Popup() {
  const [summary, setSummary] = useState<RulesSummary | null>(null);
  useEffect(() => {
    void send({ type: 'rules/get' }).then((r) => r.ok && setSummary(r.summary));
  }, []);
  return (
    <main style={{ minWidth: '18rem', font: '14px system-ui, sans-serif', padding: '0.5rem' }}>
      <h1 style={{ fontSize: '1.1rem' }}>Postguard</h1>
      <p>
        {summary?.organization
          ? `Rules of ${summary.organization}: ${summary.accounts} accounts.`
          : 'No rule file imported yet.'}
      </p>
    </main>
  );
}
