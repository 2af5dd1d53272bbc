// Editing the rules in force. Every change is checked as you type by the same
// checks an imported file goes through (draft-check.ts, fast at any size); each
// error shows next to its field, and nothing is saved while any remain. Accounts
// and banned terms are tables; an entry opens in a dialog whose Save saves the rules.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { RuleFile } from '../../core/rules/schema';
import { issueLines } from '../../core/rules/issues';
import { t, translate } from '../../shared/i18n';
import { send, type RulesSummary } from '../../shared/messages';
import { Editor } from './context';
import type { Outcome } from '../Outcome';
import { errorsByPath, removeAt, setAt, type Draft } from './draft';
import { checkDraft } from './draft-check';
import { useStickyPadding } from '../sticky';
import { ownWrite } from '../loaded-rules';
import { NameWarnings, nameWarnings } from '../name-warnings';
import { PolicySection, SombreSection, WordsSection } from './sections';
import { ACCOUNTS, AccountsTable } from './AccountsTable';
import { TERMS, TermsTable } from './TermsTable';
import { RowDialog, type Entry } from './RowDialog';
import type { ListKind } from './list-kind';

interface Props {
  rules: RuleFile;
  locked: boolean;
  onSaved(summary: RulesSummary, rules: RuleFile): void;
  report(outcome: Outcome): void;
}

/** The entry open in the dialog, and what had the focus when it opened. */
interface Editing {
  kind: ListKind;
  index: number;
  opener: Element | null;
}

const entriesOf = (draft: Draft, key: string) => {
  const list = draft[key];
  return Array.isArray(list) ? (list as Entry[]) : [];
};

export function RuleEditor({ rules, locked, onSaved, report }: Props) {
  const [draft, setDraft] = useState<Draft>(() => structuredClone(rules) as Draft);
  const [dirty, setDirty] = useState(false);
  const [editing, setEditing] = useState<Editing | null>(null);
  const focusAfter = useRef<{ opener: Element | null; table: string; index: number } | null>(null);
  const check = useMemo(() => checkDraft(draft), [draft]);
  // `path: message` in the admin's language; the path stays as the file spells it.
  const errors = useMemo(() => (check.ok ? [] : issueLines(check.issues, translate)), [check]);
  const errorMap = useMemo(() => errorsByPath(errors), [errors]);
  // Not errors: a name that mixes alphabets may be real, so Save stays enabled.
  const warnings = useMemo(() => nameWarnings(draft), [draft]);
  const saveBar = useRef<HTMLDivElement>(null);
  useStickyPadding(saveBar, 'bottom');

  // The focus goes back where it was when a dialog closes (its row's Edit button, or Add),
  // else to the entry's Edit button, else (the row is gone) to the table's search box.
  useEffect(() => {
    const target = focusAfter.current;
    if (editing || !target) return;
    focusAfter.current = null;
    const { opener, table, index } = target;
    const back =
      opener instanceof HTMLButtonElement && opener.isConnected
        ? opener
        : (document.querySelector(`[data-edit="${table}-${index}"]`) ??
          document.getElementById(`${table}-search`));
    (back as HTMLElement | null)?.focus();
  }, [editing]);

  const update = (change: (d: Draft) => Draft) => {
    setDraft(change);
    setDirty(true);
    report(null);
  };
  const context = {
    draft,
    errors: errorMap,
    readOnly: locked,
    set: (path: readonly (string | number)[], value: unknown) =>
      update((d) => setAt(d, path, value)),
    update,
  };

  async function save(rulesToSave: Draft = draft) {
    if (!checkDraft(rulesToSave).ok) return;
    const response = await ownWrite(send({ type: 'rules/save', rules: rulesToSave }));
    if (!response.ok) {
      report({ kind: 'alert', title: t('editor_save_failed'), errors: response.errors });
      return;
    }
    setDirty(false);
    report({ kind: 'status', text: t('editor_saved') });
    onSaved(response.summary, response.rules);
  }

  const open = (kind: ListKind, index: number) =>
    setEditing({ kind, index, opener: document.activeElement });
  /** Closes the dialog; with `next`, the changed rules are kept and saved when they are valid. */
  function close(next?: Draft) {
    if (!editing) return;
    const { opener, kind, index } = editing;
    focusAfter.current = { opener, table: kind.table, index };
    setEditing(null);
    if (!next) return;
    update(() => next);
    void save(next);
  }
  const tableProps = (kind: ListKind) => ({
    entries: entriesOf(draft, kind.key),
    errors: errorMap,
    readOnly: locked,
    onEdit: (index: number) => open(kind, index),
    onAdd: () => open(kind, entriesOf(draft, kind.key).length),
  });

  const dialog =
    editing &&
    (() => {
      const { kind, index } = editing;
      const path = [kind.key, index];
      const existing = index < entriesOf(draft, kind.key).length;
      const entry = entriesOf(draft, kind.key)[index] ?? kind.empty();
      return (
        <RowDialog
          path={path}
          draft={draft}
          empty={kind.empty()}
          title={existing ? kind.name(entry, index) : kind.newTitle()}
          saveLabel={kind.saveLabel()}
          removeLabel={existing ? t('editor_remove', kind.name(entry, index)) : null}
          onSave={(changed) => close(setAt(draft, path, changed))}
          onRemove={() => close(removeAt(draft, [kind.key], index))}
          onCancel={() => close()}
        >
          <kind.Fields path={path} />
        </RowDialog>
      );
    })();

  return (
    <Editor.Provider value={context}>
      <form
        class="editor"
        aria-labelledby="edit-rules"
        onSubmit={(e) => (e.preventDefault(), void save())}
      >
        <h2 id="edit-rules">{t('editor_heading')}</h2>
        {locked && <p class="locked">{t('options_locked')}</p>}
        <section aria-labelledby="h-general" id="general">
          <h3 id="h-general">{t('editor_section_general')}</h3>
          <WordsSection />
        </section>
        <section aria-labelledby="h-accounts" id="accounts">
          <h3 id="h-accounts">{t('editor_section_accounts')}</h3>
          <AccountsTable {...tableProps(ACCOUNTS)} />
          <NameWarnings lines={warnings} />
        </section>
        <section aria-labelledby="h-terms" id="banned-terms">
          <h3 id="h-terms">{t('editor_section_banned_terms')}</h3>
          <TermsTable {...tableProps(TERMS)} />
        </section>
        <section aria-labelledby="h-sombre" id="sombre">
          <h3 id="h-sombre">{t('editor_section_sombre')}</h3>
          <SombreSection />
        </section>
        <section aria-labelledby="h-policy" id="policy">
          <h3 id="h-policy">{t('editor_section_policy')}</h3>
          <PolicySection />
        </section>
        {!locked && (
          <div class="save-bar" ref={saveBar}>
            {errors.length > 0 && (
              <div class="problems" aria-live="polite">
                <p>
                  {errors.length === 1
                    ? t('editor_fix_one')
                    : t('editor_fix_many', String(errors.length))}
                </p>
                <ul>
                  {errors.map((e, i) => (
                    <li key={i}>{e}</li>
                  ))}
                </ul>
              </div>
            )}
            <button type="submit" disabled={errors.length > 0 || !dirty}>
              {t('editor_save')}
            </button>
          </div>
        )}
      </form>
      {dialog}
    </Editor.Provider>
  );
}
