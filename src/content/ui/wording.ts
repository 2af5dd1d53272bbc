// What Postguard's in-page UI says beyond one message of _locales (t,
// shared/i18n.ts): a reason the engine gave, and a sentence with an element
// inside it.
import { reasonLocalizable, renderLocalizable, type Reason } from '../../core/engine';
import { t, translate } from '../../shared/i18n';

/** A reason's sentence in the person's language; the engine's English when a message is missing. */
export function reasonText(reason: Reason): string {
  const message = reasonLocalizable(reason);
  return (message && renderLocalizable(message, translate)) ?? reason.message;
}

const SLOT = '\uE000'; // a private-use character: never in a translation

/**
 * A sentence with an element in its one placeholder (e.g. the account badge in
 * "Blocked: posting as @handle · corporate"): the translation decides where it goes.
 */
export function sentenceWith(key: string, element: Node): (string | Node)[] {
  const text = t(key, SLOT);
  const at = text.indexOf(SLOT);
  const parts = at < 0 ? [text, ' ', element] : [text.slice(0, at), element, text.slice(at + 1)];
  return parts.filter((part) => part !== '');
}
