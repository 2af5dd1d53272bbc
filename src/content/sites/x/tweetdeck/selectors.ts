// Legacy TweetDeck (the old client re-hosted at x.com/i/tweetdeck), as data. Each selector's
// evidence: docs/sites/x.md#tweetdeck (read in the re-hosting extension's copy of the
// client's own bundle). The client speaks through class names prefixed `js-`, its hooks.

export const TWEETDECK_SELECTORS = {
  /** The client replaced the page: its own body and app root (x.com's app has neither). */
  client: ['body#injected-body', '.js-app'],
  /** The composers: the docked one (in the compose drawer) and an open inline reply. */
  composer: ['.js-docked-compose', '.js-inline-reply.is-inline-active'],
  /** A composer's text. (A direct message's reply bar, `.js-reply-tweetbox`, is not one.) */
  editor: ['textarea.js-compose-text'],
  /** Inputs the client's Ctrl/Cmd+Enter shortcut sends from besides the text (jQuery's `:radio, :checkbox`). */
  shortcutToggle: ['input[type="checkbox"]', 'input[type="radio"]'],
  /** Send ("Tweet"): disabled by the class `is-disabled` alone; also sends on Enter or Space. */
  sendButton: ['button.js-send-button'],
  /**
   * The accounts a composer sends from: the docked "From" chooser's selected items (one
   * tweet per selected account), or the inline reply's one account. Scoped to a composer:
   * the Retweet dialog reuses `.js-account-item` for its own choice.
   */
  selectedAccount: [
    '.js-account-list a.js-account-item.is-selected',
    '.js-inline-reply a.js-account-item.is-selected',
  ],
  /** In list mode, the selected item's `@name` line; in grid mode, the avatar's alt. */
  accountName: ['.compose-account-names p', 'img.compose-account-img[alt]'],
} as const satisfies Record<string, readonly string[]>;

/** The client's address on x.com and twitter.com. */
export const TWEETDECK_PATH = '/i/tweetdeck';
