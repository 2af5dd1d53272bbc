// Bluesky's web client (bsky.app), as data. Each selector's evidence:
// docs/sites/bluesky.md. Test ids are what the app's own tests use (react-native-web
// writes `testID` as `data-testid`); labels are translated, so none is keyed on text.

export const BLUESKY_SELECTORS = {
  /** The composer: one per open composer dialog, holding every post of a thread. */
  composer: ['[data-testid="composePostView"]'],
  /**
   * A post's editor (TipTap/ProseMirror, one per post of a thread); then the plain
   * textarea a lazily loaded composer shows until TipTap is ready.
   */
  editor: ['.ProseMirror[contenteditable="true"]', 'textarea.composer-fallback-input'],
  /** Publish: "Post", "Reply" or "Post All"; removed from the page while publishing. */
  publishButton: ['[data-testid="composerPublishBtn"]'],
  /**
   * While publishing, the publish button's place holds a status text and react-native-web's
   * ActivityIndicator, a `role="progressbar"`: the composer is on its way out.
   */
  publishing: ['[role="progressbar"]'],
  /** The left nav's account card: the current profile's avatar, name and `@handle`. */
  accountCard: ['[aria-label="Switch accounts"]'],
  /** The left nav's link to the current profile: `/profile/<handle>` (or `<did>`). */
  profileLink: ['a[aria-label="Profile"][href^="/profile/"]'],
} as const satisfies Record<string, readonly string[]>;

/** Where the app keeps its session (localStorage): read for the current did and handle only. */
export const SESSION_KEYS = {
  /** The app's persisted state, `session.currentAccount.did` → `session.accounts[].handle`. */
  persisted: 'BSKY_STORAGE',
  /** A newer layout (`{ accounts, currentDid }`), read when the first holds no session. */
  sessionV1: 'BSKY_SESSION_STORAGE_V1',
} as const;
