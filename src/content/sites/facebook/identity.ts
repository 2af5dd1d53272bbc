// Who is posting on Facebook: the account menu's word, cross-checked with the
// name the compose box shows (docs/sites/facebook.md § identity).
//
// | account menu                      | compose box name | account                        |
// | --------------------------------- | ---------------- | ------------------------------ |
// | checks two names                  | any              | unknown: accounts-disagree     |
// | open now, or read on this path    | none or the same | the menu's                     |
// | read on an earlier path (stale)   | the same         | the menu's                     |
// | stale                             | none             | unknown: account-menu-unread   |
// | read (stale or not)               | another name     | unknown: accounts-disagree     |
// | never read                        | any              | unknown: account-menu-unread   |
// | not on the page                   | any              | unknown: account-not-shown     |
//
// The compose box's name alone is never taken: Facebook does not show it
// reliably, and a wrong name there could let a Page's post out as personal.
import type { AccountRead, ComposeSurface } from '../adapter';
import { readAccountMenu } from './account-menu';
import { composerAuthor } from './composer-author';

const sameName = (a: string, b: string) => a.normalize('NFC') === b.normalize('NFC');

export function readFacebookAccount(surface: ComposeSurface | null, doc: Document): AccountRead {
  const menu = readAccountMenu(doc);
  if (menu.kind === 'disagree') return { handle: null, problem: 'accounts-disagree' };
  if (menu.kind === 'unread') {
    return { handle: null, problem: menu.menuOnPage ? 'account-menu-unread' : 'account-not-shown' };
  }
  const shown = surface ? composerAuthor(surface) : null;
  if (shown !== null && !sameName(shown, menu.name)) {
    return { handle: null, problem: 'accounts-disagree' };
  }
  // After a change of path the profile may be active again without the menu
  // being touched: the menu's word holds only if the compose box agrees.
  if (menu.stale && shown === null) return { handle: null, problem: 'account-menu-unread' };
  return { handle: menu.name };
}
