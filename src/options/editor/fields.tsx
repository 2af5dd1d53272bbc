// Form fields bound to a path of the draft. Each shows its own errors right
// under it, tied to the input with aria-describedby and aria-invalid.
import { useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { errorsUnder, getAt, pathKey, type Path } from './draft';
import { useEditor } from './context';

const idFor = (path: Path) => `f-${pathKey(path).replace(/[^A-Za-z0-9]+/g, '-')}`;

function FieldErrors({ id, messages }: { id: string; messages: string[] }) {
  return messages.length ? (
    <p id={id} class="field-error">
      {messages.join('; ')}
    </p>
  ) : null;
}

function useField(path: Path, deep = false) {
  const editor = useEditor();
  const id = idFor(path);
  const messages = deep
    ? errorsUnder(editor.errors, path)
    : (editor.errors.get(pathKey(path)) ?? []);
  const a11y = {
    id,
    disabled: editor.readOnly,
    'aria-invalid': messages.length > 0 ? ('true' as const) : undefined,
    'aria-describedby': messages.length > 0 ? `${id}-error` : undefined,
  };
  return { editor, id, messages, a11y, value: getAt(editor.draft, path) };
}

type Base = { path: Path; label: string; hint?: ComponentChildren };
/** The words shown for a choice's values (values without one show as they are). */
type Words = Readonly<Record<string, string>>;

// How a text box shows a stored value and reads one back (empty = not set).
const CODECS = {
  text: {
    show: (v: unknown) => (typeof v === 'string' ? v : ''),
    read: (s: string) => (s === '' ? undefined : s),
  },
  number: {
    show: (v: unknown) => (typeof v === 'number' ? String(v) : ''),
    read: (s: string) => (s === '' ? undefined : Number(s)),
  },
} as const;

function InputField({ path, label, hint, type }: Base & { type: keyof typeof CODECS }) {
  const { editor, id, messages, a11y, value } = useField(path);
  const codec = CODECS[type];
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {hint && <small>{hint}</small>}
      <input
        {...a11y}
        {...(type === 'number' ? { type: 'number' as const } : { type: 'text' as const })}
        value={codec.show(value)}
        onInput={(e) => editor.set(path, codec.read(e.currentTarget.value))}
      />
      <FieldErrors id={`${id}-error`} messages={messages} />
    </div>
  );
}

export const TextField = (props: Base) => <InputField {...props} type="text" />;
export const NumberField = (props: Base) => <InputField {...props} type="number" />;

export function SelectField({
  path,
  label,
  options,
  words = {},
}: Base & { options: readonly string[]; words?: Words }) {
  const { editor, id, messages, a11y, value } = useField(path);
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select
        {...a11y}
        value={String(value ?? '')}
        onChange={(e) => editor.set(path, e.currentTarget.value)}
      >
        {options.map((option) => (
          <option key={option} value={option}>
            {words[option] ?? option}
          </option>
        ))}
      </select>
      <FieldErrors id={`${id}-error`} messages={messages} />
    </div>
  );
}

export function CheckboxField({ path, label, fallback }: Base & { fallback: boolean }) {
  const { editor, id, messages, a11y, value } = useField(path);
  return (
    <div class="field checkbox">
      <input
        {...a11y}
        type="checkbox"
        checked={typeof value === 'boolean' ? value : fallback}
        onChange={(e) => editor.set(path, e.currentTarget.checked)}
      />
      <label for={id}>{label}</label>
      <FieldErrors id={`${id}-error`} messages={messages} />
    </div>
  );
}

/** A list of strings edited one per line; blank lines are ignored. */
export function LinesField({ path, label, hint, optional }: Base & { optional?: boolean }) {
  const { editor, id, messages, a11y, value } = useField(path, true);
  const [text, setText] = useState(() => (Array.isArray(value) ? value.join('\n') : ''));
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {hint && <small>{hint}</small>}
      <textarea
        {...a11y}
        rows={4}
        value={text}
        onInput={(e) => {
          setText(e.currentTarget.value);
          const lines = e.currentTarget.value.split('\n').filter((line) => line.trim() !== '');
          editor.set(path, optional && lines.length === 0 ? undefined : lines);
        }}
      />
      <FieldErrors id={`${id}-error`} messages={messages} />
    </div>
  );
}

/** Checkboxes choosing a subset of `options` (e.g. which roles a term applies to). */
export function ChoicesField({
  path,
  label,
  options,
  fallback,
  words = {},
}: Base & { options: readonly string[]; fallback: readonly string[]; words?: Words }) {
  const { editor, id, messages, value } = useField(path, true);
  const chosen = Array.isArray(value) ? (value as string[]) : [...fallback];
  return (
    <fieldset class="field choices" aria-describedby={messages.length ? `${id}-error` : undefined}>
      <legend>{label}</legend>
      {options.map((option) => (
        <label key={option}>
          <input
            type="checkbox"
            disabled={editor.readOnly}
            checked={chosen.includes(option)}
            onChange={(e) =>
              editor.set(
                path,
                e.currentTarget.checked ? [...chosen, option] : chosen.filter((o) => o !== option),
              )
            }
          />{' '}
          {words[option] ?? option}
        </label>
      ))}
      <FieldErrors id={`${id}-error`} messages={messages} />
    </fieldset>
  );
}
