// Mastodon's initial state (src/content/sites/mastodon/initial-state.ts): the account the
// page posts as, `accounts[meta.me].acct` on `meta.domain`, and nothing else. The same JSON
// holds the session's access token (and more): whatever it holds, only the three strings
// the parser needs survive parsing, so no token is ever held by Postguard.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  parseInitialState,
  readInitialState,
  serverDomainOf,
} from '../../src/content/sites/mastodon/initial-state';

const TOKEN = 'Zq3xW8vB1nT5yR7uK2mL9pD4sF6hJ0gA1cE3bN5vX7z';

/** The initial state as a server writes it (app/serializers/initial_state_serializer.rb). */
function state(overrides: { me?: string | null; acct?: string; domain?: string } = {}) {
  const { me = '109384756', acct = 'press', domain = 'social.kingsford.gov.uk' } = overrides;
  return JSON.stringify({
    meta: {
      access_token: TOKEN,
      streaming_api_base_url: `wss://${domain}`,
      locale: 'en',
      domain,
      title: 'Kingsford Council',
      admin: '1',
      version: '4.3.2',
      ...(me === null ? {} : { me }),
    },
    compose: { me, default_privacy: 'public', default_sensitive: false },
    accounts: {
      '109384756': {
        id: '109384756',
        username: 'press',
        acct,
        display_name: 'Kingsford Council',
        url: `https://${domain}/@press`,
        note: `<p>Secret note ${TOKEN}</p>`,
      },
    },
    push_subscription: { endpoint: 'https://push.example/abc', keys: { auth: 'secret-auth' } },
    settings: { known_fediverse: true },
    role: { id: '3', name: 'Owner', permissions: '1048575' },
  });
}

/** Every string left anywhere in a value. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value !== 'object' || value === null) return [];
  return Object.values(value).flatMap(strings);
}

describe('the account a Mastodon page posts as', () => {
  it('is accounts[meta.me].acct on meta.domain', () => {
    expect(readInitialState(parseInitialState(state()))).toEqual({
      handle: 'press@social.kingsford.gov.uk',
    });
  });

  it('keeps the server of the handle when it differs from the web host', () => {
    const read = readInitialState(parseInitialState(state({ domain: 'kingsford.gov.uk' })));
    expect(read).toEqual({ handle: 'press@kingsford.gov.uk' });
  });

  it('is not shown when nobody is signed in (no meta.me), or the text is not JSON', () => {
    expect(readInitialState(parseInitialState(state({ me: null })))).toEqual({
      handle: null,
      problem: 'account-not-shown',
    });
    expect(readInitialState(parseInitialState('<html>'))).toMatchObject({ handle: null });
    expect(readInitialState(parseInitialState(state({ me: '42' })))).toMatchObject({
      problem: 'account-not-shown',
    });
  });

  it('is malformed when the acct is not a user name', () => {
    expect(readInitialState(parseInitialState(state({ acct: 'press office' })))).toEqual({
      handle: null,
      problem: 'account-malformed',
    });
  });

  it('proves a Mastodon page only with a domain', () => {
    expect(serverDomainOf(parseInitialState(state()))).toBe('social.kingsford.gov.uk');
    expect(serverDomainOf(parseInitialState('{"meta":{}}'))).toBeNull();
    expect(serverDomainOf(parseInitialState(''))).toBeNull();
  });
});

describe('what parsing keeps', () => {
  it('holds no token, note, push key or any other string but me, domain and acct', () => {
    const kept = parseInitialState(state());
    expect(JSON.stringify(kept)).not.toContain(TOKEN);
    expect(strings(kept).sort()).toEqual(
      ['109384756', '109384756', 'press', 'social.kingsford.gov.uk'].sort(),
    );
  });

  it('keeps nothing of any other key, whatever the JSON holds', () => {
    const secret = fc.string({ minLength: 8 }).map((s) => `secret:${s}`);
    const key = fc.string().filter((k) => !['me', 'domain', 'acct'].includes(k));
    const json = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        secret,
        fc.dictionary(key, tie('value')),
        fc.array(tie('value'), { maxLength: 3 }),
      ),
    })).value;
    fc.assert(
      fc.property(json, (value) => {
        const kept = parseInitialState(JSON.stringify({ meta: { access_token: TOKEN }, value }));
        expect(strings(kept)).toEqual([]);
      }),
    );
  });
});
