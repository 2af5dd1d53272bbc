// A list of objects (accounts, banned terms, sombre windows): one group of
// fields per item, with Remove, and an Add button.
import type { ComponentChildren } from 'preact';
import { appendAt, getAt, removeAt, type Path } from './draft';
import { useEditor } from './context';

interface Props {
  path: Path;
  /** What one item is called, e.g. "account". */
  noun: string;
  empty: () => Record<string, unknown>;
  describe: (item: Record<string, unknown>, index: number) => string;
  children: (path: Path) => ComponentChildren;
}

export function ListSection({ path, noun, empty, describe, children }: Props) {
  const editor = useEditor();
  const items = getAt(editor.draft, path);
  const list = Array.isArray(items) ? (items as Record<string, unknown>[]) : [];
  return (
    <div class="list">
      {list.length === 0 && <p class="empty">No {noun}s yet.</p>}
      {list.map((item, index) => {
        const name = describe(item, index);
        return (
          <fieldset key={index} class="item">
            <legend>{name}</legend>
            {children([...path, index])}
            {!editor.readOnly && (
              <button type="button" onClick={() => editor.update((d) => removeAt(d, path, index))}>
                Remove {name}
              </button>
            )}
          </fieldset>
        );
      })}
      {!editor.readOnly && (
        <button type="button" onClick={() => editor.update((d) => appendAt(d, path, empty()))}>
          Add {noun}
        </button>
      )}
    </div>
  );
}
