// Mastodon in the registry and the server list: an account is `user@server` (the server is
// required: the same name on two servers is two accounts), its server is what Postguard
// asks to guard, and what a person types as a server is a host name or nothing.
import { describe, expect, it } from 'vitest';
import { comparableName, MASTODON_HANDLE, platformInfo } from '../../src/core/platforms';
import { serverHost } from '../../src/shared/servers';

const mastodon = platformInfo('mastodon');

describe('a Mastodon account in a rule file', () => {
  it.each([
    'press@social.kingsford.gov.uk',
    '@press@social.kingsford.gov.uk',
    'Jane_Doe@mastodon.social',
    'a.b-c@hachyderm.io',
  ])('may be %s', (handle) => expect(MASTODON_HANDLE.test(handle)).toBe(true));

  it.each([
    ['press', 'no server'],
    ['press@', 'an empty server'],
    ['@press', 'no server'],
    ['press office@mastodon.social', 'a space'],
    ['press@mastodon social', 'a space in the server'],
    ['pr\u0435ss@mastodon.social', 'a Cyrillic е'],
    ['press@mastodon.social/', 'a URL'],
    ['https://mastodon.social/@press', 'a profile address'],
    ['press@@mastodon.social', 'two @'],
    ['.press@mastodon.social', 'a leading dot'],
  ])('may not be %s (%s)', (handle) => expect(MASTODON_HANDLE.test(handle)).toBe(false));

  it('is one account however it is written, and two on two servers', () => {
    const key = (name: string) => comparableName('mastodon', name);
    expect(key('@Press@Social.Kingsford.gov.uk')).toBe(key('press@social.kingsford.gov.uk'));
    expect(key('press@mastodon.social')).not.toBe(key('press@social.kingsford.gov.uk'));
  });

  it('names the server to guard', () => {
    expect(mastodon.serverOf?.('@press@Social.Kingsford.gov.uk')).toBe('social.kingsford.gov.uk');
    expect(mastodon.serverOf?.('press')).toBeNull();
  });

  it('links to its profile on its server, or to a search when it is not user@server', () => {
    expect(mastodon.profileLink('@press@social.kingsford.gov.uk')).toEqual({
      kind: 'profile',
      url: 'https://social.kingsford.gov.uk/@press',
      handle: 'press@social.kingsford.gov.uk',
    });
    expect(mastodon.profileLink('Kingsford Council')).toMatchObject({ kind: 'search' });
  });
});

describe('a server a person types in the options page', () => {
  it.each([
    ['mastodon.social', 'mastodon.social'],
    ['  Hachyderm.IO ', 'hachyderm.io'],
    ['https://social.kingsford.gov.uk/home', 'social.kingsford.gov.uk'],
    ['https://social.kingsford.gov.uk/*', 'social.kingsford.gov.uk'],
    ['@press@social.kingsford.gov.uk', 'social.kingsford.gov.uk'],
  ])('%j is the server %s', (typed, host) => expect(serverHost(typed)).toBe(host));

  it.each([
    '',
    'mastodon',
    'mastodon social',
    '*.example.org',
    'http://',
    'localhost',
    'ex ample.org',
  ])('%j is no server', (typed) => expect(serverHost(typed)).toBeNull());
});
