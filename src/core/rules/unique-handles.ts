// "The same platform+handle twice is an error": two entries for one account
// would give it two roles. Handles and aliases share one namespace per
// platform, compared the way the engine compares them (accountKey, the
// platform's own normalisation: core/platforms.ts).
import * as z from 'zod/mini';
import { localizable, type Localizable } from '../localizable';
import { comparableName, isPlatform, platformInfo } from '../platforms';
import { customIssue } from './issues';

type Where = { index: number; path: (string | number)[] };

function namesOf(
  entry: unknown,
  index: number,
): { platform: unknown; name: string; where: Where }[] {
  if (typeof entry !== 'object' || entry === null) return [];
  const { platform, handle, aliases } = entry as Record<string, unknown>;
  const out = [];
  if (typeof handle === 'string') {
    out.push({ platform, name: handle, where: { index, path: [index, 'handle'] } });
  }
  if (Array.isArray(aliases)) {
    aliases.forEach((alias, i) => {
      if (typeof alias === 'string') {
        out.push({ platform, name: alias, where: { index, path: [index, 'aliases', i] } });
      }
    });
  }
  return out;
}

function describe(path: (string | number)[]): string {
  const [index, key, i] = path;
  return `accounts[${index}].${key}${i === undefined ? '' : `[${i}]`}`;
}

export interface HandleClash {
  /** Where the name is, within `accounts`: `[1, 'handle']`, `[1, 'aliases', 0]`. */
  path: (string | number)[];
  message: Localizable;
}

/**
 * Every handle or alias that names the account of an earlier entry, in the
 * order of the file. The one check of duplicate accounts: the schema's
 * refinement below reports them all, the plain check (check-rule-file.ts) the
 * first. Entries are read defensively, so that it runs on a file with other
 * problems too.
 */
export function handleClashes(accounts: readonly unknown[]): HandleClash[] {
  const clashes: HandleClash[] = [];
  const seen = new Map<string, Where>();
  accounts.forEach((entry, index) => {
    for (const { platform, name, where } of namesOf(entry, index)) {
      if (typeof platform !== 'string') continue;
      const normal = comparableName(platform, name);
      if (normal === '') continue;
      const key = `${platform}\n${normal}`;
      const first = seen.get(key);
      if (!first) {
        seen.set(key, where);
      } else if (first.index !== index) {
        // Repeating an account's own handle as its alias is harmless, so only
        // a clash between two different entries is an error.
        // Site names are brands: the same in every language.
        const site = isPlatform(platform) ? platformInfo(platform).brand : platform;
        const message = localizable(
          'rules_duplicate_account',
          site,
          name.trim(),
          describe(first.path),
        );
        clashes.push({ path: where.path, message });
      }
    }
  });
  return clashes;
}

export const uniqueHandles = z.superRefine<unknown[]>(
  (accounts, ctx) => {
    for (const { path, message } of handleClashes(accounts)) {
      const { error, params } = customIssue(message);
      ctx.addIssue({ code: 'custom', path, message: error, params });
    }
  },
  // Run even when some entries have other problems, so that every problem is
  // listed at once (entries are read defensively above).
  { when: (payload) => Array.isArray(payload.value) },
);
