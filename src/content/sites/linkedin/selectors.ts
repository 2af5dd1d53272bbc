// Every selector the LinkedIn adapter reads the page with, as data: each list is tried
// primary first, then fallbacks. The evidence for each (its grade: R, A, C, C1) is in
// docs/sites/linkedin.md, section by section as named in the comments.

export const LINKEDIN_SELECTORS = {
  /** docs/sites/linkedin.md#shells: the 2026 shell's host of an OPEN shadow root holding the share modal. */
  shadowHost: ['#interop-outlet', '[data-testid="interop-shadowdom"]'],
  /**
   * docs/sites/linkedin.md#share-modal: the share modal, by its modal id, by its heading,
   * by its class; the last is structural (any dialog holding the share actions).
   */
  shareModal: [
    '[data-test-modal-id="sharebox"][role="dialog"]',
    '[role="dialog"][aria-labelledby="share-to-linkedin-modal__header"]',
    '.share-box-v2__modal',
    '[role="dialog"]:has(.share-actions__primary-action)',
  ],
  /**
   * docs/sites/linkedin.md#editor: Quill with LinkedIn's own test attribute, any Quill,
   * then any editable textbox (by role, by its English label), then any editable.
   */
  editor: [
    'div.ql-editor[contenteditable="true"][data-test-ql-editor-contenteditable="true"]',
    '.ql-editor[contenteditable="true"]',
    '[contenteditable]:not([contenteditable="false"])[role="textbox"]',
    '[contenteditable]:not([contenteditable="false"])[aria-label="Text editor for creating content"]',
    '[contenteditable]:not([contenteditable="false"])',
  ],
  /**
   * docs/sites/linkedin.md#send: Post (reads "Schedule" once a time is picked), disabled
   * while the box is empty. The schedule clock beside it only opens the scheduler.
   */
  sendButton: ['button.share-actions__primary-action'],
  /** docs/sites/linkedin.md#send: last resort when the class changes, a button in the share modal named exactly so. */
  sendLabels: ['Post', 'Schedule'],
  /** docs/sites/linkedin.md#author: first line of its text, the author (member or page); second, the audience. */
  authorButton: ['.share-unified-settings-entry-button'],
  /** docs/sites/linkedin.md#author: the "Post settings" flow's author button. */
  settingsAuthorButton: ['.share-creation-state__author-button'],
  /** docs/sites/linkedin.md#author: not part of the lines a person reads on an author button. */
  notShown:
    '[aria-hidden="true"], [hidden], .visually-hidden, .a11y-text, svg, img, script, style, template',
  /** docs/sites/linkedin.md#editor: paragraph-level blocks (Quill: one <p> per line; lists as <li>). */
  blocks: 'p, li, h1, h2, h3, h4, h5, h6, pre, blockquote, .ql-code-block',
} as const;

/**
 * docs/sites/linkedin.md#company-page-composer: a company page's admin view, where the
 * share box posts as the page (`/company/<id>/admin/page-posts/published/?share=true`).
 */
export const COMPANY_ADMIN_PATH = /^\/company\/[^/]+\/admin(\/|$)/u;
