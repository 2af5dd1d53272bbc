// The tone check's settings as the engine reads them (core/tone, core/engine):
// policy.toneCheck and the optional toneCheck section, whose defaults the
// schema leaves absent (schema.ts: toneCheckSchema) and are resolved here, so
// that `learn` follows policy.auditContent unless the file says otherwise.
import { DEFAULT_RULE_ROLES, type Role, type RuleFile, type ToneAction } from './schema';

export interface ToneSettings {
  /** What a post that reads personal gets, on an account of one of `roles`. */
  action: ToneAction;
  /** The roles whose posts are checked (default corporate and professional). */
  roles: Role[];
  /** Whether each account's style is learned on the device from the posts released. */
  learn: boolean;
}

export function toneSettings(rules: RuleFile): ToneSettings {
  const section = rules.toneCheck;
  return {
    action: rules.policy.toneCheck,
    roles: [...(section?.roles ?? DEFAULT_RULE_ROLES)],
    learn: section?.learn ?? rules.policy.auditContent !== 'none',
  };
}
