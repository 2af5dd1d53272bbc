// A list of the rule file (accounts, banned terms) as a compact table: a search box, column
// headers that sort (buttons, with aria-sort on the header), a page of rows at a time
// (table-view.ts says why pages), and an Edit button per row that opens that row
// (RowDialog.tsx). The count of what is shown is announced politely as it changes.
import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import {
  fileOrder,
  matching,
  pageOf,
  sortedIndices,
  type Direction,
  type SortBy,
} from './table-view';

export interface Column<T> {
  id: string;
  header: string;
  /** The entry's text for sorting by this column (folded by the caller); absent: not sortable. */
  sortText?: (entry: T) => string;
  cell: (entry: T) => ComponentChildren;
  /** The column holds one of a few words (a platform, a role): kept on one line. */
  words?: boolean;
}

interface Props<T> {
  /** Prefix of the table's element ids: `accounts`, `terms`. */
  id: string;
  caption: string;
  entries: readonly T[];
  columns: Column<T>[];
  searchLabel: string;
  /** The folded text a search looks in (table-view.ts foldedBy: kept per entry). */
  searchText: (entry: T) => string;
  /** "10,000 banned terms". */
  countText: (count: number) => string;
  emptyText: string;
  /** The Edit button's accessible name; null when the rules cannot be changed. */
  editName: ((entry: T, index: number) => string) | null;
  onEdit: (index: number) => void;
  /** The problems of the entry at `index`, shown under its row. */
  problems: (index: number) => string[];
}

const NUMBER = 'number';

function SortHeader(props: {
  header: string;
  sorted: Direction | null;
  onSort: (() => void) | null;
}) {
  const { header, sorted, onSort } = props;
  return (
    <th scope="col" aria-sort={sorted ?? undefined}>
      {onSort ? (
        <button type="button" class="sort" onClick={onSort}>
          {header}
          <span aria-hidden="true" class="sort-mark">
            {sorted === 'ascending' ? ' ▲' : sorted === 'descending' ? ' ▼' : ''}
          </span>
        </button>
      ) : (
        header
      )}
    </th>
  );
}

export function DataTable<T extends object>(props: Props<T>) {
  const { id, entries, columns, editName } = props;
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<SortBy>({ column: NUMBER, direction: 'ascending' });
  const [page, setPage] = useState(0);

  const sorted = useMemo(() => {
    const column = columns.find((c) => c.id === sort?.column)?.sortText;
    const direction = sort?.direction ?? 'ascending';
    if (!column) return fileOrder(entries.length, direction);
    return sortedIndices(entries.map(column), direction);
  }, [entries, columns, sort]);
  const shown = useMemo(
    () => matching(sorted, (i) => props.searchText(entries[i]!), query),
    [sorted, query, entries, props.searchText],
  );
  const at = pageOf(shown.length, page);

  const sortBy = (column: string) => () => {
    setSort((old) => ({
      column,
      direction:
        old?.column === column && old.direction === 'ascending' ? 'descending' : 'ascending',
    }));
    setPage(0);
  };
  const direction = (column: string) => (sort?.column === column ? sort.direction : null);

  const all = props.countText(entries.length);
  const count =
    query.trim() === ''
      ? t('editor_table_all', [all, String(at.start + 1), String(at.end)])
      : shown.length === 0
        ? t('editor_table_none', [query.trim(), all])
        : t('editor_table_found', [
            query.trim(),
            String(shown.length),
            all,
            String(at.start + 1),
            String(at.end),
          ]);
  const width = columns.length + (editName ? 2 : 1);

  return (
    <div class="data-table">
      <div class="table-search">
        <label for={`${id}-search`}>{props.searchLabel}</label>
        <input
          id={`${id}-search`}
          type="search"
          value={query}
          aria-describedby={`${id}-count`}
          onInput={(e) => {
            setQuery(e.currentTarget.value);
            setPage(0);
          }}
        />
      </div>
      <p id={`${id}-count`} class="table-count" aria-live="polite">
        {entries.length === 0 ? props.emptyText : count}
      </p>
      {entries.length > 0 && (
        <table class="rows">
          <caption class="visually-hidden">{props.caption}</caption>
          <thead>
            <tr>
              <SortHeader
                header={t('editor_col_number')}
                sorted={direction(NUMBER)}
                onSort={sortBy(NUMBER)}
              />
              {columns.map((c) => (
                <SortHeader
                  key={c.id}
                  header={c.header}
                  sorted={direction(c.id)}
                  onSort={c.sortText ? sortBy(c.id) : null}
                />
              ))}
              {editName && (
                <th scope="col">
                  <span class="visually-hidden">{t('editor_col_edit')}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {shown.slice(at.start, at.end).map((index) => {
              const entry = entries[index]!;
              const problems = props.problems(index);
              return [
                <tr key={index} class={problems.length > 0 ? 'has-problem' : undefined}>
                  <td class="number">{index + 1}</td>
                  {columns.map((c) => (
                    <td key={c.id} class={c.words ? 'words' : undefined}>
                      {c.cell(entry)}
                    </td>
                  ))}
                  {editName && (
                    <td>
                      <button
                        type="button"
                        data-edit={`${id}-${index}`}
                        aria-label={editName(entry, index)}
                        onClick={() => props.onEdit(index)}
                      >
                        {t('editor_edit')}
                      </button>
                    </td>
                  )}
                </tr>,
                problems.length > 0 && (
                  <tr key={`${index}-problems`} class="row-problems">
                    <td colSpan={width} class="field-error">
                      {problems.join('; ')}
                    </td>
                  </tr>
                ),
              ];
            })}
          </tbody>
        </table>
      )}
      {at.pages > 1 && (
        <Pager page={at.page} pages={at.pages} list={props.caption} onPage={setPage} />
      )}
    </div>
  );
}

/**
 * Previous and Next stay focusable at the ends (aria-disabled, not disabled), so the
 * keyboard focus never drops to the page when the last page is reached.
 */
function Pager(props: {
  list: string;
  page: number;
  pages: number;
  onPage: (page: number) => void;
}) {
  const { page, pages, onPage } = props;
  const step = (to: number) => () => {
    if (to >= 0 && to < pages) onPage(to);
  };
  return (
    <nav class="pager" aria-label={t('editor_pages', props.list)}>
      <button type="button" aria-disabled={page === 0} onClick={step(page - 1)}>
        {t('editor_page_previous')}
      </button>
      <span>{t('editor_page', [String(page + 1), String(pages)])}</span>
      <button type="button" aria-disabled={page === pages - 1} onClick={step(page + 1)}>
        {t('editor_page_next')}
      </button>
    </nav>
  );
}
