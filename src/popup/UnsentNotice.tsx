// Posts the send delay held that never went out because their page was left
// (or their compose box closed) during the countdown. The person may believe
// they were posted; the popup says otherwise the next time it opens, until
// they dismiss it.
import { useEffect, useState } from 'preact/hooks';
import { platformInfo } from '../core/platforms';
import { t } from '../shared/i18n';
import type { UnsentHold } from '../shared/messages';
import type { PopupApi } from './api';

function sentence(hold: UnsentHold): string {
  const time = new Date(hold.at).toLocaleString();
  const account = hold.account ?? t('role_unknown');
  const site = t(platformInfo(hold.platform).nameKey);
  return hold.why === 'composer-closed'
    ? t('popup_unsent_composer_closed', [account, site, time])
    : t('popup_unsent_page_left', [account, site, time]);
}

export function UnsentNotice({ api }: { api: PopupApi }) {
  const [holds, setHolds] = useState<UnsentHold[]>([]);
  const [damaged, setDamaged] = useState(false);
  useEffect(() => {
    void api.unsentHolds().then((answer) => {
      setHolds(answer.holds);
      setDamaged(answer.damaged);
    });
  }, [api]);
  if (holds.length === 0 && !damaged) return null;
  const dismiss = async () => {
    await api.dismissHolds(holds.map((hold) => hold.holdId));
    setHolds([]);
    setDamaged(false);
  };
  return (
    <section class="unsent" aria-labelledby="pg-unsent">
      <h2 id="pg-unsent">{t('popup_unsent_heading')}</h2>
      <ul role="alert">
        {holds.map((hold) => (
          <li key={hold.holdId}>{sentence(hold)}</li>
        ))}
        {damaged && <li>{t('popup_unsent_damaged')}</li>}
      </ul>
      <button type="button" onClick={() => void dismiss()}>
        {t('popup_unsent_dismiss')}
      </button>
    </section>
  );
}
