// What the guard dialog says about a verdict (ui-contract.md), as plain data in the
// person's language: its title around the account badge, the summary, the sombre-event
// line, every reason with its matched words, and the release button's label. The content
// script's dialog (content/ui/dialog-view.ts) builds its elements from this, and the
// options page's "Try a post" (options/try-post/) shows the same words, so an admin who
// tries a post reads exactly what a person posting it would.
import { reasonLocalizable, renderLocalizable, type Action, type Reason } from '../core/engine';
import type { Verdict } from '../core/engine';
import { roleWord, t, translate } from './i18n';

/** What the dialog is shown for. */
export interface DialogSubject {
  verdict: Verdict;
  /** The account as the site shows it (`@KingsfordGov`), or null when it cannot be seen. */
  accountShown: string | null;
  /** Whether the rules let a person post a blocked post anyway (policy.allowOverride). */
  allowOverride: boolean;
}

/** One reason as the dialog lists it. */
export interface ReasonLine {
  action: Action;
  text: string;
  /** The matched words, each once, highlighted after the sentence. */
  words: string[];
  /** The admin's note for a banned term. */
  note?: string;
}

export interface DialogText {
  /** The title's text before and after the account badge. */
  title: [before: string, after: string];
  /** The account badge: `@KingsfordGov · corporate`, or `unknown account`. */
  badge: string;
  summary: string;
  /** The sombre-event line, when that mode is on. */
  sombre: string | null;
  reasons: ReasonLine[];
  /** "Post as …" (confirm) or "Post anyway" (override); null when the dialog offers neither. */
  release: string | null;
  /** A blocked post that may go anyway once the person types the account's name. */
  override: boolean;
}

/** A reason's sentence in the person's language; the engine's English when a message is missing. */
export function reasonText(reason: Reason): string {
  const message = reasonLocalizable(reason);
  return (message && renderLocalizable(message, translate)) ?? reason.message;
}

const SLOT = '\uE000'; // a private-use character: never in a translation

/**
 * The text of message `key` before and after its one placeholder (e.g. the account badge
 * in "Blocked: posting as @handle · corporate"): the translation decides where it goes.
 * A translation without the placeholder puts the element at the end, after a space.
 */
export function sentenceAround(key: string): [before: string, after: string] {
  const text = t(key, SLOT);
  const at = text.indexOf(SLOT);
  return at < 0 ? [`${text} `, ''] : [text.slice(0, at), text.slice(at + 1)];
}

export function reasonLines(verdict: Verdict): ReasonLine[] {
  return verdict.reasons.map((reason) => {
    // The tone check's sentence names each cue's words itself (core/engine/tone.ts).
    const words =
      reason.code === 'reads-personal' ? [] : [...new Set(reason.spans.map((s) => s.text))];
    const line: ReasonLine = { action: reason.action, text: reasonText(reason), words };
    if (reason.note) line.note = reason.note;
    return line;
  });
}

export function dialogText({ verdict, accountShown, allowOverride }: DialogSubject): DialogText {
  const blocked = verdict.action === 'block';
  const badge = accountShown
    ? t('dialog_account_role', [accountShown, roleWord(verdict.role)])
    : t('role_unknown');
  const summary = !blocked
    ? t('dialog_summary_confirm')
    : (verdict.accounts?.length ?? 0) > 1
      ? t('dialog_summary_blocked_together')
      : t('dialog_summary_blocked');
  const sombre = !verdict.sombre.on
    ? null
    : verdict.sombre.reason === undefined
      ? t('dialog_sombre_no_reason')
      : t('dialog_sombre', verdict.sombre.reason);
  const override = blocked && allowOverride && Boolean(accountShown);
  const release = !blocked
    ? accountShown
      ? t('dialog_post_as', accountShown)
      : t('dialog_post_as_unknown')
    : override
      ? t('dialog_post_anyway')
      : null;
  return {
    title: sentenceAround(blocked ? 'dialog_title_blocked' : 'dialog_title_check'),
    badge,
    summary,
    sombre,
    reasons: reasonLines(verdict),
    release,
    override,
  };
}

/** The dialog's accessible name: its title as one line. */
export function titleLine(text: Pick<DialogText, 'title' | 'badge'>): string {
  return `${text.title[0]}${text.badge}${text.title[1]}`;
}
