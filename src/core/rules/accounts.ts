// Which listed account is the one a site shows? Sites display handles in many
// shapes ("@KingsfordGov", "kingsfordgov", a name with odd spacing or
// styled Unicode letters), so every comparison goes through the platform's
// normalisation (accountKey, core/platforms.ts).
import { accountKey, comparableName, type Platform } from '../platforms';
import type { Account, RuleFile } from './schema';

// One lookup table per rules object: the content script asks on every compose
// update, and a file may list 500 accounts with aliases.
const indexes = new WeakMap<RuleFile, Map<string, Account>>();

function indexFor(rules: RuleFile): Map<string, Account> {
  let index = indexes.get(rules);
  if (!index) {
    index = new Map();
    for (const account of rules.accounts) {
      for (const name of [account.handle, ...(account.aliases ?? [])]) {
        const key = accountKey(account.platform, name);
        // The schema refuses duplicates; should one slip in anyway, the first wins.
        if (!index.has(key)) index.set(key, account);
      }
    }
    indexes.set(rules, index);
  }
  return index;
}

/** The listed account whose handle or alias matches what the site shows, if any. */
export function findAccount(
  rules: RuleFile,
  platform: Platform,
  shownHandle: string,
): Account | undefined {
  if (comparableName(platform, shownHandle) === '') return undefined;
  return indexFor(rules).get(accountKey(platform, shownHandle));
}
