// The editor's sections, one per part of the rule file (docs/rule-file.md).
import { PLATFORMS, platformInfo } from '../../core/platforms';
import { t } from '../../shared/i18n';
import {
  CheckboxField,
  ChoicesField,
  LinesField,
  NumberField,
  SelectField,
  TextField,
} from './fields';
import { DateTimeField } from './datetime-field';
import { ListSection } from './ListSection';
import { useEditor } from './context';
import { getAt } from './draft';

const ROLES = ['corporate', 'professional', 'personal'] as const;
const WORK_ROLES = ['corporate', 'professional'] as const;

// The words people read for the rule file's values (the values themselves stay as they are).
const platformWords = () =>
  Object.fromEntries(PLATFORMS.map((p) => [p, t(platformInfo(p).valueKey)]));
const roleWords = () => ({
  corporate: t('role_corporate'),
  professional: t('role_professional'),
  personal: t('role_personal'),
});
const actionWords = () => ({
  block: t('editor_action_block'),
  confirm: t('editor_action_confirm'),
  allow: t('editor_action_allow'),
  off: t('editor_action_off'),
});
const auditWords = () => ({
  redacted: t('editor_audit_redacted'),
  none: t('editor_audit_none'),
  full: t('editor_audit_full'),
});

export function AccountsSection() {
  return (
    <ListSection
      path={['accounts']}
      emptyText={t('editor_accounts_empty')}
      addLabel={t('editor_account_add')}
      empty={() => ({ platform: PLATFORMS[0], handle: '', role: 'corporate' })}
      describe={(a, i) =>
        a.handle
          ? t('editor_account_n_named', [String(i + 1), String(a.handle)])
          : t('editor_account_n', String(i + 1))
      }
    >
      {(p) => (
        <>
          <SelectField
            path={[...p, 'platform']}
            label={t('editor_platform')}
            options={PLATFORMS}
            words={platformWords()}
          />
          <TextField path={[...p, 'handle']} label={t('editor_handle')} />
          <SelectField
            path={[...p, 'role']}
            label={t('editor_role')}
            options={ROLES}
            words={roleWords()}
          />
          <TextField path={[...p, 'label']} label={t('editor_account_label')} />
          <LinesField path={[...p, 'aliases']} label={t('editor_aliases')} optional />
        </>
      )}
    </ListSection>
  );
}

export function BannedTermsSection() {
  return (
    <ListSection
      path={['bannedTerms']}
      emptyText={t('editor_terms_empty')}
      addLabel={t('editor_term_add')}
      empty={() => ({ term: '', action: 'block' })}
      describe={(b, i) =>
        b.term
          ? t('editor_term_n_named', [String(i + 1), String(b.term)])
          : t('editor_term_n', String(i + 1))
      }
    >
      {(p) => (
        <>
          <TextField path={[...p, 'term']} label={t('editor_term')} hint={t('editor_term_hint')} />
          <SelectField
            path={[...p, 'action']}
            label={t('editor_action')}
            options={['block', 'confirm']}
            words={actionWords()}
          />
          <ChoicesField
            path={[...p, 'roles']}
            label={t('editor_applies_to')}
            options={ROLES}
            fallback={WORK_ROLES}
            words={roleWords()}
          />
          <TextField path={[...p, 'note']} label={t('editor_term_note')} />
        </>
      )}
    </ListSection>
  );
}

export function SombreSection() {
  return (
    <>
      <CheckboxField
        path={['sombre', 'active']}
        label={t('editor_sombre_active')}
        fallback={false}
      />
      <TextField path={['sombre', 'reason']} label={t('editor_sombre_reason')} />
      <ListSection
        path={['sombre', 'windows']}
        emptyText={t('editor_windows_empty')}
        addLabel={t('editor_window_add')}
        empty={() => ({})}
        describe={(_w, i) => t('editor_window_n', String(i + 1))}
      >
        {(p) => (
          <>
            <DateTimeField path={[...p, 'start']} label={t('editor_window_start')} />
            <DateTimeField path={[...p, 'end']} label={t('editor_window_end')} />
            <TextField path={[...p, 'reason']} label={t('editor_window_reason')} />
          </>
        )}
      </ListSection>
      <LinesField path={['sombre', 'terms']} label={t('editor_sombre_terms')} />
      <LinesField
        path={['sombre', 'allowedHashtags']}
        label={t('editor_sombre_hashtags')}
        optional
      />
      <CheckboxField path={['sombre', 'blockEmoji']} label={t('editor_sombre_emoji')} fallback />
      <ChoicesField
        path={['sombre', 'roles']}
        label={t('editor_applies_to')}
        options={ROLES}
        fallback={WORK_ROLES}
        words={roleWords()}
      />
    </>
  );
}

export function PolicySection() {
  // toneCheck.learn, when the file leaves it out, follows the audit log (tone-settings.ts).
  const { draft } = useEditor();
  const learns = getAt(draft, ['policy', 'auditContent']) !== 'none';
  return (
    <>
      <CheckboxField
        path={['policy', 'confirmCorporate']}
        label={t('editor_confirm_corporate')}
        fallback
      />
      <SelectField
        path={['policy', 'unknownAccount']}
        label={t('editor_unknown_account')}
        options={['confirm', 'block', 'allow']}
        words={actionWords()}
      />
      <SelectField
        path={['policy', 'unlistedRole']}
        label={t('editor_unlisted_role')}
        options={['personal', 'professional', 'corporate']}
        words={roleWords()}
      />
      <CheckboxField
        path={['policy', 'allowOverride']}
        label={t('editor_allow_override')}
        fallback={false}
      />
      <NumberField path={['policy', 'sendDelaySeconds']} label={t('editor_send_delay')} />
      <SelectField
        path={['policy', 'auditContent']}
        label={t('editor_audit_content')}
        options={['redacted', 'none', 'full']}
        words={auditWords()}
      />
      <SelectField
        path={['builtinLists', 'profanity']}
        label={t('editor_profanity')}
        options={['confirm', 'block', 'off']}
        words={actionWords()}
      />
      <SelectField
        path={['policy', 'toneCheck']}
        label={t('editor_tone_check')}
        options={['confirm', 'block', 'off']}
        words={actionWords()}
      />
      <CheckboxField
        path={['toneCheck', 'learn']}
        label={t('editor_tone_learn')}
        fallback={learns}
      />
    </>
  );
}

export function WordsSection() {
  return (
    <>
      <TextField path={['organization']} label={t('editor_organisation')} />
      <LinesField
        path={['workTerms']}
        label={t('editor_work_terms')}
        hint={t('editor_work_terms_hint')}
      />
    </>
  );
}
