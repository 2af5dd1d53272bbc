// What the rule editor needs to know of a list it shows as a table (AccountsTable.tsx,
// TermsTable.tsx): how to name an entry, what a new one is, and its fields.
import type { FunctionComponent } from 'preact';
import type { Path } from './draft';
import type { Entry } from './RowDialog';

export interface ListKind {
  /** The rule file's key of the list. */
  key: 'accounts' | 'bannedTerms';
  /** Its table's id (DataTable.tsx): `accounts-search`, `[data-edit="accounts-3"]`. */
  table: string;
  empty(): Entry;
  /** "Account 2: KingsfordGov". */
  name(entry: Entry, index: number): string;
  /** The title of the dialog that adds one. */
  newTitle(): string;
  saveLabel(): string;
  Fields: FunctionComponent<{ path: Path }>;
}

export interface TableProps {
  entries: readonly Entry[];
  errors: Map<string, string[]>;
  readOnly: boolean;
  onEdit(index: number): void;
  onAdd(): void;
}
