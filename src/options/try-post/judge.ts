// "Try a post": the verdict the guard would give, and what its dialog would say. The same
// engine (core/engine evaluate) on the rules in force, and the same words as the dialog
// (shared/dialog-text.ts, shared/post-marks.ts). Loaded by TryAPost.tsx when the panel
// mounts, so the options page's first render does not wait for the engine.
//
// The engine compiles a rule file's terms once per rules object (core/engine/compiled.ts):
// the options page keeps one object per revision of the rules, so a keystroke costs one
// evaluate, never a compile (warmUp compiles ahead, when the admin comes to the panel).
import { evaluate, type AccountSeen, type Action, type Verdict } from '../../core/engine';
import { precompileRules } from '../../core/engine/compiled';
import { displayHandle } from '../../core/platforms';
import type { RuleFile } from '../../core/rules/schema';
import { precompileTone } from '../../core/tone/score';
import { dialogText, titleLine, type DialogText } from '../../shared/dialog-text';
import { t, uiLanguage } from '../../shared/i18n';
import { postsShown, type PostShown } from '../../shared/post-marks';

export interface TryInput {
  text: string;
  seen: AccountSeen;
  /** When the post is sent. */
  at: Date;
}

export interface Judgement {
  action: Action;
  /** The account's role, as the dialog colours it. */
  role: Verdict['role'];
  /** "Confirm: …", the verdict in words. */
  verdictLine: string;
  /** What the guard's dialog shows; null when the post goes out with no dialog. */
  dialog: DialogText | null;
  posts: PostShown[];
  /** The dialog's buttons, by name: Cancel, then "Post as …" or "Post anyway" if offered. */
  buttons: string[];
  /** The send delay's countdown that follows, for a corporate post that may go out. */
  delay: string | null;
  /** The time the post was tried at, in the person's words. */
  at: string;
  /** The whole verdict in one line, for the live region. */
  announcement: string;
}

const VERDICT_LINE: Record<Action, () => string> = {
  allow: () => t('options_try_verdict_allow'),
  confirm: () => t('options_try_verdict_confirm'),
  block: () => t('options_try_verdict_block'),
};

/** Compiles the rules' terms and the tone check's lists now (each once), not at a keystroke. */
export function warmUp(rules: RuleFile): void {
  precompileRules(rules);
  precompileTone();
}

/**
 * The verdict on `input` under `rules`. No writing styles are passed: the tone check judges
 * as on a browser that has learned none (a new install), the same for every admin.
 */
export function judgePost(input: TryInput, rules: RuleFile): Judgement {
  const texts = [input.text];
  const verdict = evaluate({ texts }, input.seen, rules, input.at);
  const { platform } = input.seen;
  const shown = verdict.account.shown;
  const accountShown = shown === null ? null : displayHandle(platform, shown);
  const dialog =
    verdict.action === 'allow'
      ? null
      : dialogText({ verdict, accountShown, allowOverride: rules.policy.allowOverride });
  const seconds = rules.policy.sendDelaySeconds;
  const delay =
    verdict.action !== 'block' && verdict.role === 'corporate' && seconds > 0
      ? t('options_try_delay', String(seconds))
      : null;
  const verdictLine = VERDICT_LINE[verdict.action]();
  const announcement = [
    verdictLine,
    dialog &&
      t('options_try_announce', [titleLine(dialog), dialog.reasons.map((r) => r.text).join('; ')]),
    delay,
  ]
    .filter(Boolean)
    .join(' ');
  return {
    action: verdict.action,
    role: verdict.role,
    verdictLine,
    dialog,
    posts: postsShown(texts, verdict),
    buttons: dialog ? [t('dialog_cancel'), ...(dialog.release ? [dialog.release] : [])] : [],
    delay,
    at: t('options_try_at', formatTime(input.at)),
    announcement,
  };
}

function formatTime(at: Date): string {
  try {
    return new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'full', timeStyle: 'short' }).format(
      at,
    );
  } catch {
    return at.toString();
  }
}
