// Every string a person sees goes through _locales (English now) and
// browser.i18n. `t` never throws: a missing message shows its key, so a gap
// is visible in the UI and caught by the test that compares keys.
import browser from 'webextension-polyfill';

export function t(key: string, substitutions?: string | string[]): string {
  try {
    const text = browser.i18n.getMessage(key, substitutions);
    if (text) return text;
  } catch {
    // Outside an extension (unit tests) or in a context that has lost it.
  }
  return key;
}
