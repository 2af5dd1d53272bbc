// "Start a new incident" clears the guide, after a second, explicit press: a
// stray click must not lose ticked steps and notes.
import { useRef, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import type { Guide } from './useIncident';

export function NewIncident({ guide }: { guide: Guide }) {
  const [asking, setAsking] = useState(false);
  const keep = useRef<HTMLButtonElement>(null);
  const ask = useRef<HTMLButtonElement>(null);

  const startNew = async () => {
    await guide.startNew();
    // Back to the top, where the new incident starts (focus scrolls it into view).
    document.getElementById('incident-heading')?.focus();
  };

  return (
    <section aria-labelledby="incident-new" class="new-incident">
      <h2 id="incident-new">{t('incident_new_heading')}</h2>
      {asking ? (
        <div class="confirm">
          <p id="incident-new-warning">{t('incident_new_warning')}</p>
          <p class="buttons">
            <button
              type="button"
              aria-describedby="incident-new-warning"
              onClick={() => void startNew()}
            >
              {t('incident_new_confirm')}
            </button>
            <button
              type="button"
              ref={keep}
              onClick={() => {
                setAsking(false);
                setTimeout(() => ask.current?.focus());
              }}
            >
              {t('incident_new_keep')}
            </button>
          </p>
        </div>
      ) : (
        <p>
          <button
            type="button"
            ref={ask}
            onClick={() => {
              setAsking(true);
              setTimeout(() => keep.current?.focus());
            }}
          >
            {t('incident_new_button')}
          </button>
        </p>
      )}
    </section>
  );
}
