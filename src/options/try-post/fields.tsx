// The fields of "Try a post" that are more than a label and a box: a choice from a list,
// and the time of posting with a button back to now (a datetime-local field cannot be
// emptied with one key in every browser).
import { t } from '../../shared/i18n';

export interface Choice {
  value: string;
  label: string;
}

export function ChoiceField(props: {
  id: string;
  label: string;
  value: string;
  choices: readonly Choice[];
  onChoose(value: string): void;
}) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <select
        id={props.id}
        value={props.value}
        onChange={(e) => props.onChoose(e.currentTarget.value)}
      >
        {props.choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * A local date and time (datetime-local's value: the browser accepts only a whole, valid
 * one, and gives '' until then); empty for now.
 */
export function TimeField(props: { value: string; onChange(value: string): void }) {
  return (
    <div class="field">
      <label for="try-post-time">{t('options_try_time_label')}</label>
      <small id="try-post-time-hint">{t('options_try_time_hint')}</small>
      <div class="try-time">
        <input
          id="try-post-time"
          type="datetime-local"
          value={props.value}
          aria-describedby="try-post-time-hint"
          onInput={(e) => props.onChange(e.currentTarget.value)}
        />
        {/* Never disabled: pressing it would take the focus away with it. */}
        <button type="button" onClick={() => props.onChange('')}>
          {t('options_try_time_now')}
        </button>
      </div>
    </div>
  );
}
