// One account of the guided form: its site (from the platform registry), the handle or name
// the site shows, and whether it is a work account or a personal one. A problem is shown
// under the field it is about, tied to it (aria-describedby), and what was typed stays.
import { PLATFORMS, platformInfo, type Platform } from '../core/platforms';
import type { AccountUse } from '../core/rules/own-accounts';
import { t } from '../shared/i18n';

export interface Row {
  /** Stable across edits and removals: element ids and keys. */
  id: number;
  platform: Platform;
  name: string;
  use: AccountUse | null;
}

export interface RowProblems {
  name?: string;
  use?: string;
}

/** The ids of a row's fields, for labels, errors and moving focus. */
export const fieldId = (row: Pick<Row, 'id'>, field: 'site' | 'name' | 'use' | 'remove') =>
  `account-${row.id}-${field}`;

/** How to write an account on a site: a handle (`@name`) or the name the site shows. */
const hintOf = (platform: Platform) => {
  const { at, brand } = platformInfo(platform);
  return at ? t('welcome_hint_handle', [brand]) : t('welcome_hint_name', [brand]);
};

export function AccountRow(props: {
  row: Row;
  index: number;
  removable: boolean;
  problems: RowProblems;
  disabled: boolean;
  onChange(row: Row): void;
  onRemove(): void;
}) {
  const { row, index, problems, disabled } = props;
  const number = String(index + 1);
  const id = (field: 'site' | 'name' | 'use' | 'remove') => fieldId(row, field);
  const nameHelp = [`${id('name')}-hint`, ...(problems.name ? [`${id('name')}-error`] : [])];
  return (
    <fieldset class="account">
      <legend>{t('welcome_account_legend', [number])}</legend>
      <div class="field">
        <label for={id('site')}>{t('welcome_site_label')}</label>
        <select
          id={id('site')}
          value={row.platform}
          disabled={disabled}
          onChange={(event) =>
            props.onChange({ ...row, platform: event.currentTarget.value as Platform })
          }
        >
          {PLATFORMS.map((platform) => (
            <option key={platform} value={platform}>
              {t(platformInfo(platform).nameKey)}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for={id('name')}>{t('welcome_name_label')}</label>
        <input
          id={id('name')}
          type="text"
          autocomplete="off"
          spellcheck={false}
          value={row.name}
          disabled={disabled}
          aria-invalid={problems.name ? 'true' : undefined}
          aria-describedby={nameHelp.join(' ')}
          onInput={(event) => props.onChange({ ...row, name: event.currentTarget.value })}
        />
        <p class="hint" id={`${id('name')}-hint`}>
          {hintOf(row.platform)}
        </p>
        {problems.name && (
          <p class="field-error" id={`${id('name')}-error`}>
            {problems.name}
          </p>
        )}
      </div>
      <fieldset
        class="use"
        id={id('use')}
        aria-describedby={problems.use ? `${id('use')}-error` : undefined}
      >
        <legend>{t('welcome_use_legend')}</legend>
        {(['work', 'personal'] as const).map((use) => (
          <label key={use}>
            <input
              type="radio"
              name={id('use')}
              value={use}
              checked={row.use === use}
              disabled={disabled}
              onChange={() => props.onChange({ ...row, use })}
            />
            {use === 'work' ? t('welcome_use_work') : t('welcome_use_personal')}
          </label>
        ))}
        {problems.use && (
          <p class="field-error" id={`${id('use')}-error`}>
            {problems.use}
          </p>
        )}
      </fieldset>
      {props.removable && (
        <button type="button" id={id('remove')} disabled={disabled} onClick={props.onRemove}>
          {t('welcome_remove_account', [number])}
        </button>
      )}
    </fieldset>
  );
}
