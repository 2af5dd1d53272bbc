// Facebook's selectors, as data: each list is tried in order, primary first,
// then fallbacks. Why each one, and how good its evidence is (R, A, C, C1 or
// the fixture's own guess), is in docs/sites/facebook.md under the same name.
//
// Facebook is localised ("Post" is "Publier", "Posten"…): controls are found
// by role and structure, English labels only as the last fallback.

/** docs/sites/facebook.md § authorPicture, notNameText, notAuthorText: text that names no one. */
const NOT_NAME_TEXT = [
  'h1, h2, h3, h4, h5, h6, [role="heading"]',
  '[role="button"], button',
  '[aria-hidden="true"], [hidden], svg, [contenteditable], script, style',
] as const;

export const FACEBOOK_SELECTORS = {
  /** docs/sites/facebook.md § editor: Lexical's editable (C), then any editable Lexical root. */
  editor: [
    'div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
    '[contenteditable="true"][data-lexical-editor="true"]',
  ],
  /** docs/sites/facebook.md § dialog: the Create post dialog (C). */
  dialog: ['[role="dialog"]'],
  /** docs/sites/facebook.md § post: a post in the feed or a post's dialog (guess). */
  post: ['[role="article"]'],
  /** docs/sites/facebook.md § commentBox: the box around one comment box (guess). */
  commentBox: ['form'],
  /** docs/sites/facebook.md § control: every control; the send control is the last after the editor. */
  control: ['[role="button"]', 'button'],
  /** docs/sites/facebook.md § postButtonLabel: English only, last resort (C). */
  postButtonLabel: ['div[role="button"][aria-label="Post"]', '[role="button"][aria-label="Post"]'],
  /** docs/sites/facebook.md § commentButtonLabel: English only, last resort (guess). */
  commentButtonLabel: ['[role="button"][aria-label="Comment"]'],
  /** docs/sites/facebook.md § commentEditorLabel: English only, last resort (C1). */
  commentEditorLabel: [
    '[aria-label^="Write a comment"]',
    '[aria-label^="Write a public comment"]',
    '[aria-label^="Write a reply"]',
    '[aria-label^="Comment as"]',
  ],
  /** docs/sites/facebook.md § authorPicture: a named picture above the editor (guess; cross-check only). */
  authorPicture: ['svg[role="img"][aria-label]', '[role="img"][aria-label]', 'img[alt]'],
  /** docs/sites/facebook.md § notNameText: text that names no one (headings, controls, hidden). */
  notNameText: NOT_NAME_TEXT,
  /** docs/sites/facebook.md § notAuthorText: text before the editor that is not the author's name. */
  notAuthorText: [...NOT_NAME_TEXT, '[role="radiogroup"], [role="radio"], [role="menuitemradio"]'],
  /** docs/sites/facebook.md § accountButton: what opens the account menu, top right (C, then guess). */
  accountButton: [
    '[role="button"]:has(svg[aria-label="Your profile"])',
    '[role="button"][aria-label="Your profile"]',
    '[role="button"][aria-label="Account"]',
    '[role="banner"] [role="navigation"] [role="button"]:has(svg image)',
  ],
  /** docs/sites/facebook.md § accountEntry: one profile or Page in the account menu (C). */
  accountEntry: ['[role="radio"]', '[role="menuitemradio"]'],
  /** docs/sites/facebook.md § activeAccountEntry: the active identity in the account menu (C). */
  activeAccountEntry: [
    '[role="radio"][aria-checked="true"]',
    '[role="menuitemradio"][aria-checked="true"]',
  ],
  /**
   * docs/sites/facebook.md § notAccountMenu: places whose checked radios are not
   * identities: posts (polls), forms, the feed, a dialog holding an editor (the
   * audience chooser inside Create post).
   */
  notAccountMenu: [
    '[role="article"]',
    'form',
    '[role="main"]',
    '[role="dialog"]:has([data-lexical-editor])',
  ],
} as const;
