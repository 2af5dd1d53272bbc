// The toolbar popup (ui-contract.md): for the active tab, the site, the account
// the guard sees and its role (or why it cannot be seen), whether the guard is
// working, sombre-event mode with its switch (unless the rules are locked), the
// organisation whose rules are in force, and the way to the incident guide.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Platform } from '../core/rules/schema';
import { t } from '../shared/i18n';
import type { GuardProblem, TabStatus } from '../shared/messages';
import { browserApi, type PopupApi, type PopupData, type RulesView, type TargetTab } from './api';

const PLATFORM_KEYS: Record<Platform, string> = {
  x: 'popup_platform_x',
  facebook: 'popup_platform_facebook',
  linkedin: 'popup_platform_linkedin',
};

/** After the switch, how long to wait for the tab's guard to pick the change up from storage. */
const SETTLE_TRIES = 20;
const SETTLE_MS = 100;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function problemText(problem: GuardProblem): string {
  switch (problem.code) {
    case 'no-rules':
      return t('popup_problem_no_rules');
    case 'rules-damaged':
      return t('popup_problem_rules_damaged', [problem.detail]);
    case 'page-unreadable':
      return t('popup_problem_page_unreadable', [problem.detail]);
  }
}

function Health({ problems }: { problems: string[] }) {
  return (
    <>
      <dt>{t('popup_guard')}</dt>
      <dd class={problems.length ? 'problem' : 'ok'}>
        {problems.length ? t('popup_guard_problem') : t('popup_guard_ok')}
        {problems.length > 0 && (
          <ul>
            {problems.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        )}
      </dd>
    </>
  );
}

function GuardedTab({ status }: { status: TabStatus }) {
  const role = t(`popup_role_${status.role}`);
  return (
    <dl>
      <dt>{t('popup_site')}</dt>
      <dd>{t(PLATFORM_KEYS[status.platform])}</dd>
      <dt>{t('popup_posting_as')}</dt>
      {status.account === null ? (
        <dd class="role unknown">
          <strong>{t('popup_account_unknown')}</strong>
          {status.unknownReason && (
            <p class="why">{t('popup_account_unknown_why', [status.unknownReason])}</p>
          )}
        </dd>
      ) : (
        <dd class={`role ${status.role}`}>
          <strong>{t('popup_account_role', [status.account, role])}</strong>
          {status.label && <p class="why">{status.label}</p>}
        </dd>
      )}
      <Health problems={status.health.problems.map(problemText)} />
    </dl>
  );
}

function TabSection({ data }: { data: PopupData }) {
  const { tab } = data;
  return (
    <section aria-labelledby="pg-tab">
      <h2 id="pg-tab">{t('popup_tab_heading')}</h2>
      {tab.kind === 'guarded' && <GuardedTab status={tab.status} />}
      {tab.kind === 'not-running' && (
        <dl>
          <Health problems={[t('popup_not_running')]} />
        </dl>
      )}
      {tab.kind === 'not-guarded' && <p>{t('popup_not_guarded')}</p>}
      {tab.kind === 'no-tab' && <p>{t('popup_no_tab')}</p>}
    </section>
  );
}

interface RulesSectionProps {
  rules: RulesView | null;
  rulesError: string | undefined;
  pending: boolean | null;
  errors: string[] | null;
  onSwitch(active: boolean): void;
}

function RulesSection({ rules, rulesError, pending, errors, onSwitch }: RulesSectionProps) {
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

export function Popup({ api = browserApi }: { api?: PopupApi }) {
  const [target, setTarget] = useState<TargetTab | null>(null);
  const [data, setData] = useState<PopupData | null>(null);
  const [pending, setPending] = useState<boolean | null>(null);
  const [errors, setErrors] = useState<string[] | null>(null);
  // Answers can arrive out of order; only the latest request's answer is shown.
  const generation = useRef(0);

  const refresh = useCallback(async () => {
    if (!target) return null;
    const mine = ++generation.current;
    const next = await api.describe(target);
    if (mine === generation.current) setData(next);
    return next;
  }, [api, target]);

  useEffect(() => {
    void api.findTab().then(setTarget);
  }, [api]);

  useEffect(() => {
    if (!target) return undefined;
    void refresh();
    return api.watch(target, () => void refresh());
  }, [api, target, refresh]);

  const onSwitch = async (active: boolean) => {
    setPending(active);
    setErrors(null);
    const result = await api.setSombre(active);
    if (!result.ok) setErrors(result.errors);
    else {
      // The tab's guard reads the change from storage; show it once it has.
      for (let i = 0; i < SETTLE_TRIES; i++) {
        const next = await refresh();
        if (!next || next.rules?.sombre.active === active) break;
        await sleep(SETTLE_MS);
      }
    }
    setPending(null);
  };

  const openIncident = async () => {
    await api.openIncident();
    if (await api.isToolbarPopup()) window.close();
  };

  return (
    <main>
      <h1>{t('extName')}</h1>
      {data ? (
        <>
          <TabSection data={data} />
          <RulesSection
            rules={data.rules}
            rulesError={data.rulesError}
            pending={pending}
            errors={errors}
            onSwitch={(active) => void onSwitch(active)}
          />
        </>
      ) : (
        <p role="status">{t('popup_loading')}</p>
      )}
      <button type="button" class="incident" onClick={() => void openIncident()}>
        {t('popup_wrong_account')}
      </button>
    </main>
  );
}
