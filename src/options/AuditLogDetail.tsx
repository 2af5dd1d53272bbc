// Words for the audit log's entries: the event's name and a one-line detail.
// Entries written by another version of Postguard may hold kinds or fields
// this one does not know; they are shown as they are, never dropped.
import { AUDIT_TAB_RATE, type LoggedEntry } from '../core/audit';
import { STEP_TITLE_KEYS, type IncidentStep } from '../core/incident/steps';
import { isPlatform, platformInfo } from '../core/platforms';
import { t } from '../shared/i18n';
import { problemText } from '../content/account-seen';
import { SITE_PROBLEM_CODES, type SiteProblemCode } from '../core/site-problems';

// One call per key, written out, so tests/unit/i18n-keys.test.ts sees every key.
const KIND_NAMES: Record<string, () => string> = {
  'dialog-shown': () => t('options_audit_kind_dialog_shown'),
  confirmed: () => t('options_audit_kind_confirmed'),
  cancelled: () => t('options_audit_kind_cancelled'),
  blocked: () => t('options_audit_kind_blocked'),
  overridden: () => t('options_audit_kind_overridden'),
  'send-held': () => t('options_audit_kind_send_held'),
  undone: () => t('options_audit_kind_undone'),
  'hold-abandoned': () => t('options_audit_kind_hold_abandoned'),
  'post-released': () => t('options_audit_kind_post_released'),
  'health-changed': () => t('options_audit_kind_health_changed'),
  'incident-opened': () => t('options_audit_kind_incident_opened'),
  'incident-step': () => t('options_audit_kind_incident_step'),
  'incident-exported': () => t('options_audit_kind_incident_exported'),
  'rules-imported': () => t('options_audit_kind_rules_imported'),
  'rules-edited': () => t('options_audit_kind_rules_edited'),
  'sombre-switched': () => t('options_audit_kind_sombre_switched'),
  'rules-damaged': () => t('options_audit_kind_rules_damaged'),
  'not-logged': () => t('options_audit_kind_not_logged'),
  'audit-write-failed': () => t('options_audit_kind_write_failed'),
};

const ACTIONS: Record<string, () => string> = {
  allow: () => t('options_audit_action_allow'),
  confirm: () => t('options_audit_action_confirm'),
  block: () => t('options_audit_action_block'),
};

export function kindName(kind: string): string {
  return Object.hasOwn(KIND_NAMES, kind) ? (KIND_NAMES[kind]?.() ?? kind) : kind;
}

export function platformName(platform: unknown): string {
  if (typeof platform !== 'string') return '';
  return isPlatform(platform) ? t(platformInfo(platform).nameKey) : platform;
}

const HEALTH_WORDS: Record<string, () => string> = {
  'no-rules': () => t('options_audit_health_no_rules'),
  'rules-damaged': () => t('options_audit_health_rules_damaged'),
  'page-unreadable': () => t('options_audit_health_page_unreadable'),
};

/** A health code with its words (the same words the indicator and the popup use); an unknown code as it is. */
function healthProblem(code: string): string {
  const words = Object.hasOwn(HEALTH_WORDS, code)
    ? HEALTH_WORDS[code]?.()
    : (SITE_PROBLEM_CODES as readonly string[]).includes(code)
      ? problemText(code as SiteProblemCode)
      : undefined;
  return words ? t('options_audit_health_problem', [code, words]) : code;
}

const str = (value: unknown) => (typeof value === 'string' ? value : '');
const number = new Intl.NumberFormat();
const count = (value: unknown) => number.format(typeof value === 'number' ? value : 0);
const counts = (value: unknown): [string, number][] =>
  value && typeof value === 'object'
    ? Object.entries(value).filter((pair): pair is [string, number] => typeof pair[1] === 'number')
    : [];

/** Whether a person or a page script started the send; '' for entries that do not say. */
export function sentByText(entry: LoggedEntry): string {
  if (entry.trusted === true) return t('options_audit_sent_by_person');
  if (entry.trusted === false) return t('options_audit_sent_by_script');
  return '';
}

/** `Post sent ×2, Dialog shown ×1`: the kinds of events a loss counted. */
export function kindCounts(kinds: unknown): string {
  return counts(kinds)
    .map(([kind, n]) => t('options_audit_kind_count', [kindName(kind), count(n)]))
    .join(', ');
}

// One call per key, written out, so tests/unit/i18n-keys.test.ts sees every key.
const NOT_LOGGED: Record<string, (n: string) => string> = {
  'rate-limit': (n) => t('options_audit_reason_rate_limit', [n, String(AUDIT_TAB_RATE)]),
  'tab-share': (n) => t('options_audit_reason_tab_share', [n]),
  'no-layout': (n) => t('options_audit_reason_no_layout', [n]),
};

function notLogged(entry: LoggedEntry): string {
  const reasons = counts(entry.reasons)
    .map(([reason, n]) =>
      Object.hasOwn(NOT_LOGGED, reason) ? NOT_LOGGED[reason]!(count(n)) : reason,
    )
    .join('; ');
  return t('options_audit_detail_not_logged', [count(entry.count), reasons]);
}
const list = (value: unknown) =>
  Array.isArray(value) ? value.filter((v) => typeof v === 'string').join(', ') : '';

function judged(entry: LoggedEntry): string {
  const action = str(entry.action);
  const word = Object.hasOwn(ACTIONS, action) ? (ACTIONS[action]?.() ?? action) : action;
  const reasons = list(entry.codes);
  return reasons ? t('options_audit_detail_judged', [word, reasons]) : word;
}

function rules(entry: LoggedEntry): string {
  const organization = str(entry.organization) || t('options_audit_unnamed');
  const accounts = String(typeof entry.accounts === 'number' ? entry.accounts : 0);
  const summary = t('options_audit_detail_rules', [organization, accounts]);
  const file = str(entry.fileName);
  return file ? t('options_audit_detail_file', [file, summary]) : summary;
}

function stepName(step: unknown): string {
  const key = Object.hasOwn(STEP_TITLE_KEYS, str(step))
    ? STEP_TITLE_KEYS[step as IncidentStep]
    : undefined;
  return key ? t(key) : str(step);
}

/** What else the entry says, in words (the post's text is shown apart). */
export function detailText(entry: LoggedEntry): string {
  switch (entry.kind) {
    case 'dialog-shown':
    case 'confirmed':
    case 'cancelled':
    case 'blocked':
    case 'overridden':
    case 'post-released':
      return judged(entry);
    case 'send-held':
      return t('options_audit_detail_held', [String(entry.seconds ?? '')]);
    case 'undone':
      return '';
    case 'hold-abandoned':
      return entry.why === 'composer-closed'
        ? t('options_audit_detail_composer_closed')
        : t('options_audit_detail_page_left');
    case 'health-changed':
      return entry.ok === true
        ? t('options_audit_detail_healthy')
        : t('options_audit_detail_problems', [
            (Array.isArray(entry.problems) ? entry.problems : [])
              .filter((code): code is string => typeof code === 'string')
              .map(healthProblem)
              .join(' '),
          ]);
    case 'rules-damaged':
      return t('options_audit_detail_problems', [list(entry.problems)]);
    case 'incident-opened':
      return t('options_audit_detail_incident', [str(entry.incidentId)]);
    case 'incident-step':
      return entry.done === true
        ? t('options_audit_detail_step_done', [stepName(entry.step)])
        : t('options_audit_detail_step_undone', [stepName(entry.step)]);
    case 'incident-exported':
      return entry.format === 'json'
        ? t('options_audit_detail_exported_json')
        : t('options_audit_detail_exported_markdown');
    case 'rules-imported':
    case 'rules-edited':
      return rules(entry);
    case 'not-logged':
      return notLogged(entry);
    case 'audit-write-failed':
      return t('options_audit_detail_write_failed', [
        count(entry.count),
        kindCounts(entry.kinds),
        str(entry.error),
      ]);
    case 'sombre-switched':
      return entry.active === true ? t('options_audit_detail_on') : t('options_audit_detail_off');
    default: {
      const { at: _at, kind: _kind, ...rest } = entry;
      return JSON.stringify(rest);
    }
  }
}
