// The account a Mastodon page posts as (docs/sites/mastodon.md#account): the initial
// state the server wrote into the page, which the app itself reads once at start (one
// login per server; switching account reloads the page). The compose form's own account
// link, where the page shows one, must agree with it.
import type { AccountRead, ComposeSurface } from '../adapter';
import { queryFirst } from '../dom';
import { parseInitialState, readInitialState, serverDomainOf } from './initial-state';
import { MASTODON_SELECTORS as S } from './selectors';

/** The user part of a `/@user` link, as the app writes it for an account of this server. */
function linkedUser(link: Element): string | null {
  const path = link.getAttribute('href') ?? '';
  const match = /^\/@([^/?#@]+)(?:[/?#]|$)/u.exec(path);
  if (!match?.[1]) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null;
  }
}

/**
 * Each page's initial state, parsed once: the app never changes it. The indicator asks on
 * page changes and the guard at every send; the text (tens of KB) is read again only when
 * its length, which the text nodes give without copying it, has changed.
 */
const parsed = new WeakMap<Element, { length: number; state: unknown }>();

const textLength = (el: Element) =>
  [...el.childNodes].reduce((n, node) => n + (node.nodeType === 3 ? (node as Text).length : 0), 0);

/** The page's initial state, as parseInitialState leaves it; undefined when there is none. */
function initialState(doc: Document): unknown {
  const script = queryFirst(doc, S.initialState);
  if (!script) return undefined;
  const length = textLength(script);
  const known = parsed.get(script);
  if (known?.length === length) return known.state;
  const state = parseInitialState(script.textContent ?? '');
  parsed.set(script, { length, state });
  return state;
}

export function readMastodonAccount(surface: ComposeSurface | null, doc: Document): AccountRead {
  const read = readInitialState(initialState(doc));
  if (read.handle === null) return read;
  const link = queryFirst(surface?.root ?? doc, S.ownAccountLink);
  const shown = link && linkedUser(link);
  const user = read.handle.slice(0, read.handle.indexOf('@'));
  if (shown && shown.toLowerCase() !== user.toLowerCase()) {
    return { handle: null, problem: 'accounts-disagree' };
  }
  return { handle: read.handle };
}

/** Whether `doc` is a page of Mastodon's app: its initial state names the server. */
export function isMastodonPage(doc: Document): boolean {
  return serverDomainOf(initialState(doc)) !== null;
}
