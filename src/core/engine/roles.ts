// Who is posting: the role of the account the page shows, from the rule file.
import { findAccount } from '../rules/accounts';
import { comparableName } from '../platforms';
import type { Role, RuleFile } from '../rules/schema';
import type { AccountSeen, Verdict } from './types';

export interface ResolvedAccount {
  role: Role | 'unknown';
  account: Verdict['account'];
}

export function resolveAccount(seen: AccountSeen, rules: RuleFile): ResolvedAccount {
  // A handle that is blank once normalised tells nothing: same as not revealed.
  if (seen.handle === null || comparableName(seen.platform, seen.handle) === '') {
    return { role: 'unknown', account: { shown: null, listed: false } };
  }
  const shown = seen.handle.trim();
  const listed = findAccount(rules, seen.platform, shown);
  if (!listed) {
    return { role: rules.policy.unlistedRole, account: { shown, listed: false } };
  }
  const account: Verdict['account'] = { shown, listed: true };
  if (listed.label !== undefined) account.label = listed.label;
  return { role: listed.role, account };
}

/**
 * The role that term rules (banned terms, profanity, sombre) are checked as.
 * Fail closed: when the page hides the account it may well be the corporate
 * one, so an unknown account gets the corporate account's checks.
 */
export function roleForTermRules(role: Role | 'unknown'): Role {
  return role === 'unknown' ? 'corporate' : role;
}
