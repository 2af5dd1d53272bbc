// Why a site's account cannot be seen is said with t, so the indicator, the
// dialog and the popup show it in the browser's language. English is unchanged.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '../fakes/browser';
import { xAdapter } from '../../src/content/sites/x';
import { facebookAdapter } from '../../src/content/sites/facebook';
import { linkedinAdapter } from '../../src/content/sites/linkedin';

// On an empty page none of the sites shows an account.
const reasons = () => {
  document.body.innerHTML = '';
  return [xAdapter, facebookAdapter, linkedinAdapter].map(
    (adapter) => adapter.readAccount(null, document).reason,
  );
};

afterEach(() => vi.restoreAllMocks());

describe('why the account cannot be seen', () => {
  it('reads as before in English', () => {
    expect(reasons()).toEqual([
      'X does not show which account is active: the account switcher is not on the page.',
      'Facebook does not show who is posting: the composer shows no author and the account menu is not on the page.',
      "LinkedIn's share box is not open.",
    ]);
  });

  it('comes from the browser’s language', () => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => `«${key}»`);
    expect(reasons()).toEqual([
      '«site_x_no_account_switcher»',
      '«site_facebook_no_author»',
      '«site_linkedin_share_box_closed»',
    ]);
  });

  it('a LinkedIn share box without its text box fails closed, in the browser’s language', () => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => `«${key}»`);
    const surface = { root: document.body, kind: 'modal', editors: [], sendControl: null };
    expect(() => linkedinAdapter.readTexts(surface)).toThrow('«site_linkedin_no_text_box»');
  });
});
