// Whether sombre-event mode is on now, and why: on while `active` is true or `now` is inside
// a window (start inclusive, end exclusive). A window's reason is more specific than the
// general one, so it wins. Apart from sombre.ts (which matches hashtags and emoji) so that
// the popup and the incident page, which only ask whether the mode is on, load no matcher.
import type { Role, RuleFile } from '../rules/schema';
import type { Verdict } from './types';

export function sombreState(rules: Pick<RuleFile, 'sombre'>, now: Date): Verdict['sombre'] {
  const sombre = rules.sombre;
  if (!sombre) return { on: false };
  const t = now.getTime();
  const windows = sombre.windows.filter((w) => Date.parse(w.start) <= t && t < Date.parse(w.end));
  if (!sombre.active && windows.length === 0) return { on: false };
  const reason = windows.find((w) => w.reason !== undefined)?.reason ?? sombre.reason;
  return reason === undefined ? { on: true } : { on: true, reason };
}

/** Whether the mode's rules apply to posts from an account of this role. */
export function sombreAppliesTo(rules: RuleFile, role: Role): boolean {
  return rules.sombre?.roles.includes(role) ?? false;
}
