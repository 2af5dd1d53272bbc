// The engine's sentences in English (sentences.ts makes each as a Localizable and renders it
// with these): what the `en` messages.json says for the same keys
// (tests/unit/i18n-messages.test.ts). Reason.message holds them, for the audit's readers,
// the tests and any context without translations. The content scripts are built without
// this module (scripts/lib/content-entries.mjs, withoutEngineEnglish): there the dialog
// words each reason with the browser's messages, and a reason's `message` is its key.
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
  reason_reads_personal: 'This reads like a personal post: $1',
  reason_tone_cue: '$1 ($2)',
  reason_tone_cue_drinking: 'drinking and parties',
  reason_tone_cue_tiredness: 'tiredness and bed',
  reason_tone_cue_intimacy: 'intimate or private messages',
  reason_tone_cue_private_life: 'your private life',
  reason_tone_cue_laughter: 'laughing out loud',
  reason_tone_cue_slang: 'slang and textspeak',
  reason_tone_cue_insult: 'insults',
  reason_tone_cue_masked_profanity: 'masked swearing',
  reason_tone_cue_tragedy_joke: 'a joke beside death or violence',
  reason_tone_cue_job_complaint: 'complaints about the job',
  reason_tone_cue_emphasis: 'drawn-out words or clipped sentences',
  reason_tone_cue_late_night: 'posted late at night',
  reason_tone_cue_personal_style: 'like your posts as $1',
  reason_quoted: '"$1"',
  reason_words_starting_with: 'words starting with "$1"',
  reason_list_and: '$1 and $2',
  reason_list_comma: '$1, $2',
};
