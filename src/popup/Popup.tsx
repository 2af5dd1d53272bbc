// The toolbar popup (ui-contract.md): for the active tab, the site, the account
// the guard sees and its role (or why it cannot be seen), whether the guard is
// working, sombre-event mode with its switch (unless the rules are locked), the
// organisation whose rules are in force (with none, the ways in: WaysIn.tsx), and the way
// to the incident guide.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { RulesSection } from './RulesSection';
import { TabSection } from './TabSection';
import { UnsentNotice } from './UnsentNotice';
import {
  browserApi,
  type PopupApi,
  type PopupData,
  type TargetTab,
  type WelcomeSection,
} from './api';

/** After the switch, how long to wait for the tab's guard to pick the change up from storage. */
const SETTLE_TRIES = 20;
const SETTLE_MS = 100;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

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

  const openWelcome = async (section: WelcomeSection) => {
    await api.openWelcome(section);
    if (await api.isToolbarPopup()) window.close();
  };

  return (
    <main>
      <h1>{t('extName')}</h1>
      <UnsentNotice api={api} />
      {data ? (
        <>
          <TabSection
            data={data}
            diagnostics={target ? () => api.diagnostics(target) : undefined}
          />
          <RulesSection
            rules={data.rules}
            rulesError={data.rulesError}
            pending={pending}
            errors={errors}
            onSwitch={(active) => void onSwitch(active)}
            onWelcome={(section) => void openWelcome(section)}
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
