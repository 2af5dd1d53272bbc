// Why a site's account cannot be seen: adapters say it with a code, and the
// content script puts it into words with t, so the indicator, the dialog and
// the popup show it in the browser's language.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '../fakes/browser';
import { seeAccount } from '../../src/content/account-seen';
import { checkFailedVerdict } from '../../src/content/guard/fail-closed';
import { SiteError } from '../../src/content/sites/problems';
import { xAdapter } from '../../src/content/sites/x';
import { facebookAdapter } from '../../src/content/sites/facebook';
import { linkedinAdapter } from '../../src/content/sites/linkedin';

// On an empty page none of the sites shows an account.
const reasons = () => {
  document.body.innerHTML = '';
  return [xAdapter, facebookAdapter, linkedinAdapter].map(
    (adapter) => seeAccount(adapter, null, document).reason,
  );
};

afterEach(() => vi.restoreAllMocks());

describe('why the account cannot be seen', () => {
  it('is a sentence in English', () => {
    expect(reasons()).toEqual([
      'The page does not show which account is active.',
      'The page does not show which account is active.',
      'No compose box is open.',
    ]);
  });

  it('comes from the browser’s language', () => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => `«${key}»`);
    expect(reasons()).toEqual([
      '«site_problem_account_not_shown»',
      '«site_problem_account_not_shown»',
      '«site_problem_composer_closed»',
    ]);
  });

  it('a LinkedIn share box without its text box fails closed, in the browser’s language', () => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => `«${key}»`);
    const surface = { root: document.body, kind: 'modal', editors: [], sendControl: null };
    let thrown: unknown;
    try {
      linkedinAdapter.readTexts(surface);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(SiteError);
    expect(checkFailedVerdict(thrown).reasons[0]?.message).toContain(
      '«site_problem_text_box_missing»',
    );
  });
});
