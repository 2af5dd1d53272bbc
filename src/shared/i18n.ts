// Every string a person sees goes through _locales (English now) and
// browser.i18n. `t` never throws: a missing message shows its key, so a gap
// is visible in the UI and caught by the test that compares keys.
import browser from 'webextension-polyfill';
import { renderLocalizable, type Translate } from '../core/localizable';
import type { RuleIssue } from '../core/rules/issues';
import type { Role } from '../core/rules/schema';

export function t(key: string, substitutions?: string | string[]): string {
  try {
    const text = browser.i18n.getMessage(key, substitutions);
    if (text) return text;
  } catch {
    // Outside an extension (unit tests) or in a context that has lost it.
  }
  return key;
}

/** The browser's language for formatting (lists, dates); English when it cannot say. */
export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}

/**
 * `t` for core's Localizables (core/localizable.ts): null for a key with no
 * message, so the caller shows core's English instead of a key.
 */
export const translate: Translate = (key, substitutions) => {
  const text = t(key, substitutions);
  return text === key ? null : text;
};

// One call per key, written out, so tests/unit/i18n-keys.test.ts sees every key.
const ROLE_WORDS: Record<Role | 'unknown', () => string> = {
  corporate: () => t('role_corporate'),
  professional: () => t('role_professional'),
  personal: () => t('role_personal'),
  unknown: () => t('role_unknown'),
};

/** `corporate`, `professional`, `personal` or `unknown account` (ui-contract.md). */
export function roleWord(role: Role | 'unknown'): string {
  return ROLE_WORDS[role]();
}

/**
 * A rule file's problems as `path: message` lines in the browser's language: for the
 * content script, which has no copy of core's English sentences. A message the locale
 * lacks shows its key (as `t` does), so a gap is visible.
 */
export function translatedIssueLines(issues: readonly RuleIssue[]): string[] {
  return issues.map(({ path, message }) => {
    const text =
      renderLocalizable(message, translate) ??
      (typeof message === 'string' ? message : message.key);
    return path === null ? text : `${path}: ${text}`;
  });
}
