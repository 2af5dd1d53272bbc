// The popup's "Rules in force" section: the organisation, whether the rules
// are locked, and sombre-event mode with its switch (unless locked); with no
// rules, the three ways in (WaysIn).
import { t } from '../shared/i18n';
import type { RulesView, WelcomeSection } from './api';
import { WaysIn } from './WaysIn';

export interface RulesSectionProps {
  rules: RulesView | null;
  rulesError: string | undefined;
  pending: boolean | null;
  errors: string[] | null;
  onSwitch(active: boolean): void;
  /** Opens the welcome page at a way in (offered while no rules are in force). */
  onWelcome(section: WelcomeSection): void;
}

export function RulesSection({
  rules,
  rulesError,
  pending,
  errors,
  onSwitch,
  onWelcome,
}: RulesSectionProps) {
  if (!rules) {
    return (
      <section aria-labelledby="pg-rules">
        <h2 id="pg-rules">{t('popup_rules_heading')}</h2>
        <p role="alert">{t('popup_rules_unreadable', [rulesError ?? ''])}</p>
      </section>
    );
  }
  const { sombre } = rules;
  const state = sombre.on
    ? sombre.reason
      ? t('popup_sombre_on_reason', [sombre.reason])
      : t('popup_sombre_on')
    : t('popup_sombre_off');
  const canSwitch = !rules.locked && rules.hasRules;
  const organization =
    rules.organization ??
    (rules.hasRules ? t('popup_organization_unnamed') : t('popup_organization_none'));
  return (
    <section aria-labelledby="pg-rules">
      <h2 id="pg-rules">{t('popup_rules_heading')}</h2>
      {!rules.hasRules && !rules.locked && <WaysIn onOpen={onWelcome} />}
      <dl>
        <dt>{t('popup_organization')}</dt>
        <dd>
          {organization}
          {rules.locked && <p class="why">{t('popup_locked')}</p>}
        </dd>
      </dl>
      {canSwitch ? (
        <div class="sombre">
          <label>
            <input
              type="checkbox"
              role="switch"
              checked={pending ?? sombre.active}
              // Not `disabled` while saving: that would drop the keyboard focus.
              aria-busy={pending !== null}
              aria-describedby="pg-sombre-state"
              onChange={(event) => {
                if (pending === null) onSwitch(event.currentTarget.checked);
                else event.currentTarget.checked = pending;
              }}
            />
            {t('popup_sombre')}
          </label>
          <p id="pg-sombre-state" class="why">
            {state}
            {sombre.on && !sombre.active && ` ${t('popup_sombre_scheduled')}`}
          </p>
        </div>
      ) : (
        <p>{t('popup_sombre_state', [state])}</p>
      )}
      {errors && (
        <div role="alert">
          {t('popup_sombre_failed')}
          <ul>
            {errors.map((error) => (
              <li key={error}>{error.replace(/^\(root\): /u, '')}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
