// Who a LinkedIn post is from, read at the moment it is asked for, from the share modal
// itself: the author button LinkedIn shows in it (docs/sites/linkedin.md#author). On a
// company page's admin composer the author is the page; its name is read from the same
// buttons, since the URL names the page only by number. Whatever cannot be read is
// unknown, with the reason: the guard then asks (fails closed), never guesses.
import type { AccountRead } from '../adapter';
import type { SiteProblemCode } from '../../../core/site-problems';
import { withoutInvisible } from '../../../core/rules/handles';
import { queryFirst } from '../dom';
import { COMPANY_ADMIN_PATH, LINKEDIN_SELECTORS as S } from './selectors';
import { squash, visibleLines } from './text';

const unknown = (problem: SiteProblemCode): AccountRead => ({ handle: null, problem });

/** Whether the page is a company page's admin view (its composer posts as the page). */
export function isCompanyAdmin(doc: Document): boolean {
  return COMPANY_ADMIN_PATH.test(doc.location?.pathname ?? '');
}

/** The author `modal` shows: its author button's first line, or the Post settings button's. */
export function readAuthor(modal: Element | null, doc: Document): AccountRead {
  if (!modal) return unknown('composer-closed');
  const buttons = [queryFirst(modal, S.authorButton), queryFirst(modal, S.settingsAuthorButton)];
  const present = buttons.filter((b): b is Element => b !== null);
  if (present.length === 0) {
    return unknown(isCompanyAdmin(doc) ? 'company-page-unnamed' : 'author-control-missing');
  }
  // Invisible characters (zero-width space, bidi controls) removed, so they
  // never make two buttons disagree, as they never make a listed name miss.
  const names = present.map((button) => squash(withoutInvisible(visibleLines(button)[0] ?? '')));
  if (names.some((name) => name === '')) return unknown('author-name-empty');
  // Two buttons naming two authors: which one LinkedIn will post as is not known.
  if (new Set(names).size > 1) return unknown('accounts-disagree');
  return { handle: names[0]! };
}
