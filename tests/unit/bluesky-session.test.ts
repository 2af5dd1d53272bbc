// Bluesky's stored session (src/content/sites/bluesky/session.ts): the account the app posts
// as, read the way the app reads it, and nothing else. The stored blob holds live login
// tokens and e-mail addresses: whatever it holds, only the current did and handle come out.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSession } from '../../src/content/sites/bluesky/session';

const KINGSFORD = { did: 'did:plc:kingsford0000000000000001', handle: 'kingsford.gov.uk' };
const JANE = { did: 'did:plc:janedoe00000000000000000002', handle: 'janedoe.bsky.social' };

/** Secrets as the real blob holds them; none may leave the parser. */
const SECRETS = [
  'eyJhbGciOiJFUzI1NksifQ.eyJzY29wZSI6ImNvbS5hdHByb3RvLmFjY2VzcyJ9.c2lnbmF0dXJlLWFjY2Vzcw',
  'eyJhbGciOiJFUzI1NksifQ.eyJzY29wZSI6ImNvbS5hdHByb3RvLnJlZnJlc2gifQ.c2lnbmF0dXJlLXJlZnJlc2g',
  'jane@kingsford.gov.uk',
  'https://morel.us-east.host.bsky.network',
];

function account(base: { did: string; handle: string }, n: number) {
  return {
    service: 'https://bsky.social',
    ...base,
    email: n === 0 ? SECRETS[2] : `other${n}@example.org`,
    emailConfirmed: true,
    accessJwt: `${SECRETS[0]}${n}`,
    refreshJwt: `${SECRETS[1]}${n}`,
    active: true,
    pdsUrl: SECRETS[3],
  };
}

function blob(current: { did: string; handle: string } | undefined) {
  const accounts = [account(KINGSFORD, 0), account(JANE, 1)];
  const currentAccount = accounts.find((a) => a.did === current?.did);
  return JSON.stringify({ colorMode: 'system', session: { accounts, currentAccount } });
}

describe('the account Bluesky posts as', () => {
  it('is the current did, looked up in the accounts list (not currentAccount.handle)', () => {
    const stored = JSON.parse(blob(JANE)) as { session: { currentAccount: { handle: string } } };
    stored.session.currentAccount.handle = 'stale.bsky.social'; // deprecated, may lag
    expect(readSession(JSON.stringify(stored), null)).toEqual({ account: JANE });
    expect(readSession(blob(KINGSFORD), null)).toEqual({ account: KINGSFORD });
  });

  it('hands out two fresh strings and nothing of the tokens, e-mail or server', () => {
    const read = readSession(blob(KINGSFORD), null);
    expect(Object.keys(read)).toEqual(['account']);
    expect(Object.keys(read.account ?? {})).toEqual(['did', 'handle']);
    const out = JSON.stringify(read);
    for (const secret of SECRETS) expect(out).not.toContain(secret);
    expect(out).not.toMatch(/jwt|email|eyJ/iu);
  });

  it('lets no token out whatever else the blob holds (property)', () => {
    const token = fc.stringMatching(/^eyJ[A-Za-z0-9_-]{8,40}$/u);
    fc.assert(
      fc.property(fc.dictionary(fc.string(), token), token, (extra, jwt) => {
        const stored = JSON.parse(blob(JANE)) as Record<string, unknown> & {
          session: Record<string, unknown> & { currentAccount: Record<string, unknown> };
        };
        Object.assign(stored, extra);
        Object.assign(stored.session, extra);
        stored.session.currentAccount = { ...stored.session.currentAccount, ...extra, jwt };
        const out = JSON.stringify(readSession(JSON.stringify(stored), null));
        for (const value of [...Object.values(extra), jwt]) expect(out).not.toContain(value);
      }),
    );
  });

  it('reads the newer layout ({ accounts, currentDid }) when the app state has no session', () => {
    const v1 = JSON.stringify({ accounts: [account(JANE, 1)], currentDid: JANE.did });
    expect(readSession(JSON.stringify({ colorMode: 'dark' }), v1)).toEqual({ account: JANE });
  });

  it.each([
    ['nothing stored', null],
    ['logged out', blob(undefined)],
    ['not JSON', '{"session": {"currentAccount"'],
    ['a did not in the accounts list', blob({ did: 'did:plc:someoneelse', handle: 'x.y' })],
    ['a list instead of an object', '[1,2,3]'],
  ])('is unknown when %s', (_case, stored) => {
    expect(readSession(stored, null)).toEqual({ account: null, problem: 'account-not-shown' });
  });

  it.each([
    ['a handle that is no domain name', { ...JANE, handle: 'jane doe' }],
    ['a handle with a look-alike letter', { ...JANE, handle: 'janedоe.bsky.social' }],
    ['a did that is no did', { ...JANE, did: 'plc:janedoe' }],
  ])('is malformed with %s', (_case, who) => {
    const stored = JSON.stringify({
      session: { accounts: [{ ...who, accessJwt: SECRETS[0] }], currentAccount: { did: who.did } },
    });
    expect(readSession(stored, null)).toEqual({ account: null, problem: 'account-malformed' });
  });
});
