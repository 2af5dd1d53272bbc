// One entry of a table (an account, a banned term) opened for editing, in a modal dialog:
// the entry's own fields, checked as you type against the whole draft (a handle another
// account has is said at once), Save, Cancel and, for an entry already listed, Remove.
// Nothing typed is lost: Save with a problem keeps the dialog open, moves the focus to the
// first field in error and says what to fix; Cancel and Escape leave the rules as they were.
//
// A native <dialog> opened with showModal(): the browser keeps the focus inside it and
// makes the page behind it inert; RuleEditor.tsx gives the focus back to the Edit button.
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { issueLines } from '../../core/rules/issues';
import { t, translate } from '../../shared/i18n';
import { Editor, type EditorContext } from './context';
import { NameWarnings, nameWarnings } from '../name-warnings';
import { checkDraft } from './draft-check';
import { errorsByPath, getAt, pathKey, setAt, type Draft, type Path } from './draft';

export type Entry = Record<string, unknown>;

interface Props {
  /** Where the entry is, `['accounts', 3]`; the index after the last is a new entry. */
  path: Path;
  draft: Draft;
  /** A new entry's fields. */
  empty: Entry;
  title: string;
  saveLabel: string;
  /** The Remove button's name; null for a new entry. */
  removeLabel: string | null;
  onSave(entry: Entry): void;
  onRemove(): void;
  onCancel(): void;
  /** The entry's fields, bound to paths under `path`. */
  children: ComponentChildren;
}

/** Only the errors of the entry at `path` and its fields: the page shows the others. */
function errorsOf(draft: Draft, path: Path): Map<string, string[]> {
  const check = checkDraft(draft);
  const all = errorsByPath(check.ok ? [] : issueLines(check.issues, translate));
  const key = pathKey(path);
  const mine = [...all].filter(
    ([at]) => at === key || at.startsWith(`${key}.`) || at.startsWith(`${key}[`),
  );
  return new Map(mine);
}

export function RowDialog(props: Props) {
  const { path, draft } = props;
  const [entry, setEntry] = useState<Entry>(
    () => (getAt(draft, path) as Entry | undefined) ?? props.empty,
  );
  // A new entry's problems show once something is typed or Save is pressed, not at once.
  const [shown, setShown] = useState(props.removeLabel !== null);
  const [attempted, setAttempted] = useState(false);
  const ref = useRef<HTMLDialogElement>(null);
  const withEntry = useMemo(() => setAt(draft, path, entry), [draft, path, entry]);
  const errors = useMemo(
    () => (shown ? errorsOf(withEntry, path) : new Map<string, string[]>()),
    [withEntry, path, shown],
  );
  // A name that mixes alphabets, as you type it (not an error: it may be real).
  const warnings = useMemo(() => {
    const key = pathKey(path);
    return nameWarnings(withEntry).filter((line) => line.startsWith(`${key}.`));
  }, [withEntry, path]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return undefined;
    // jsdom has no showModal; the dialog is then simply open.
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    return () => {
      if (dialog.open && typeof dialog.close === 'function') dialog.close();
    };
  }, []);

  // After a refused Save, the first field in error takes the focus.
  useEffect(() => {
    if (!attempted || errors.size === 0) return;
    ref.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempted, errors]);

  const context: EditorContext = {
    draft: withEntry,
    errors,
    readOnly: false,
    set: (at, value) => {
      setEntry((old) => setAt(old, at.slice(path.length), value));
      setShown(true);
    },
    update: (change) => {
      setEntry((old) => getAt(change(setAt(draft, path, old)), path) as Entry);
      setShown(true);
    },
  };

  function save() {
    setShown(true);
    setAttempted(true);
    if (errorsOf(withEntry, path).size > 0) return;
    props.onSave(entry);
  }

  return (
    <dialog
      ref={ref}
      class="row-dialog"
      aria-labelledby="row-dialog-title"
      onCancel={(event) => {
        event.preventDefault(); // Escape: closed by the page, which gives the focus back
        props.onCancel();
      }}
    >
      <Editor.Provider value={context}>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            save();
          }}
        >
          <h3 id="row-dialog-title">{props.title}</h3>
          {props.children}
          <NameWarnings lines={warnings} />
          <p class="hint">{t('editor_entry_saves')}</p>
          {attempted && errors.size > 0 && <p class="field-error">{t('editor_entry_fix')}</p>}
          <div class="dialog-buttons">
            <button type="submit">{props.saveLabel}</button>
            <button type="button" onClick={props.onCancel}>
              {t('editor_cancel')}
            </button>
            {props.removeLabel && (
              <button type="button" class="remove" onClick={props.onRemove}>
                {props.removeLabel}
              </button>
            )}
          </div>
        </form>
      </Editor.Provider>
    </dialog>
  );
}
