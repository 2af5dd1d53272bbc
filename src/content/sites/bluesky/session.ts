// The account Bluesky itself posts as, from the session it keeps in localStorage
// (docs/sites/bluesky.md#account). That storage also holds each account's login tokens
// (accessJwt, refreshJwt) and e-mail address: this parser hands out the current account's
// did and handle, copied as two strings, and nothing else (tests/unit/bluesky-session.test.ts).
import { BLUESKY_HANDLE } from '../../../core/platforms';

/** The current account of a stored session: two strings, nothing more. */
export interface BlueskyAccount {
  did: string;
  handle: string;
}

export type SessionRead =
  | { account: BlueskyAccount; problem?: undefined }
  | { account: null; problem: 'account-not-shown' | 'account-malformed' };

/** A did as atproto writes one (`did:plc:…`, `did:web:…`). */
const DID = /^did:[a-z]+:[A-Za-z0-9._:%-]{1,2048}$/u;
/** What the app stores for an account whose handle does not resolve. */
export const INVALID_HANDLE = 'handle.invalid';

const NOT_SHOWN = { account: null, problem: 'account-not-shown' } as const;
const MALFORMED = { account: null, problem: 'account-malformed' } as const;

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, key)
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

function parse(raw: string | null): unknown {
  if (raw === null) return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

/** The handle of the account `did` in a list of accounts, as the app's own lookup finds it. */
function accountOf(accounts: unknown, did: unknown): SessionRead {
  if (typeof did !== 'string' || !Array.isArray(accounts)) return NOT_SHOWN;
  if (!DID.test(did)) return MALFORMED;
  const entry: unknown = accounts.find((a) => field(a, 'did') === did);
  if (entry === undefined) return NOT_SHOWN;
  const handle = field(entry, 'handle');
  if (typeof handle !== 'string') return MALFORMED;
  if (handle !== INVALID_HANDLE && !BLUESKY_HANDLE.test(handle)) return MALFORMED;
  // New strings, so no reference into the parsed blob (and its tokens) outlives this call.
  return { account: { did: `${did}`, handle: `${handle}` } };
}

/**
 * The current account of the app's stored session: `BSKY_STORAGE`'s
 * `session.currentAccount.did` looked up in `session.accounts` (the app does the same:
 * `readLastActiveAccount`), else the newer `{ accounts, currentDid }` layout.
 */
export function readSession(persisted: string | null, sessionV1: string | null): SessionRead {
  const session = field(parse(persisted), 'session');
  const did = field(field(session, 'currentAccount'), 'did');
  if (did !== undefined) return accountOf(field(session, 'accounts'), did);
  const v1 = parse(sessionV1);
  const currentDid = field(v1, 'currentDid');
  if (currentDid !== undefined) return accountOf(field(v1, 'accounts'), currentDid);
  return NOT_SHOWN;
}
