// The apology drafts (two voices, filled in with the account and organisation,
// in line with the guidance) and the link to the account that posted.
import { describe, expect, it } from 'vitest';
import {
  draftText,
  editDraft,
  newIncident,
  profileLink,
  suggestedDraft,
  type Incident,
} from '../../src/core/incident';
import { t } from '../../src/shared/i18n';

const now = new Date('2026-11-21T10:32:00Z');
function incident(account: string, organization: string | null): Incident {
  return newIncident({
    id: 'd-1',
    now,
    released: { platform: 'x', account, role: 'corporate', at: now.toISOString(), page: null },
    organization,
  });
}

describe('the apology drafts', () => {
  it('speak as "we" for the organisation and "I" for a person, naming account and organisation', () => {
    const i = incident('@KingsfordGov', 'Kingsford Council');
    const we = suggestedDraft('we', i, t);
    const me = suggestedDraft('i', i, t);
    expect(we).toMatch(/^We have deleted a post from @KingsfordGov /u);
    expect(we).toContain('It does not reflect the views of Kingsford Council.');
    expect(we).toContain('We apologise');
    expect(me).toMatch(/^I have deleted a post from @KingsfordGov /u);
    expect(me).toContain('That was my mistake, and I am sorry.');
    expect(me).toContain('my employer, Kingsford Council');
    expect(me).toContain('From now on I will');
  });

  it('follow the guidance: say it is deleted and an error; no conditional apology, hack or joke', () => {
    for (const organization of ['Kingsford Council', null]) {
      for (const voice of ['we', 'i'] as const) {
        const text = suggestedDraft(voice, incident('@KingsfordGov', organization), t);
        expect(text).toMatch(/deleted/u);
        expect(text).toMatch(/mistake/u);
        expect(text).not.toMatch(/if (you|anyone) (were|was) offended|hack|compromised|😂|lol/iu);
      }
    }
  });

  it('read well without an organisation or an account', () => {
    const unnamed = incident('@KingsfordGov', null);
    expect(suggestedDraft('we', unnamed, t)).toContain('It does not reflect our views.');
    expect(suggestedDraft('i', unnamed, t)).toContain('the views of my employer.');
    const noAccount = incident('', 'Kingsford Council');
    expect(suggestedDraft('we', noAccount, t)).toMatch(
      /^We have deleted a post from this account /u,
    );
  });

  it('keep the person’s own edit, and otherwise follow a corrected account', () => {
    const i = incident('@KingsfordGov', 'Kingsford Council');
    const edited = editDraft(i, 'we', 'Our own words.');
    expect(draftText('we', edited, t)).toBe('Our own words.');
    const moved = { ...edited, post: { ...edited.post, account: '@KingsfordNews' } };
    expect(draftText('we', moved, t)).toBe('Our own words.');
    expect(draftText('i', moved, t)).toContain('@KingsfordNews');
  });
});

describe('the link to the account', () => {
  it('X: the profile of the handle, with or without @', () => {
    expect(profileLink('x', '@KingsfordGov')).toEqual({
      kind: 'profile',
      url: 'https://x.com/KingsfordGov',
      handle: 'KingsfordGov',
    });
    expect(profileLink('x', ' janedoe_fun ')).toMatchObject({ url: 'https://x.com/janedoe_fun' });
  });

  it('X: a search when the account is not a handle', () => {
    expect(profileLink('x', 'Kingsford Council')).toEqual({
      kind: 'search',
      url: 'https://x.com/search?q=Kingsford%20Council&f=user',
      name: 'Kingsford Council',
    });
    expect(profileLink('x', '@../settings')).toMatchObject({ kind: 'search' });
  });

  it('Bluesky: the profile of the handle (bsky.app/profile/<handle>); a search otherwise', () => {
    expect(profileLink('bluesky', '@kingsford.gov.uk')).toEqual({
      kind: 'profile',
      url: 'https://bsky.app/profile/kingsford.gov.uk',
      handle: 'kingsford.gov.uk',
    });
    expect(profileLink('bluesky', '@../settings')).toMatchObject({ kind: 'search' });
    expect(profileLink('bluesky', 'Kingsford Council')).toEqual({
      kind: 'search',
      url: 'https://bsky.app/search?q=Kingsford%20Council',
      name: 'Kingsford Council',
    });
  });

  it('Facebook and LinkedIn know only a shown name: the site’s search for it', () => {
    expect(profileLink('facebook', 'Kingsford Council')).toEqual({
      kind: 'search',
      url: 'https://www.facebook.com/search/top/?q=Kingsford%20Council',
      name: 'Kingsford Council',
    });
    expect(profileLink('linkedin', 'Jane Doe & Co')).toEqual({
      kind: 'search',
      url: 'https://www.linkedin.com/search/results/all/?keywords=Jane%20Doe%20%26%20Co',
      name: 'Jane Doe & Co',
    });
  });

  it('none without a site or an account', () => {
    expect(profileLink(null, '@KingsfordGov')).toBeNull();
    expect(profileLink('x', '  ')).toBeNull();
  });
});
