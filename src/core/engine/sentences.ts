// The sentences a person reads in the guard dialog: plain English, no codes,
// no trailing full stop (the dialog lists them). Each is made as a Localizable
// (a messages.json key and its substitutions; see ../localizable.ts) and rendered
// to English here with the templates below, which say exactly what the `en`
// messages.json says for the same keys (tests/unit/i18n-messages.test.ts
// checks that they agree).
import type { BannedTerm } from '../rules/schema';
import {
  fromTemplates,
  localizable,
  renderLocalizable,
  type Localizable,
  type LocalizableParam,
} from '../localizable';

/** English, with $1, $2, … for the substitutions in order. */
export const ENGLISH_TEMPLATES: Readonly<Record<string, string>> = {
  reason_corporate_account: "You are posting as $1, the organisation's corporate account",
  reason_corporate_account_labelled:
    "You are posting as $1, the organisation's corporate account ($2)",
  reason_unknown_account:
    'Postguard cannot tell which account you are posting as, so it checks this post as if it were the corporate account',
  reason_unknown_account_why:
    'Postguard cannot tell which account you are posting as ($1), so it checks this post as if it were the corporate account',
  reason_banned_term_block: 'Your organisation does not allow $1 in posts from this account',
  reason_banned_term_confirm: 'Your organisation asks you to check posts that use $1',
  reason_profanity: 'This post contains swearing',
  reason_work_term_on_personal: 'This looks like work — you are posting as your personal account',
  reason_sombre_mode: 'Sombre-event mode is on: check that this post suits the occasion',
  reason_sombre_mode_why: 'Sombre-event mode is on ($1): check that this post suits the occasion',
  reason_sombre_terms_one: '$1 is not suitable while sombre-event mode is on',
  reason_sombre_terms_many: '$1 are not suitable while sombre-event mode is on',
  reason_sombre_hashtags_none: 'No hashtags may be used while sombre-event mode is on',
  reason_sombre_hashtags_one: 'The only hashtag allowed while sombre-event mode is on is $1',
  reason_sombre_hashtags_many: 'The only hashtags allowed while sombre-event mode is on are $1',
  reason_sombre_emoji: 'Light-hearted emoji are not suitable while sombre-event mode is on',
  reason_check_failed:
    'Postguard could not check this post ($1). Make sure you are posting from the right account',
  reason_post_changed:
    'The post or the account changed while Postguard was asking: this is what will be sent now',
  reason_mixed_accounts:
    'This one send posts from $1 (work) and from $2 (personal) at once: post from each account separately',
  reason_quoted: '"$1"',
  reason_words_starting_with: 'words starting with "$1"',
  reason_list_and: '$1 and $2',
  reason_list_comma: '$1, $2',
};

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

  /** Made by the content script when the page could not be read (fail closed). */
  checkFailed: (detail: string) => localizable('reason_check_failed', detail),

  /** Made by the content script when what was confirmed is no longer what would be sent. */
  postChanged: () => localizable('reason_post_changed'),
};
