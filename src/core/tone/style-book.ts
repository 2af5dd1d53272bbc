// The style profiles as stored (storage.local, shared/storage-keys.ts STYLE_KEY): checked
// without zod wherever they are read (the content script reads them straight from storage),
// so a damaged or forged value is dropped entry by entry, never trusted; and bounded when
// written, so that learning never grows the storage without end.
import { ROLES, type Role } from '../rules/schema';
import { BUCKETS, learn, MAX_ENTRIES, type StyleBook, type StyleProfile } from './style';

/** The most accounts a device keeps a profile of; the one that learned least goes first. */
export const MAX_PROFILES = 24;
/** The longest account name kept with a profile. */
const MAX_SHOWN = 200;

const isCount = (n: unknown, max: number): n is number =>
  typeof n === 'number' && Number.isInteger(n) && n >= 0 && n < max;

function profileOf(value: unknown): StyleProfile | null {
  if (typeof value !== 'object' || value === null) return null;
  const { role, shown, posts, grams } = value as Record<string, unknown>;
  if (!ROLES.includes(role as Role) || typeof shown !== 'string' || shown.length > MAX_SHOWN) {
    return null;
  }
  if (!isCount(posts, 1e9) || posts === 0 || !Array.isArray(grams) || grams.length > MAX_ENTRIES) {
    return null;
  }
  const entries = grams.filter(
    (g): g is [number, number] =>
      Array.isArray(g) &&
      g.length === 2 &&
      isCount(g[0], BUCKETS) &&
      isCount(g[1], 1e9) &&
      g[1] > 0,
  );
  if (entries.length !== grams.length) return null;
  return { role: role as Role, shown, posts, grams: entries.map(([b, n]) => [b, n]) };
}

/** The stored value as a style book: every entry that is a whole profile, at most MAX_PROFILES. */
export function readStyleBook(value: unknown): StyleBook {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const book: Record<string, StyleProfile> = {};
  for (const [key, entry] of Object.entries(value).slice(0, MAX_PROFILES * 2)) {
    const profile = profileOf(entry);
    if (profile && key.length <= MAX_SHOWN + 20) book[key] = profile;
  }
  return bounded(book);
}

function bounded(book: Record<string, StyleProfile>): StyleBook {
  const keys = Object.keys(book);
  if (keys.length <= MAX_PROFILES) return book;
  const kept = keys.sort((a, b) => book[b]!.posts - book[a]!.posts).slice(0, MAX_PROFILES);
  return Object.fromEntries(kept.map((key) => [key, book[key]!]));
}

/** The book with the account `key` having learned one more post (`grams`), still bounded. */
export function learnInto(
  book: StyleBook,
  key: string,
  grams: ReadonlyMap<number, number>,
  role: Role,
  shown: string,
): StyleBook {
  return bounded({ ...book, [key]: learn(book[key], grams, role, shown.slice(0, MAX_SHOWN)) });
}
