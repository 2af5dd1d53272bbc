// The banned terms of the rule file: a table (DataTable.tsx) and the fields of one term,
// opened from its row (RowDialog.tsx).
import { useMemo } from 'preact/hooks';
import { t } from '../../shared/i18n';
import { DataTable, type Column } from './DataTable';
import type { Entry } from './RowDialog';
import { ChoicesField, SelectField, TextField } from './fields';
import { errorsWithin, type Path } from './draft';
import { fold, foldedBy } from './table-view';
import { ROLES, WORK_ROLES, actionWords, roleWords } from './words';
import type { ListKind, TableProps } from './list-kind';

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const action = (e: Entry) => {
  const value = text(e.action) || 'block';
  return actionWords()[value] ?? value;
};
const roles = (e: Entry) => {
  const list = Array.isArray(e.roles) ? e.roles.map(text) : [...WORK_ROLES];
  return list.map((role) => roleWords()[role] ?? role).join(', ');
};

const byTerm = foldedBy((e: Entry) => text(e.term));
const byNote = foldedBy((e: Entry) => text(e.note));
const searchText = foldedBy((e: Entry) => `${text(e.term)}\n${text(e.note)}`);

/** The columns, in the browser's language (made when the table first shows). */
const columns = (): Column<Entry>[] => [
  { id: 'term', header: t('editor_col_term'), sortText: byTerm, cell: (e) => text(e.term) },
  {
    id: 'action',
    header: t('editor_action'),
    sortText: (e) => fold(action(e)),
    cell: action,
    words: true,
  },
  { id: 'roles', header: t('editor_applies_to'), sortText: (e) => fold(roles(e)), cell: roles },
  { id: 'note', header: t('editor_col_note'), sortText: byNote, cell: (e) => text(e.note) },
];

/** A term's name in the editor: "Banned term 3: drive*". */
const termName = (entry: Entry, index: number) =>
  text(entry.term)
    ? t('editor_term_n_named', [String(index + 1), text(entry.term)])
    : t('editor_term_n', String(index + 1));

export function TermFields({ path }: { path: Path }) {
  return (
    <>
      <TextField path={[...path, 'term']} label={t('editor_term')} hint={t('editor_term_hint')} />
      <SelectField
        path={[...path, 'action']}
        label={t('editor_action')}
        options={['block', 'confirm']}
        words={actionWords()}
      />
      <ChoicesField
        path={[...path, 'roles']}
        label={t('editor_applies_to')}
        options={ROLES}
        fallback={WORK_ROLES}
        words={roleWords()}
      />
      <TextField path={[...path, 'note']} label={t('editor_term_note')} />
    </>
  );
}

export const TERMS: ListKind = {
  key: 'bannedTerms',
  table: 'terms',
  empty: () => ({ term: '', action: 'block' }),
  name: termName,
  newTitle: () => t('editor_term_new'),
  saveLabel: () => t('editor_term_save'),
  Fields: TermFields,
};

export function TermsTable({ entries, errors, readOnly, onEdit, onAdd }: TableProps) {
  const cols = useMemo(columns, []);
  return (
    <>
      <DataTable
        id={TERMS.table}
        caption={t('editor_section_banned_terms')}
        entries={entries}
        columns={cols}
        searchLabel={t('editor_search_terms')}
        searchText={searchText}
        countText={(n) =>
          n === 1 ? t('editor_terms_one') : t('editor_terms_many', n.toLocaleString())
        }
        emptyText={t('editor_terms_empty')}
        editName={readOnly ? null : (e, i) => t('editor_edit_named', termName(e, i))}
        onEdit={onEdit}
        problems={(i) => errorsWithin(errors, ['bannedTerms', i])}
      />
      {!readOnly && (
        <button type="button" onClick={onAdd}>
          {t('editor_term_add')}
        </button>
      )}
    </>
  );
}
