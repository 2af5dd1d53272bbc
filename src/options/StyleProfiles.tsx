// The writing styles the tone check learned on this device (docs/tone-check.md#style-profiles):
// how many accounts it knows, and a button to forget them all. Nothing of them leaves the
// browser; they hold hashed word counts, no text.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { send } from '../shared/messages';
import { onStorageChange } from '../shared/storage-area';
import { STYLE_KEY } from '../shared/storage-keys';

export function StyleProfiles() {
  const [accounts, setAccounts] = useState<number | null>(null);
  const [forgotten, setForgotten] = useState(false);

  const refresh = useCallback(async () => {
    const response = await send({ type: 'style/get' });
    setAccounts(response.ok ? response.accounts : null);
  }, []);
  useEffect(() => void refresh(), [refresh]);
  useEffect(
    () =>
      onStorageChange((changes, area) => {
        if (area === 'local' && STYLE_KEY in changes) void refresh();
      }),
    [refresh],
  );

  const forget = async () => {
    const response = await send({ type: 'style/clear' });
    setForgotten(response.ok);
    await refresh();
  };

  return (
    <section aria-labelledby="styles-heading">
      <h2 id="styles-heading">{t('options_styles_heading')}</h2>
      <p>{t('options_styles_lead')}</p>
      <p data-testid="style-accounts">
        {accounts === null ? t('options_loading') : t('options_styles_count', String(accounts))}
      </p>
      <button type="button" disabled={!accounts} onClick={() => void forget()}>
        {t('options_styles_forget')}
      </button>
      {forgotten && <p role="status">{t('options_styles_forgotten')}</p>}
    </section>
  );
}
