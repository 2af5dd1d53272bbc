// From what an adapter reads to what a person reads: the account seen, with
// the adapter's problem code put into words in the browser's language.
import type { AccountSeen, Verdict } from '../core/engine';
import { t, uiLanguage } from '../shared/i18n';
import type { AccountRead, ComposeSurface, SiteAdapter } from './sites/adapter';
import type { SiteProblemCode } from '../core/site-problems';

// One call per key, written out, so tests/unit/i18n-keys.test.ts sees every key.
const PROBLEM_TEXT: Record<SiteProblemCode, () => string> = {
  'account-not-shown': () => t('site_problem_account_not_shown'),
  'accounts-disagree': () => t('site_problem_accounts_disagree'),
  'account-changed': () => t('site_problem_account_changed'),
  'account-malformed': () => t('site_problem_account_malformed'),
  'account-menu-unread': () => t('site_problem_account_menu_unread'),
  'composer-closed': () => t('site_problem_composer_closed'),
  'author-control-missing': () => t('site_problem_author_control_missing'),
  'author-name-empty': () => t('site_problem_author_name_empty'),
  'company-page-unnamed': () => t('site_problem_company_page_unnamed'),
  'text-box-missing': () => t('site_problem_text_box_missing'),
  'send-control-missing': () => t('site_problem_send_control_missing'),
};

/** The problem in a person's words (a full sentence). */
export function problemText(code: SiteProblemCode): string {
  return PROBLEM_TEXT[code]();
}

/** The account as the engine takes it; the reason, when unknown, in words. */
export function seeAccount(
  adapter: SiteAdapter,
  surface: ComposeSurface | null,
  doc: Document,
): AccountSeen & { problem?: SiteProblemCode } {
  return accountSeen(adapter.platform, adapter.readAccount(surface, doc));
}

/** What an adapter read, as the engine takes it (for a caller that has read it already). */
export function accountSeen(
  platform: SiteAdapter['platform'],
  read: AccountRead,
): AccountSeen & { problem?: SiteProblemCode } {
  if (read.handle !== null) {
    const others = read.others?.length ? { others: [...read.others] } : {};
    return { platform, handle: read.handle, ...others };
  }
  return { platform, handle: null, reason: problemText(read.problem), problem: read.problem };
}

/**
 * The account or accounts a verdict is about, as the site shows them, in one phrase for a
 * person: `@KingsfordGov`, or `@KingsfordGov and @janedoe_fun` for a send from several
 * (legacy TweetDeck), joined in the browser's language. Null when the account is unknown.
 */
export function accountsShown(
  adapter: Pick<SiteAdapter, 'formatAccount'>,
  verdict: Pick<Verdict, 'account' | 'accounts'>,
): string | null {
  const names = (verdict.accounts ?? [verdict.account]).flatMap((a) =>
    a.shown === null ? [] : [adapter.formatAccount(a.shown)],
  );
  if (names.length < 2) return names[0] ?? null;
  return new Intl.ListFormat(uiLanguage(), { type: 'conjunction' }).format(names);
}
