// Sombre windows are instants (ISO 8601 with a zone); people think in local
// time. The field shows and takes local time and stores UTC.
import { getAt, pathKey, type Path } from './draft';
import { useEditor } from './context';

const pad = (n: number) => String(n).padStart(2, '0');

export function toLocalInput(iso: unknown): string {
  if (typeof iso !== 'string') return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function fromLocalInput(local: string): string | undefined {
  if (!local) return undefined;
  const d = new Date(local);
  return Number.isNaN(d.getTime()) ? local : d.toISOString().replace('.000Z', 'Z');
}

export function DateTimeField({ path, label }: { path: Path; label: string }) {
  const editor = useEditor();
  const id = `f-${pathKey(path).replace(/[^A-Za-z0-9]+/g, '-')}`;
  const messages = editor.errors.get(pathKey(path)) ?? [];
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="datetime-local"
        disabled={editor.readOnly}
        aria-invalid={messages.length ? 'true' : undefined}
        aria-describedby={messages.length ? `${id}-error` : undefined}
        value={toLocalInput(getAt(editor.draft, path))}
        onInput={(e) => editor.set(path, fromLocalInput(e.currentTarget.value))}
      />
      {messages.length > 0 && (
        <p id={`${id}-error`} class="field-error">
          {messages.join('; ')}
        </p>
      )}
    </div>
  );
}
