// The accounts "Try a post" offers on a site: each account the rules in force list there,
// then one the rules do not list (its name typed in), then none at all (a page that does
// not show which account is active, as the guard meets it).
import type { AccountSeen } from '../../core/engine';
import { displayHandle, PLATFORMS, type Platform } from '../../core/platforms';
import type { RuleFile } from '../../core/rules/schema';
import { roleWord, t } from '../../shared/i18n';

export const OTHER = 'other';
export const NOT_SHOWN = 'not-shown';
const LISTED = 'listed:';

export interface AccountChoice {
  /** `listed:<handle>` (a handle is listed once per site), OTHER or NOT_SHOWN. */
  value: string;
  label: string;
}

export function accountChoices(rules: RuleFile, platform: Platform): AccountChoice[] {
  const listed = rules.accounts.flatMap((account) => {
    if (account.platform !== platform) return [];
    const who = t('dialog_account_role', [
      displayHandle(platform, account.handle),
      roleWord(account.role),
    ]);
    const label = account.label ? t('options_try_account_labelled', [who, account.label]) : who;
    return [{ value: `${LISTED}${account.handle}`, label }];
  });
  return [
    ...listed,
    { value: OTHER, label: t('options_try_account_other') },
    { value: NOT_SHOWN, label: t('options_try_account_not_shown') },
  ];
}

/** The site a first try starts on: the first in the registry the rules list an account on. */
export function firstPlatform(rules: RuleFile): Platform {
  return PLATFORMS.find((p) => rules.accounts.some((a) => a.platform === p)) ?? PLATFORMS[0];
}

/** `value` if it is one of `choices`, else the first (the rules changed under the choice). */
export function validChoice(choices: readonly AccountChoice[], value: string): string {
  return choices.some((c) => c.value === value) ? value : (choices[0]?.value ?? NOT_SHOWN);
}

/** The account as the engine takes it, as a page would show it for this choice. */
export function accountSeen(
  rules: RuleFile,
  platform: Platform,
  value: string,
  otherName: string,
): AccountSeen {
  if (value === OTHER) return { platform, handle: otherName };
  const handle = value.startsWith(LISTED) ? value.slice(LISTED.length) : null;
  const account = rules.accounts.find((a) => a.platform === platform && a.handle === handle);
  if (account) return { platform, handle: account.handle };
  // What the guard says when the page does not show the account (content/account-seen.ts).
  return { platform, handle: null, reason: t('site_problem_account_not_shown') };
}
