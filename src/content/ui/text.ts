// The words Postguard's in-page UI shows, through _locales and browser.i18n (t).
import {
  reasonLocalizable,
  renderLocalizable,
  type Reason,
  type Translate,
  type Verdict,
} from '../../core/engine';
import { t } from '../../shared/i18n';

// One call per key, written out, so tests/unit/i18n-keys.test.ts can see every key used.
const ROLE_WORDS: Record<Verdict['role'], () => string> = {
  corporate: () => t('role_corporate'),
  professional: () => t('role_professional'),
  personal: () => t('role_personal'),
  unknown: () => t('role_unknown'),
};

/** `corporate`, `professional`, `personal` or `unknown account` (ui-contract.md). */
export function roleWord(role: Verdict['role']): string {
  return ROLE_WORDS[role]();
}

// t returns the key itself when there is no message for it.
const translate: Translate = (key, substitutions) => {
  const text = t(key, substitutions);
  return text === key ? null : text;
};

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
