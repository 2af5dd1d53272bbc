// Which X account is posting, read at the moment of sending from what X itself
// shows as the signed-in account (docs/sites/x.md#account), in this order:
// the side-nav account switcher, the side nav's Profile link, the compose
// box's own avatar. Every source present is read: if two name different
// accounts, none of them is trusted.
import type { AccountRead, ComposeSurface } from '../adapter';
import { withoutInvisible } from '../../../core/rules/handles';
import { closestAny, queryAll, queryFirst } from '../dom';
import {
  AVATAR_PREFIX,
  COMPOSER_AVATAR_LEVELS,
  HANDLE,
  NO_ACCOUNT_AVATAR,
  X_SELECTORS,
} from './selectors';

/** The handle an avatar stands for; null for X's `unknown` placeholder. */
function avatarHandle(avatar: Element): string | null {
  const handle = (avatar.getAttribute('data-testid') ?? '').slice(AVATAR_PREFIX.length);
  return handle && handle !== NO_ACCOUNT_AVATAR ? handle : null;
}

// White space around the `@handle` line is layout; U+FEFF, which trim() also
// removes, is an invisible character and must stay to make the handle malformed.
const EDGE_SPACE = /^[^\S\uFEFF]+|[^\S\uFEFF]+$/gu;

/**
 * Each switcher's avatar and its `@handle` line (the last line that starts
 * with @, invisible characters aside). Every switcher on the page is read: a
 * second one naming another account makes the account unknown. The line is
 * kept as shown, less its `@`: an invisible character or a look-alike letter
 * in it makes it malformed (HANDLE), never a match once stripped.
 */
function fromSwitcher(doc: Document): string[] {
  const found: string[] = [];
  for (const switcher of queryAll(doc, X_SELECTORS.accountSwitcher)) {
    const avatar = queryFirst(switcher, X_SELECTORS.avatar);
    const fromAvatar = avatar && avatarHandle(avatar);
    if (fromAvatar) found.push(fromAvatar);
    const lines = queryAll(switcher, X_SELECTORS.switcherHandle)
      .map((el) => (el.textContent ?? '').replace(EDGE_SPACE, ''))
      .filter((text) => withoutInvisible(text).startsWith('@'));
    const line = lines[lines.length - 1];
    if (line) found.push(line.replace('@', ''));
  }
  return found;
}

/** The Profile link's path, `/<handle>` (absolute on saved pages): its one segment. */
function fromProfileLink(doc: Document): string[] {
  const link = queryFirst(doc, X_SELECTORS.profileLink);
  const href = link?.getAttribute('href');
  if (!href) return [];
  let path: string;
  try {
    path = decodeURIComponent(new URL(href, doc.baseURI || 'https://x.com/').pathname);
  } catch {
    return [href]; // unreadable: reported as malformed
  }
  // `/a/b` is not a profile: kept whole, so that it reads as malformed.
  return [path.replace(/^\/+|\/+$/g, '')];
}

/** Whether an avatar is someone else's: in a post, a quoted post or a user cell. */
function isOtherPersons(avatar: Element, scope: Element): boolean {
  if (closestAny(avatar, X_SELECTORS.otherPeople)) return true;
  // A preview of another post in a plainer shape: a block, below the scope,
  // that also names a post's author or shows its text.
  for (let node = avatar.parentElement; node && node !== scope; node = node.parentElement) {
    if (queryFirst(node, X_SELECTORS.postPreviewMarks)) return true;
  }
  return false;
}

/**
 * The compose box's own avatar: X shows it in a column beside the editor, so
 * it is looked for from the compose box upwards, a level at a time, and the
 * first level holding an avatar of the person posting answers. The walk stops
 * at a modal or the main column, never reaching the side bars.
 */
function fromComposer(surface: ComposeSurface): string[] {
  let node: Element | null = surface.root;
  for (let level = 0; node && level <= COMPOSER_AVATAR_LEVELS; level++) {
    const scope: Element = node;
    const handles = queryAll(scope, X_SELECTORS.avatar)
      .filter((avatar) => !isOtherPersons(avatar, scope))
      .map(avatarHandle)
      .filter((handle): handle is string => handle !== null);
    if (handles.length > 0) return handles;
    if (closestAny(scope, X_SELECTORS.composerAvatarLimit) === scope) break;
    node = scope.parentElement;
  }
  return [];
}

export function readXAccount(surface: ComposeSurface | null, doc: Document): AccountRead {
  const readings = [
    ...fromSwitcher(doc),
    ...fromProfileLink(doc),
    ...(surface ? fromComposer(surface) : []),
  ];
  if (readings.length === 0) return { handle: null, problem: 'account-not-shown' };
  // Only ASCII letters, digits and _ pass, so the comparison below never meets
  // an invisible character or a look-alike letter.
  if (!readings.every((handle) => HANDLE.test(handle)))
    return { handle: null, problem: 'account-malformed' };
  // X handles are case-insensitive: `@Kingsford` and `@kingsford` are one account.
  if (new Set(readings.map((handle) => handle.toLowerCase())).size > 1)
    return { handle: null, problem: 'accounts-disagree' };
  return { handle: readings[0]! };
}
