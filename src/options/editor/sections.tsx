// The editor's sections of single fields, one per part of the rule file (docs/rule-file.md);
// accounts and banned terms are tables (AccountsTable.tsx, TermsTable.tsx).
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
import { ROLES, WORK_ROLES, actionWords, auditWords, roleWords } from './words';

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
