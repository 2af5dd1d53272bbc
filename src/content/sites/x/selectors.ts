// X's markup, as data: every list is tried in order, primary first, then
// fallbacks. The evidence for each (and its grade) is in docs/sites/x.md,
// under the name used here.
import { X_SCREEN_NAME } from '../../../core/platforms';

export const X_SELECTORS = {
  /**
   * The post's contenteditable (docs/sites/x.md#editor). The test id is on the
   * editable itself; its wrappers' test ids (`…RichTextInputContainer`,
   * `…_label`) share the prefix, so matches are kept only when the test id is
   * exactly `tweetTextarea_<digits>` (EDITOR_TEST_ID). The fallback is the
   * first edition's shape, the test id on a wrapper around the editable.
   */
  editor: [
    '[contenteditable="true"][data-testid^="tweetTextarea_"]',
    '[data-testid^="tweetTextarea_"] [contenteditable="true"]',
  ],
  /** Draft.js blocks, one per line (docs/sites/x.md#editor). */
  draftBlock: '[data-contents="true"] [data-block="true"]',
  /** Post / Reply (docs/sites/x.md#send-button): `tweetButton` in the modal, `tweetButtonInline` inline. */
  sendButton: [
    'button[data-testid="tweetButton"]',
    'button[data-testid="tweetButtonInline"]',
    '[role="button"][data-testid^="tweetButton"]',
  ],
  /** The /compose/post, reply and quote modals (docs/sites/x.md#modals). */
  modal: ['[role="dialog"][aria-modal="true"]', '[role="dialog"]'],
  /** Side-nav account switcher (docs/sites/x.md#account-switcher). */
  accountSwitcher: [
    'button[data-testid="SideNav_AccountSwitcher_Button"]',
    '[data-testid="SideNav_AccountSwitcher_Button"]',
  ],
  /** `@handle` line inside the switcher (docs/sites/x.md#account-switcher). */
  switcherHandle: ['div[dir="ltr"] > span'],
  /** The side nav's Profile link, `href="/<handle>"` (docs/sites/x.md#profile-link). */
  profileLink: ['a[data-testid="AppTabBar_Profile_Link"]', 'nav a[aria-label="Profile"][href]'],
  /** Avatars: the handle is the test id's suffix (docs/sites/x.md#avatars). */
  avatar: ['[data-testid^="UserAvatar-Container-"]'],
  /**
   * Where other people's avatars live (docs/sites/x.md#avatars): timeline
   * posts, a post's author avatar wrapper, quoted posts (a `role=link` card),
   * and any block that names a post's author or shows its text.
   */
  otherPeople: [
    'article',
    '[data-testid="Tweet-User-Avatar"]',
    '[role="link"]',
    '[data-testid="UserCell"]',
  ],
  /** What a preview of someone else's post holds (docs/sites/x.md#avatars). */
  postPreviewMarks: ['[data-testid="User-Name"]', '[data-testid="tweetText"]'],
  /** The walk up from a compose box to its own avatar stops here (docs/sites/x.md#composer-avatar). */
  composerAvatarLimit: ['[role="dialog"]', '[data-testid="primaryColumn"]', 'main', 'body'],
} as const;

/** Test id of one post's editor: `tweetTextarea_0`, `_1`… for a thread. */
export const EDITOR_TEST_ID = /^tweetTextarea_(\d+)$/;
/** The avatar test id's prefix; the rest is the handle. */
export const AVATAR_PREFIX = 'UserAvatar-Container-';
/** X's placeholder for avatars of no particular account (docs/sites/x.md#avatars). */
export const NO_ACCOUNT_AVATAR = 'unknown';
/**
 * A handle as X writes them: 1 to 15 letters, digits and underscores, which is
 * what tells a handle from a display name, a path or a placeholder, and what
 * a rule file may list (core/platforms.ts): a handle the page shows
 * with anything else (an invisible character, a look-alike letter) is
 * malformed, never stripped into a listed one.
 */
export const HANDLE = X_SCREEN_NAME;
/** How many levels the composer-avatar walk climbs from the compose box at most. */
export const COMPOSER_AVATAR_LEVELS = 6;

/** Every list, by name, for diagnostics (SiteAdapter.selectors). */
export const X_SELECTOR_TABLE: Readonly<Record<string, readonly string[]>> = {
  editor: X_SELECTORS.editor,
  draftBlock: [X_SELECTORS.draftBlock],
  sendButton: X_SELECTORS.sendButton,
  modal: X_SELECTORS.modal,
  accountSwitcher: X_SELECTORS.accountSwitcher,
  switcherHandle: X_SELECTORS.switcherHandle,
  profileLink: X_SELECTORS.profileLink,
  avatar: X_SELECTORS.avatar,
  otherPeople: X_SELECTORS.otherPeople,
  postPreviewMarks: X_SELECTORS.postPreviewMarks,
  composerAvatarLimit: X_SELECTORS.composerAvatarLimit,
};
