// The steps, in the order practitioners advise. Ticking one stamps the time
// (shown next to it, kept in the report); unticking clears it.
import { checklist, STEP_TITLE_KEYS, stepsDone, type IncidentStep } from '../core/incident';
import { INCIDENT_STEPS } from '../core/audit';
import { t } from '../shared/i18n';
import type { IncidentApi } from './api';
import { shownTime } from './format';
import { StepBody } from './StepBody';
import type { Guide, Loaded } from './useIncident';

interface Props {
  loaded: Loaded;
  guide: Guide;
  api: IncidentApi;
}

/** `now` is the page's clock (api.now): "today" is judged by it, not by the machine's. */
function Stamp({ id, doneAt, now }: { id: string; doneAt: string | null; now: Date }) {
  return (
    <p id={id} class="stamp">
      {doneAt ? t('incident_step_done_at', [shownTime(doneAt, now)]) : t('incident_step_not_done')}
    </p>
  );
}

export function Checklist({ loaded, guide, api }: Props) {
  const { incident } = loaded;
  const done = stepsDone(incident);
  return (
    <section aria-labelledby="incident-steps">
      <h2 id="incident-steps">{t('incident_steps_heading')}</h2>
      <p>{t('incident_steps_progress', [String(done), String(INCIDENT_STEPS.length)])}</p>
      <ol class="steps">
        {checklist(incident).map(({ step, doneAt }) => {
          const id = `step-${step}`;
          return (
            <li key={step} class={doneAt ? 'step done' : 'step'}>
              <div class="step-head">
                <input
                  id={id}
                  type="checkbox"
                  checked={doneAt !== null}
                  aria-describedby={`${id}-stamp`}
                  onChange={(e) => guide.tick(step as IncidentStep, e.currentTarget.checked)}
                />
                <h3>
                  <label for={id}>{t(STEP_TITLE_KEYS[step])}</label>
                </h3>
              </div>
              <Stamp id={`${id}-stamp`} doneAt={doneAt} now={api.now()} />
              <StepBody step={step} loaded={loaded} guide={guide} api={api} />
            </li>
          );
        })}
      </ol>
    </section>
  );
}
