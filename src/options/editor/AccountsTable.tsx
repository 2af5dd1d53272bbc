// The accounts of the rule file: a table (DataTable.tsx) and the fields of one account,
// opened from its row (RowDialog.tsx).
import { useMemo } from 'preact/hooks';
import { PLATFORMS } from '../../core/platforms';
import { t } from '../../shared/i18n';
import { DataTable, type Column } from './DataTable';
import type { Entry } from './RowDialog';
import { LinesField, SelectField, TextField } from './fields';
import { errorsWithin, type Path } from './draft';
import { fold, foldedBy } from './table-view';
import { ROLES, platformWords, roleWords } from './words';
import type { ListKind, TableProps } from './list-kind';

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const aliases = (entry: Entry) =>
  Array.isArray(entry.aliases) ? entry.aliases.map(text).join(', ') : '';
const word = (words: Record<string, string>, value: unknown) => words[text(value)] ?? text(value);

const byHandle = foldedBy((e: Entry) => text(e.handle));
const byLabel = foldedBy((e: Entry) => text(e.label));

/** The columns, in the browser's language (made when the table first shows). */
const columns = (): Column<Entry>[] => [
  {
    id: 'platform',
    header: t('editor_platform'),
    words: true,
    sortText: (e) => fold(word(platformWords(), e.platform)),
    cell: (e) => word(platformWords(), e.platform),
  },
  { id: 'handle', header: t('editor_col_handle'), sortText: byHandle, cell: (e) => text(e.handle) },
  {
    id: 'role',
    header: t('editor_role'),
    words: true,
    sortText: (e) => fold(word(roleWords(), e.role)),
    cell: (e) => word(roleWords(), e.role),
  },
  { id: 'label', header: t('editor_col_label'), sortText: byLabel, cell: (e) => text(e.label) },
  { id: 'aliases', header: t('editor_col_aliases'), cell: aliases },
];

const searchText = foldedBy((e: Entry) =>
  [e.handle, e.label, aliases(e), word(platformWords(), e.platform), word(roleWords(), e.role)]
    .map(text)
    .join('\n'),
);

/** An account's name in the editor: "Account 2: KingsfordGov". */
const accountName = (entry: Entry, index: number) =>
  text(entry.handle)
    ? t('editor_account_n_named', [String(index + 1), text(entry.handle)])
    : t('editor_account_n', String(index + 1));

export function AccountFields({ path }: { path: Path }) {
  return (
    <>
      <SelectField
        path={[...path, 'platform']}
        label={t('editor_platform')}
        options={PLATFORMS}
        words={platformWords()}
      />
      <TextField path={[...path, 'handle']} label={t('editor_handle')} />
      <SelectField
        path={[...path, 'role']}
        label={t('editor_role')}
        options={ROLES}
        words={roleWords()}
      />
      <TextField path={[...path, 'label']} label={t('editor_account_label')} />
      <LinesField path={[...path, 'aliases']} label={t('editor_aliases')} optional />
    </>
  );
}

export const ACCOUNTS: ListKind = {
  key: 'accounts',
  table: 'accounts',
  empty: () => ({ platform: PLATFORMS[0], handle: '', role: 'corporate' }),
  name: accountName,
  newTitle: () => t('editor_account_new'),
  saveLabel: () => t('editor_account_save'),
  Fields: AccountFields,
};

export function AccountsTable({ entries, errors, readOnly, onEdit, onAdd }: TableProps) {
  const cols = useMemo(columns, []);
  return (
    <>
      <DataTable
        id={ACCOUNTS.table}
        caption={t('editor_section_accounts')}
        entries={entries}
        columns={cols}
        searchLabel={t('editor_search_accounts')}
        searchText={searchText}
        countText={(n) =>
          n === 1 ? t('editor_accounts_one') : t('editor_accounts_many', n.toLocaleString())
        }
        emptyText={t('editor_accounts_empty')}
        editName={readOnly ? null : (e, i) => t('editor_edit_named', accountName(e, i))}
        onEdit={onEdit}
        problems={(i) => errorsWithin(errors, ['accounts', i])}
      />
      {!readOnly && (
        <button type="button" onClick={onAdd}>
          {t('editor_account_add')}
        </button>
      )}
    </>
  );
}
