// X (x.com, twitter.com). Site knowledge from docs: ../shared/site-facts.md;
// every selector is data with fallbacks, tried in order.
import type { AccountRead, ComposeSurface, SendAttempt, SiteAdapter } from '../adapter';
import { closestAny, closestContaining, editorText, queryAll, queryFirst } from '../dom';

export const X_SELECTORS = {
  /** `tweetTextarea_0`, `_1`… one per post of a thread (Draft.js, or a textarea on mobile). */
  editor: ['[data-testid^="tweetTextarea_"]:not([data-testid$="_label"])'],
  draftBlock: '[data-block="true"]',
  /** `tweetButton` in the modal, `tweetButtonInline` on Home and replies. */
  sendButton: [
    'button[data-testid="tweetButton"]',
    'button[data-testid="tweetButtonInline"]',
    '[data-testid^="tweetButton"]',
  ],
  modal: ['[role="dialog"]'],
  /** The account switcher holds `UserAvatar-Container-<screen_name>`. */
  accountSwitcher: ['[data-testid="SideNav_AccountSwitcher_Button"]'],
  avatar: '[data-testid^="UserAvatar-Container-"]',
  avatarPrefix: 'UserAvatar-Container-',
} as const;

const X_SELECTORS_TABLE = {
  editor: X_SELECTORS.editor,
  sendButton: X_SELECTORS.sendButton,
  modal: X_SELECTORS.modal,
  accountSwitcher: X_SELECTORS.accountSwitcher,
  avatar: [X_SELECTORS.avatar],
};

function avatarHandle(scope: ParentNode | null): string | null {
  const avatar = scope?.querySelector(X_SELECTORS.avatar);
  const handle = avatar?.getAttribute('data-testid')?.slice(X_SELECTORS.avatarPrefix.length);
  return handle ? handle : null;
}

function surfaceOf(el: Element): ComposeSurface | null {
  // A compose surface is the smallest box holding both its editors and its
  // send button; in the modal, the whole dialog.
  const modal = closestAny(el, X_SELECTORS.modal);
  const root =
    modal && queryFirst(modal, X_SELECTORS.editor)
      ? modal
      : closestContaining(el, [X_SELECTORS.editor, X_SELECTORS.sendButton]);
  if (!root) return null;
  const sendControl = queryFirst(root, X_SELECTORS.sendButton) as HTMLElement | null;
  const kind = modal ? 'modal' : sendControl?.textContent?.trim() === 'Reply' ? 'reply' : 'inline';
  const editors = queryAll(root, X_SELECTORS.editor).sort((a, b) =>
    (a.getAttribute('data-testid') ?? '').localeCompare(b.getAttribute('data-testid') ?? '', 'en', {
      numeric: true,
    }),
  );
  return { root, kind, editors, sendControl };
}

export const xAdapter: SiteAdapter = {
  platform: 'x',
  selectors: X_SELECTORS_TABLE,
  watch: {
    anchors: [
      ...X_SELECTORS.editor,
      ...X_SELECTORS.sendButton,
      ...X_SELECTORS.modal,
      ...X_SELECTORS.accountSwitcher,
    ].join(', '),
    arrivals: [...X_SELECTORS.editor, ...X_SELECTORS.accountSwitcher].join(', '),
  },
  shell: () => 'web',

  findSurfaces(doc) {
    const roots = new Set<Element>();
    const surfaces: ComposeSurface[] = [];
    for (const editor of queryAll(doc, X_SELECTORS.editor)) {
      const surface = surfaceOf(editor);
      if (surface && !roots.has(surface.root)) {
        roots.add(surface.root);
        surfaces.push(surface);
      }
    }
    return surfaces;
  },

  clickSendAt(target): SendAttempt | null {
    const control = closestAny(target, X_SELECTORS.sendButton) as HTMLElement | null;
    const surface = control && surfaceOf(control);
    return control && surface ? { surface, control, via: 'click' } : null;
  },

  keyboardSendAt(event, target): SendAttempt | null {
    // X sends on Ctrl+Enter, and on Cmd+Enter on macOS.
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return null;
    const editor = closestAny(target, X_SELECTORS.editor);
    const surface = editor && surfaceOf(editor);
    const control = surface?.sendControl;
    return surface && control ? { surface, control, via: 'keyboard' } : null;
  },

  isSendEnabled(control) {
    return (
      control.getAttribute('aria-disabled') !== 'true' && !(control as HTMLButtonElement).disabled
    );
  },

  readTexts(surface) {
    return surface.editors.map((editor) => editorText(editor, X_SELECTORS.draftBlock));
  },

  readAccount(surface, doc): AccountRead {
    const fromSwitcher = avatarHandle(queryFirst(doc, X_SELECTORS.accountSwitcher));
    if (fromSwitcher) return { handle: fromSwitcher };
    // Fallback: the compose box's own avatar (the switcher can be hidden by other extensions).
    const fromComposer = avatarHandle(surface?.root ?? null);
    if (fromComposer) return { handle: fromComposer };
    return { handle: null, problem: 'account-not-shown' };
  },

  formatAccount: (handle) => `@${handle.replace(/^@/, '')}`,
};
