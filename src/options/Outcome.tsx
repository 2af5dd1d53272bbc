// The options page's one place for results (ui-contract.md): success in a
// role=status element, refusals in a role=alert listing each `path: message`.
// Import, export and saving the editor all report here; an import that
// succeeded may carry warnings about its names (name-warnings.tsx).
import { useRef } from 'preact/hooks';
import { useStickyPadding } from './sticky';
import { NameWarnings } from './name-warnings';

export type Outcome =
  | { kind: 'status'; text: string; warnings?: string[] }
  | { kind: 'alert'; title: string; errors: string[] }
  | null;

export function OutcomeView({ outcome }: { outcome: Outcome }) {
  const ref = useRef<HTMLDivElement>(null);
  useStickyPadding(ref, 'top');
  return (
    <div class="outcome" ref={ref}>
      <p role="status">{outcome?.kind === 'status' ? outcome.text : ''}</p>
      {outcome?.kind === 'status' && <NameWarnings lines={outcome.warnings ?? []} />}
      {outcome?.kind === 'alert' && (
        <div role="alert">
          <p>{outcome.title}</p>
          <ul>
            {outcome.errors.map((error, i) => (
              <li key={i}>{error}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
