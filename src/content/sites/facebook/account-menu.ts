// The account menu (top right) is where Facebook itself says which identity,
// the person's profile or one of their Pages, is active: the checked entry
// among the profiles it lists (docs/sites/facebook.md § identity). It is
// usually closed when the person posts, so what it checked is remembered for
// this page, with the path it was seen on:
// - a change of path makes it stale: Facebook switches back to the profile by
//   itself in some places (groups that refuse Pages), on navigation;
// - choosing an entry forgets it: the switch that follows may close the menu
//   before anything reads it again, and the choice may fail;
// - a new document (Facebook reloads after some switches) starts with none.
// The page observer (content/page-changes.ts, with this adapter's watch spec)
// makes the indicators and the tab status read the account whenever the menu
// opens or its checked entry changes; each of those reads notes it here.
import { closestAny, queryAll, queryFirst } from '../dom';
import { cleanName, firstText } from './composer-author';
import { FACEBOOK_SELECTORS as S } from './selectors';
import { isComposeDialog } from './surfaces';

/** What the account menu says: now (open), earlier on this page, or nothing. */
export type MenuWord =
  | { kind: 'checked'; name: string; stale: boolean }
  | { kind: 'disagree' }
  | { kind: 'unread'; menuOnPage: boolean };

interface Seen {
  name: string;
  path: string;
}

const seenOn = new WeakMap<Document, Seen>();

const pathOf = (doc: Document) => doc.location?.pathname ?? '';

/** A radio among the identities, not a poll's, nor the audience chooser's in Create post. */
function isAccountEntry(el: Element): boolean {
  if (closestAny(el, S.notAccountMenu)) return false;
  const dialog = closestAny(el, S.dialog);
  return !(dialog && isComposeDialog(dialog));
}

/** The identity an entry names: its label, else its first line (a Page's entry adds "Page" below). */
function entryName(entry: Element): string {
  const label = cleanName(entry.getAttribute('aria-label'));
  if (label) return label;
  const text = firstText(entry, S.notNameText);
  if (text) return text;
  const picture = queryFirst(entry, S.authorPicture);
  return cleanName(picture?.getAttribute('aria-label') ?? picture?.getAttribute('alt'));
}

/** The names the open menu checks (none when it is closed or its list not shown). */
function checkedNow(doc: Document): Set<string> {
  const entries = queryAll(doc, S.activeAccountEntry).filter(isAccountEntry);
  return new Set(entries.map(entryName).filter(Boolean));
}

/** What the account menu says about the active identity; notes what an open menu checks. */
export function readAccountMenu(doc: Document): MenuWord {
  const names = checkedNow(doc);
  if (names.size > 1) return { kind: 'disagree' };
  const [name] = names;
  const path = pathOf(doc);
  if (name) {
    seenOn.set(doc, { name, path });
    return { kind: 'checked', name, stale: false };
  }
  const seen = seenOn.get(doc);
  if (seen) return { kind: 'checked', name: seen.name, stale: seen.path !== path };
  return { kind: 'unread', menuOnPage: queryFirst(doc, S.accountButton) !== null };
}

/**
 * Called for every click and Enter/Space keydown on the page (before the
 * site acts): choosing an entry of the account menu forgets what it showed.
 */
export function noteMenuChoice(target: Element): void {
  const entry = closestAny(target, S.accountEntry);
  if (entry && isAccountEntry(entry)) seenOn.delete(target.ownerDocument);
}

/** Forgets what the account menu showed on this page (a choice in it; tests). */
export function forgetAccountMenu(doc: Document): void {
  seenOn.delete(doc);
}
