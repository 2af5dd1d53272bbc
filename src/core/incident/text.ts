/**
 * The page's `t` (browser.i18n behind it): core builds sentences from message
 * keys without calling a browser API itself.
 */
export type Text = (key: string, substitutions?: string[]) => string;
