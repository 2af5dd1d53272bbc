// Who a Bluesky post goes out as (docs/sites/bluesky.md#account). The app posts as the
// current account of the session it keeps in localStorage; the page only shows it in the
// left nav (an avatar in the composer, no name). A switch in any tab rewrites that session
// at once and every other tab follows a moment later, tearing down an open composer: in
// that moment storage and page disagree, or the account is no longer the one the composer
// was opened as. Either way the send is held with `account-changed`.
import { platformInfo } from '../../../core/platforms';
import type { AccountRead, ComposeSurface } from '../adapter';
import { closestAny, queryAll } from '../dom';
import { BLUESKY_SELECTORS as S, SESSION_KEYS } from './selectors';
import { INVALID_HANDLE, readSession, type BlueskyAccount } from './session';

/** The did each open composer was first seen with: a later send must go from the same. */
const openedAs = new WeakMap<Element, string>();

function storedAccount(doc: Document): ReturnType<typeof readSession> {
  let storage: Storage | null | undefined;
  try {
    storage = doc.defaultView?.localStorage;
  } catch {
    storage = null; // storage refused to this page: nothing says who posts
  }
  if (!storage) return { account: null, problem: 'account-not-shown' };
  return readSession(
    storage.getItem(SESSION_KEYS.persisted),
    storage.getItem(SESSION_KEYS.sessionV1),
  );
}

/**
 * The `@handle` in the account card's text (shown on hover, in the page all the time): the
 * last one, since the display name before it may hold an `@` of its own.
 */
function cardHandles(doc: Document): string[] {
  return queryAll(doc, S.accountCard).flatMap((card) => {
    const found = [...(card.textContent ?? '').matchAll(/@([A-Za-z0-9.-]+)/gu)];
    return found.length > 0 ? [found[found.length - 1]?.[1] ?? ''] : [];
  });
}

/** The Profile link's `/profile/<handle or did>`. */
function profileNames(doc: Document): string[] {
  return queryAll(doc, S.profileLink).map((link) => {
    const path = new URL(link.getAttribute('href') ?? '', 'https://bsky.app').pathname;
    return decodeURIComponent(path.split('/')[2] ?? '');
  });
}

/** Whether everything the page shows of the current account is `account`. */
function pageAgrees(doc: Document, account: BlueskyAccount): boolean {
  const { normalize } = platformInfo('bluesky');
  const names = [...cardHandles(doc), ...profileNames(doc)].filter(Boolean);
  const own = new Set([normalize(account.handle), account.did.toLowerCase()]);
  // The app names an account with an unresolved handle by its did in links.
  if (account.handle === INVALID_HANDLE) return names.every((n) => n.toLowerCase() === account.did);
  return names.every((name) => own.has(normalize(name)));
}

/** Notes the account a composer is opened as; called whenever the adapter sees one. */
export function noteComposerAccount(composer: Element, doc: Document): void {
  if (openedAs.has(composer)) return;
  const { account } = storedAccount(doc);
  if (account) openedAs.set(composer, account.did);
}

export function readBlueskyAccount(surface: ComposeSurface | null, doc: Document): AccountRead {
  const { account, problem } = storedAccount(doc);
  if (!account) return { handle: null, problem };
  const composer = surface && closestAny(surface.root, S.composer);
  if (composer) {
    noteComposerAccount(composer, doc);
    if (openedAs.get(composer) !== account.did) return { handle: null, problem: 'account-changed' };
  }
  if (!pageAgrees(doc, account)) return { handle: null, problem: 'account-changed' };
  if (account.handle === INVALID_HANDLE) return { handle: null, problem: 'account-malformed' };
  return { handle: account.handle };
}
