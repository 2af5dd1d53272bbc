// The checklist: the guidance's steps in the advised order, each stamped with
// the time it was ticked (and cleared when unticked).
import { INCIDENT_STEPS, type IncidentStep } from '../audit/events';
import type { Incident } from './state';
import { minutesBetween } from './time';

export { INCIDENT_STEPS, type IncidentStep };

/** Each step's short name (messages.json), for the page and the report. */
export const STEP_TITLE_KEYS: Readonly<Record<IncidentStep, string>> = {
  delete: 'incident_step_delete',
  apologise: 'incident_step_apologise',
  'set-record-straight': 'incident_step_record',
  monitor: 'incident_step_monitor',
  prevent: 'incident_step_prevent',
  learn: 'incident_step_learn',
};

export interface ChecklistItem {
  step: IncidentStep;
  /** When it was ticked (ISO); null while not done. */
  doneAt: string | null;
  /** Minutes from noticing the post to ticking the step. */
  minutesAfterNoticed: number | null;
}

export function checklist(incident: Incident): ChecklistItem[] {
  return INCIDENT_STEPS.map((step) => {
    const doneAt = incident.steps[step];
    return { step, doneAt, minutesAfterNoticed: minutesBetween(incident.openedAt, doneAt) };
  });
}

/** Ticks a step (stamped `now`) or unticks it (stamp cleared). */
export function setStepDone(
  incident: Incident,
  step: IncidentStep,
  done: boolean,
  now: Date,
): Incident {
  const doneAt = done ? now.toISOString() : null;
  if ((incident.steps[step] === null) === !done) return incident; // already so: keep its stamp
  return { ...incident, steps: { ...incident.steps, [step]: doneAt } };
}

export function stepsDone(incident: Incident): number {
  return INCIDENT_STEPS.filter((step) => incident.steps[step] !== null).length;
}
