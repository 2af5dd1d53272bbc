// Who is signed in, from the JSON the server writes into the page
// (`<script id="initial-state">`, docs/sites/mastodon.md#account): `meta.me` is the
// account's id, `accounts[me].acct` its name on this server, `meta.domain` the server's.
// The same JSON holds the session's `meta.access_token`: the parser keeps, while JSON.parse
// builds the value, only the three strings it needs, so no token (nor anything else) is
// ever held by Postguard (tests/unit/mastodon-initial-state.test.ts).
import { MASTODON_HANDLE } from '../../../core/platforms';

export type InitialStateRead =
  | { handle: string; problem?: undefined }
  | { handle: null; problem: 'account-not-shown' | 'account-malformed' };

/** The only keys whose string values survive parsing; every other string is dropped. */
const KEPT = new Set(['me', 'domain', 'acct']);

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, key)
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

/**
 * The page's initial state with only `me`, `domain` and `acct` strings left (objects keep
 * their shape, every other value is gone); undefined when the text is not JSON.
 */
export function parseInitialState(text: string): unknown {
  try {
    return JSON.parse(text, (key, value: unknown) => {
      if (typeof value === 'object' && value !== null) return value;
      return typeof value === 'string' && KEPT.has(key) ? value : undefined;
    }) as unknown;
  } catch {
    return undefined;
  }
}

/** The server's domain, when `state` (parseInitialState's) is a Mastodon page's. */
export function serverDomainOf(state: unknown): string | null {
  const domain = field(field(state, 'meta'), 'domain');
  return typeof domain === 'string' && domain !== '' ? domain : null;
}

/**
 * The signed-in account as `user@domain` (Mastodon's `acct` is the bare user name for an
 * account of this server), read from the initial state (parseInitialState's).
 */
export function readInitialState(state: unknown): InitialStateRead {
  const meta = field(state, 'meta');
  const me = field(meta, 'me');
  const domain = field(meta, 'domain');
  if (typeof me !== 'string' || typeof domain !== 'string') {
    return { handle: null, problem: 'account-not-shown' };
  }
  const acct = field(field(field(state, 'accounts'), me), 'acct');
  if (typeof acct !== 'string') return { handle: null, problem: 'account-not-shown' };
  const handle = acct.includes('@') ? acct : `${acct}@${domain}`;
  if (!MASTODON_HANDLE.test(handle)) return { handle: null, problem: 'account-malformed' };
  return { handle };
}
