// Mastodon's web client (any server), as data. Each selector's evidence:
// docs/sites/mastodon.md (read from mastodon/mastodon's own source). Button texts are
// translated ("Post", "Publier"…): nothing is keyed on text.

export const MASTODON_SELECTORS = {
  /** The JSON the server writes into every page of the app: the account, the server. */
  initialState: ['script#initial-state[type="application/json"]'],
  /** The compose form: one in the compose column (or the /publish page). */
  composeForm: ['form.compose-form'],
  /** The post's text. */
  textarea: ['textarea.autosuggest-textarea__textarea'],
  /** The content warning, shown above the text while "CW" is on. */
  spoiler: ['input.spoiler-input__input', 'input#cw-spoiler-input'],
  /** A poll's options, while a poll is attached. */
  pollOption: ['.compose-form__poll input[type="text"]', '.compose-form__poll input:not([type])'],
  /** Post / Reply / Update: a real submit button, so the form's submit event follows. */
  submit: [
    '.compose-form__submit button[type="submit"]',
    'form.compose-form button[type="submit"]',
  ],
  /** The compose form's own account link (`/@<acct>`), above the text. */
  ownAccountLink: ['.navigation-bar a.account__display-name[href^="/@"]'],
} as const satisfies Record<string, readonly string[]>;
