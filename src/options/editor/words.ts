// The words people read for the rule file's values (the values themselves stay as they are).
import { PLATFORMS, platformInfo } from '../../core/platforms';
import { t } from '../../shared/i18n';

export const ROLES = ['corporate', 'professional', 'personal'] as const;
export const WORK_ROLES = ['corporate', 'professional'] as const;

export const platformWords = () =>
  Object.fromEntries(PLATFORMS.map((p) => [p, t(platformInfo(p).valueKey)]));
export const roleWords = (): Record<string, string> => ({
  corporate: t('role_corporate'),
  professional: t('role_professional'),
  personal: t('role_personal'),
});
export const actionWords = (): Record<string, string> => ({
  block: t('editor_action_block'),
  confirm: t('editor_action_confirm'),
  allow: t('editor_action_allow'),
  off: t('editor_action_off'),
});
export const auditWords = () => ({
  redacted: t('editor_audit_redacted'),
  none: t('editor_audit_none'),
  full: t('editor_audit_full'),
});
