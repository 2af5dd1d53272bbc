// The toolbar badge: the role of the account a guarded tab posts as, at a
// glance, per tab (with no rules in force, none: `?`). The content script
// reports changes (`guard/status`); the badge is set for that tab only, so
// other tabs keep theirs. The browser clears a tab's badge and title when the
// tab navigates, so a tab that leaves the guarded sites shows none, with no
// listener needed here (which also keeps the worker free of state: it may be
// stopped at any time).
import browser from 'webextension-polyfill';
import { platformInfo, type Platform } from '../core/platforms';
import type { Role } from '../core/rules/schema';
import { roleWord, t } from '../shared/i18n';

export type BadgeRole = Role | 'unknown';

export interface BadgeLook {
  /** The message key of the badge's text (at most four characters in every language). */
  textKey: string;
  background: string;
  text: string;
}

/** Warning red, amber, green and grey; text colours chosen for contrast on each. */
export const BADGE_LOOKS: Record<BadgeRole, BadgeLook> = {
  corporate: { textKey: 'badge_corporate', background: '#b3261e', text: '#ffffff' },
  professional: { textKey: 'badge_professional', background: '#f9ab00', text: '#000000' },
  personal: { textKey: 'badge_personal', background: '#1e6b34', text: '#ffffff' },
  unknown: { textKey: 'badge_unknown', background: '#5f6368', text: '#ffffff' },
};

export interface GuardStatus {
  platform: Platform;
  /** As the site shows it (X: `@handle`); null when it cannot be detected. */
  account: string | null;
  role: BadgeRole;
  healthy: boolean;
  /** No rules in force: no role is shown (the role is the default rules' guess). */
  noRules?: boolean;
}

/** The button's tooltip: who this tab posts as, and whether Postguard needs attention. */
export function badgeTitle(status: GuardStatus): string {
  const platform = t(platformInfo(status.platform).nameKey);
  const title =
    status.account === null
      ? t('badge_title_unknown', [platform])
      : status.noRules
        ? t('badge_title_no_rules', [status.account, platform])
        : t('badge_title', [status.account, roleWord(status.role), platform]);
  return status.healthy ? title : t('badge_title_problem', [title]);
}

/** Shows `status` on the toolbar button of tab `tabId` only. */
export async function showGuardBadge(tabId: number, status: GuardStatus): Promise<void> {
  const look = BADGE_LOOKS[status.noRules ? 'unknown' : status.role];
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: t(look.textKey) }),
    browser.action.setBadgeBackgroundColor({ tabId, color: look.background }),
    // Firefox and Chrome 110+; Postguard needs Chrome 120.
    browser.action.setBadgeTextColor({ tabId, color: look.text }),
    browser.action.setTitle({ tabId, title: badgeTitle(status) }),
  ]);
}
