// How the engine's sentences reach people in their own language.
//
// The engine is pure core code and must not call browser.i18n, so each
// sentence it makes exists twice, built from the same call in sentences.ts
// (the general pattern is in ../localizable.ts):
//
//   - Reason.message: the English sentence, as always. The audit, the tests and
//     any context without translations read it; it is also the fallback.
//   - a Localizable: the sentence's key in _locales/<lang>/messages.json and its
//     substitutions.
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
import type { Localizable } from '../localizable';
import type { Reason } from './types';

const localizables = new WeakMap<Reason, Localizable>();

export function setReasonLocalizable(reason: Reason, message: Localizable): void {
  localizables.set(reason, message);
}

/** The key and substitutions of the reason's message, when it was made by the engine. */
export function reasonLocalizable(reason: Reason): Localizable | undefined {
  return localizables.get(reason);
}
