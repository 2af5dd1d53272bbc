// The editor's sections, one per part of the rule file (docs/rule-file.md).
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

const PLATFORMS = ['x', 'facebook', 'linkedin'] as const;
const ROLES = ['corporate', 'professional', 'personal'] as const;
const WORK_ROLES = ['corporate', 'professional'] as const;

export function AccountsSection() {
  return (
    <ListSection
      path={['accounts']}
      noun="account"
      empty={() => ({ platform: 'x', handle: '', role: 'corporate' })}
      describe={(a, i) => `Account ${i + 1}${a.handle ? `: ${String(a.handle)}` : ''}`}
    >
      {(p) => (
        <>
          <SelectField path={[...p, 'platform']} label="Platform" options={PLATFORMS} />
          <TextField path={[...p, 'handle']} label="Handle or shown name" />
          <SelectField path={[...p, 'role']} label="Role" options={ROLES} />
          <TextField path={[...p, 'label']} label="Label (optional)" />
          <LinesField path={[...p, 'aliases']} label="Other names (one per line)" optional />
        </>
      )}
    </ListSection>
  );
}

export function BannedTermsSection() {
  return (
    <ListSection
      path={['bannedTerms']}
      noun="banned term"
      empty={() => ({ term: '', action: 'block' })}
      describe={(t, i) => `Banned term ${i + 1}${t.term ? `: ${String(t.term)}` : ''}`}
    >
      {(p) => (
        <>
          <TextField
            path={[...p, 'term']}
            label="Word, phrase or #hashtag"
            hint="End with * for “words starting with”."
          />
          <SelectField path={[...p, 'action']} label="Action" options={['block', 'confirm']} />
          <ChoicesField
            path={[...p, 'roles']}
            label="Applies to"
            options={ROLES}
            fallback={WORK_ROLES}
          />
          <TextField path={[...p, 'note']} label="Note shown to the person (optional)" />
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
        label="Sombre-event mode is on now"
        fallback={false}
      />
      <TextField path={['sombre', 'reason']} label="Reason shown to staff" />
      <ListSection
        path={['sombre', 'windows']}
        noun="time window"
        empty={() => ({})}
        describe={(_w, i) => `Window ${i + 1}`}
      >
        {(p) => (
          <>
            <DateTimeField path={[...p, 'start']} label="Starts (your local time)" />
            <DateTimeField path={[...p, 'end']} label="Ends (your local time)" />
            <TextField path={[...p, 'reason']} label="Reason (optional)" />
          </>
        )}
      </ListSection>
      <LinesField path={['sombre', 'terms']} label="Words blocked while on (one per line)" />
      <LinesField
        path={['sombre', 'allowedHashtags']}
        label="Only these hashtags allowed while on (one per line; empty allows all)"
        optional
      />
      <CheckboxField
        path={['sombre', 'blockEmoji']}
        label="Block light-hearted emoji while on"
        fallback
      />
      <ChoicesField
        path={['sombre', 'roles']}
        label="Applies to"
        options={ROLES}
        fallback={WORK_ROLES}
      />
    </>
  );
}

export function PolicySection() {
  return (
    <>
      <CheckboxField
        path={['policy', 'confirmCorporate']}
        label="Confirm every post from a corporate account"
        fallback
      />
      <SelectField
        path={['policy', 'unknownAccount']}
        label="When the account cannot be seen"
        options={['confirm', 'block', 'allow']}
      />
      <SelectField
        path={['policy', 'unlistedRole']}
        label="Role of accounts not listed"
        options={['personal', 'professional', 'corporate']}
      />
      <CheckboxField
        path={['policy', 'allowOverride']}
        label="Allow posting past a block after typing the account name"
        fallback={false}
      />
      <NumberField
        path={['policy', 'sendDelaySeconds']}
        label="Send delay for corporate posts, in seconds (0–60)"
      />
      <SelectField
        path={['policy', 'auditContent']}
        label="Post text kept in the audit log"
        options={['redacted', 'none', 'full']}
      />
      <SelectField
        path={['builtinLists', 'profanity']}
        label="Profanity (corporate and professional accounts)"
        options={['confirm', 'block', 'off']}
      />
    </>
  );
}

export function WordsSection() {
  return (
    <>
      <TextField path={['organization']} label="Organisation" />
      <LinesField
        path={['workTerms']}
        label="Work terms (one per line)"
        hint="A personal account using one of these is asked to confirm."
      />
    </>
  );
}
