// Who a legacy TweetDeck send goes out as (docs/sites/x.md#tweetdeck): every account
// selected in the composer's "From" chooser — one tweet is posted per selected account — or
// the inline reply's one account. The name is the item's `title` ("@name"), which the
// client's tooltip moves to `data-original-title` on the first hover; then the list mode's
// "@name" line, or the grid mode's avatar alt ("name's avatar").
import { X_SCREEN_NAME } from '../../../../core/platforms';
import type { AccountRead, ComposeSurface } from '../../adapter';
import { queryAll, queryFirst } from '../../dom';
import { TWEETDECK_SELECTORS as S } from './selectors';

/** An item's screen name (no `@`), or null when it shows none that X allows. */
function screenName(item: Element): string | null {
  const fromTitle = item.getAttribute('title') || item.getAttribute('data-original-title');
  const shown = queryFirst(item, S.accountName);
  const fromShown =
    shown?.tagName === 'IMG'
      ? (shown.getAttribute('alt') ?? '').replace(/'s avatar$/u, '')
      : (shown?.textContent ?? '');
  const name = (fromTitle || fromShown).trim().replace(/^@/u, '');
  return X_SCREEN_NAME.test(name) ? name : null;
}

export function readTweetDeckAccounts(surface: ComposeSurface | null): AccountRead {
  if (!surface) return { handle: null, problem: 'composer-closed' };
  const items = queryAll(surface.root, S.selectedAccount);
  if (items.length === 0) return { handle: null, problem: 'account-not-shown' };
  const names = items.map(screenName);
  if (names.some((name) => name === null)) return { handle: null, problem: 'account-malformed' };
  const [handle, ...others] = [...new Set(names as string[])];
  return others.length > 0 ? { handle: handle!, others } : { handle: handle! };
}
