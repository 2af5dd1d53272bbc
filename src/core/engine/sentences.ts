// The sentences a person reads in the guard dialog: plain English, no codes,
// no trailing full stop (the dialog lists them). Each is made as a Localizable
// (a messages.json key and its substitutions; see ../localizable.ts) and rendered
// to English here with the templates of english.ts, which say exactly what the `en`
// messages.json says for the same keys (tests/unit/i18n-messages.test.ts
// checks that they agree).
import type { BannedTerm } from '../rules/schema';
import type { CueCategory } from '../tone/lexicon';
import { ENGLISH_TEMPLATES } from './english';
import {
  fromTemplates,
  localizable,
  renderLocalizable,
  type Localizable,
  type LocalizableParam,
} from '../localizable';

export { ENGLISH_TEMPLATES };

const englishTemplates = fromTemplates(ENGLISH_TEMPLATES);

/** The English sentence of a message made here. */
export function english(message: Localizable): string {
  return renderLocalizable(message, englishTemplates) ?? message.key;
}

const quote = (s: string) => localizable('reason_quoted', s);

/** "a", "a and b", "a, b and c" */
function andList(items: readonly LocalizableParam[]): LocalizableParam {
  if (items.length < 2) return items[0] ?? '';
  const head = items
    .slice(0, -1)
    .reduce((list, item) => localizable('reason_list_comma', list, item));
  return localizable('reason_list_and', head, items[items.length - 1] ?? '');
}

function describeTerm(term: string): Localizable {
  const t = term.trim();
  return t.endsWith('*') ? localizable('reason_words_starting_with', t.slice(0, -1)) : quote(t);
}

// One call per key, written out, so tests/unit/i18n-keys.test.ts sees every key.
const TONE_CUES: Record<CueCategory, (like: string) => Localizable> = {
  drinking: () => localizable('reason_tone_cue_drinking'),
  tiredness: () => localizable('reason_tone_cue_tiredness'),
  intimacy: () => localizable('reason_tone_cue_intimacy'),
  'private-life': () => localizable('reason_tone_cue_private_life'),
  laughter: () => localizable('reason_tone_cue_laughter'),
  slang: () => localizable('reason_tone_cue_slang'),
  insult: () => localizable('reason_tone_cue_insult'),
  'masked-profanity': () => localizable('reason_tone_cue_masked_profanity'),
  'tragedy-joke': () => localizable('reason_tone_cue_tragedy_joke'),
  'job-complaint': () => localizable('reason_tone_cue_job_complaint'),
  emphasis: () => localizable('reason_tone_cue_emphasis'),
  'late-night': () => localizable('reason_tone_cue_late_night'),
  'personal-style': (like) => localizable('reason_tone_cue_personal_style', like),
};

export const messages = {
  corporateAccount: (handle: string, label?: string) =>
    label
      ? localizable('reason_corporate_account_labelled', handle, label)
      : localizable('reason_corporate_account', handle),

  mixedAccounts: (work: readonly string[], personal: readonly string[]) =>
    localizable('reason_mixed_accounts', andList(work), andList(personal)),

  unknownAccount: (why?: string) =>
    why ? localizable('reason_unknown_account_why', why) : localizable('reason_unknown_account'),

  bannedTerm: (term: BannedTerm) =>
    term.action === 'block'
      ? localizable('reason_banned_term_block', describeTerm(term.term))
      : localizable('reason_banned_term_confirm', describeTerm(term.term)),

  profanity: () => localizable('reason_profanity'),

  workTermOnPersonal: () => localizable('reason_work_term_on_personal'),

  sombreMode: (reason?: string) =>
    reason ? localizable('reason_sombre_mode_why', reason) : localizable('reason_sombre_mode'),

  sombreTerms: (words: readonly string[]) =>
    words.length === 1
      ? localizable('reason_sombre_terms_one', andList(words.map(quote)))
      : localizable('reason_sombre_terms_many', andList(words.map(quote))),

  sombreHashtags: (allowed: readonly string[]) =>
    allowed.length === 0
      ? localizable('reason_sombre_hashtags_none')
      : allowed.length === 1
        ? localizable('reason_sombre_hashtags_one', allowed[0] ?? '')
        : localizable('reason_sombre_hashtags_many', andList(allowed)),

  sombreEmoji: () => localizable('reason_sombre_emoji'),

  /**
   * The tone check: each cue as its words and its kind ("beer", "when we drink" —
   * drinking), or its kind alone where no word gives it (posted late at night).
   */
  readsPersonal: (
    cues: readonly [category: CueCategory, words: readonly LocalizableParam[], like?: string][],
  ) =>
    localizable(
      'reason_reads_personal',
      andList(
        cues.map(([category, words, like]) => {
          const kind = TONE_CUES[category](like ?? '');
          return words.length === 0
            ? kind
            : localizable('reason_tone_cue', andList(words.map((w) => quote(String(w)))), kind);
        }),
      ),
    ),

  /** Made by the content script when the page could not be read (fail closed). */
  checkFailed: (detail: string) => localizable('reason_check_failed', detail),

  /** Made by the content script when what was confirmed is no longer what would be sent. */
  postChanged: () => localizable('reason_post_changed'),
};
