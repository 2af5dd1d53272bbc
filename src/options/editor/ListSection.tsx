// A list of objects (accounts, banned terms, sombre windows): one group of
// fields per item, with Remove, and an Add button.
import type { ComponentChildren } from 'preact';
import { t } from '../../shared/i18n';
import { appendAt, getAt, removeAt, type Path } from './draft';
import { useEditor } from './context';

interface Props {
  path: Path;
  /** Shown when the list is empty, e.g. "No accounts yet." */
  emptyText: string;
  /** The Add button, e.g. "Add account". */
  addLabel: string;
  empty: () => Record<string, unknown>;
  describe: (item: Record<string, unknown>, index: number) => string;
  children: (path: Path) => ComponentChildren;
}

export function ListSection({ path, emptyText, addLabel, empty, describe, children }: Props) {
  const editor = useEditor();
  const items = getAt(editor.draft, path);
  const list = Array.isArray(items) ? (items as Record<string, unknown>[]) : [];
  return (
    <div class="list">
      {list.length === 0 && <p class="empty">{emptyText}</p>}
      {list.map((item, index) => {
        const name = describe(item, index);
        return (
          <fieldset key={index} class="item">
            <legend>{name}</legend>
            {children([...path, index])}
            {!editor.readOnly && (
              <button type="button" onClick={() => editor.update((d) => removeAt(d, path, index))}>
                {t('editor_remove', name)}
              </button>
            )}
          </fieldset>
        );
      })}
      {!editor.readOnly && (
        <button type="button" onClick={() => editor.update((d) => appendAt(d, path, empty()))}>
          {addLabel}
        </button>
      )}
    </div>
  );
}
