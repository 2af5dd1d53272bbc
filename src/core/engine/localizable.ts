// How the engine's sentences reach people in their own language.
//
// The engine is pure core code: it runs in the content script, in unit tests
// and in tools, and must not call browser.i18n. So each sentence it makes
// exists twice, built from the same call in messages.ts:
//
//   - Reason.message: the English sentence, as always. The audit, the tests and
//     any context without translations read it; it is also the fallback.
//   - a Localizable: the sentence's key in _locales/<lang>/messages.json and its
//     substitutions (the rule file's words, handles, lists). A substitution may
//     itself be a Localizable (a quoted word, "words starting with …", a list
//     joined with "and"), so a translator controls every word and mark.
//
// The UI renders the Localizable with its own translate function (browser.i18n
// behind `t`) and shows the English message if any key is missing. The
// alternative, injecting a formatter into evaluate(), would need every caller
// (the guard, the indicator, tests) to pass one, and the audit log would record
// sentences in whatever language the person happened to use.
//
// The Localizable is kept beside its reason in a WeakMap rather than as a field:
// a Reason stays the plain data it was (the audit log and the tests compare it
// whole), and a reason that was copied simply shows its English message.
import type { Reason } from './types';

export interface Localizable {
  /** A key of _locales/<lang>/messages.json. */
  key: string;
  /** $1, $2, … of the message, in order. */
  params: readonly LocalizableParam[];
}

export type LocalizableParam = string | Localizable;

export function localizable(key: string, ...params: LocalizableParam[]): Localizable {
  return { key, params };
}

/** Returns the message, or null when `translate` knows no message for the key. */
export type Translate = (key: string, substitutions: string[]) => string | null;

/** The text of `message`, or null when any key in it has no translation. */
export function renderLocalizable(message: Localizable, translate: Translate): string | null {
  const params: string[] = [];
  for (const param of message.params) {
    const text = typeof param === 'string' ? param : renderLocalizable(param, translate);
    if (text === null) return null;
    params.push(text);
  }
  return translate(message.key, params);
}

const localizables = new WeakMap<Reason, Localizable>();

export function setReasonLocalizable(reason: Reason, message: Localizable): void {
  localizables.set(reason, message);
}

/** The key and substitutions of the reason's message, when it was made by the engine. */
export function reasonLocalizable(reason: Reason): Localizable | undefined {
  return localizables.get(reason);
}
