// How sentences made by pure core code reach people in their own language.
//
// Core code (the engine, the rule file checks) runs in the content script, the
// background, the pages, unit tests and tools, and must not call browser.i18n.
// So each sentence it makes is a Localizable: a key of
// _locales/<lang>/messages.json and its substitutions (words from the rule
// file, handles, numbers). A substitution may itself be a Localizable (a
// quoted word, a list joined with "and"), so a translator controls every word
// and mark.
//
// Core also keeps the English of each key in a table of templates beside the
// code that makes the sentences (tests/unit/i18n-messages.test.ts checks that
// the tables say what the `en` messages.json says). Rendering with that table
// gives the English text that tests, the audit log and tools read; the UI
// renders the same Localizable with `t` and falls back to the English when a
// key has no message.

export interface Localizable {
  /** A key of _locales/<lang>/messages.json. */
  key: string;
  /** $1, $2, … of the message, in order. */
  params: readonly LocalizableParam[];
}

/** A string is shown as it is in every language (a handle, a path, a number). */
export type LocalizableParam = string | Localizable;

export function localizable(key: string, ...params: LocalizableParam[]): Localizable {
  return { key, params };
}

/**
 * A page's `t` (browser.i18n behind it), for core code that writes whole texts
 * from message keys (the incident report and drafts): a missing message shows
 * its key.
 */
export type Text = (key: string, substitutions?: string[]) => string;

/** Returns the message, or null when `translate` knows no message for the key. */
export type Translate = (key: string, substitutions: string[]) => string | null;

/** The text of `message`, or null when any key in it has no translation. */
export function renderLocalizable(message: LocalizableParam, translate: Translate): string | null {
  if (typeof message === 'string') return message;
  const params: string[] = [];
  for (const param of message.params) {
    const text = renderLocalizable(param, translate);
    if (text === null) return null;
    params.push(text);
  }
  return translate(message.key, params);
}

/** English, with $1, $2, … for the substitutions in order. */
export type Templates = Readonly<Record<string, string>>;

/** A Translate that fills in `templates` (null for a key the table lacks). */
export function fromTemplates(templates: Templates): Translate {
  return (key, params) => {
    const template = templates[key];
    return template === undefined
      ? null
      : template.replace(/\$([1-9])/gu, (_, n: string) => params[Number(n) - 1] ?? '');
  };
}
