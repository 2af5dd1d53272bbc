// The guard dialog's elements (ui-contract.md), built afresh from what the
// content script knows: the first time, and every time the page has tampered
// with them (dialog.ts re-renders rather than trust what is in the DOM now).
import type { Verdict } from '../../core/engine';
import { roleWord, t } from '../../shared/i18n';
import { postPreview, reasonList } from './post-preview';
import { h } from './shadow-host';
import { sentenceWith } from './wording';

export interface DialogContent {
  verdict: Verdict;
  texts: string[];
  /** The account as the site shows it, or null when it cannot be seen. */
  accountShown: string | null;
  allowOverride: boolean;
}

export interface DialogView {
  dialog: HTMLDialogElement;
  cancel: HTMLButtonElement;
  /** "Post as …" (confirm) or "Post anyway" (override), if the verdict has one. */
  release: HTMLButtonElement | null;
  /** The true text of `release`, kept here where the page cannot change it. */
  releaseLabel: string;
  /** The handle field of an override. */
  field: HTMLInputElement | null;
}

export function buildDialog(content: DialogContent): DialogView {
  const { verdict, accountShown } = content;
  const blocked = verdict.action === 'block';
  const who = accountShown
    ? t('dialog_account_role', [accountShown, roleWord(verdict.role)])
    : t('role_unknown');
  const title = h(
    'h2',
    { id: 'pg-title' },
    ...sentenceWith(
      blocked ? 'dialog_title_blocked' : 'dialog_title_check',
      h('span', { class: 'account' }, who),
    ),
  );
  const cancel = h('button', { type: 'button' }, t('dialog_cancel'));
  const actions = h('div', { class: 'actions' }, cancel);
  // A native <dialog> for the top layer and the inert page; role=alertdialog
  // keeps what assistive tools and tests know it by.
  const dialog = h(
    'dialog',
    {
      role: 'alertdialog',
      'aria-modal': 'true',
      'aria-labelledby': 'pg-title',
      'aria-describedby': 'pg-summary',
      // Focusable by script only: a click on the dialog's text or on its disabled
      // button lands here rather than on the page behind (see focus-trap.ts).
      tabindex: '-1',
      class: verdict.role,
    },
    title,
    h(
      'p',
      { id: 'pg-summary', class: 'summary' },
      !blocked
        ? t('dialog_summary_confirm')
        : (verdict.accounts?.length ?? 0) > 1
          ? t('dialog_summary_blocked_together')
          : t('dialog_summary_blocked'),
    ),
    verdict.sombre.on
      ? h(
          'p',
          { class: 'sombre' },
          verdict.sombre.reason === undefined
            ? t('dialog_sombre_no_reason')
            : t('dialog_sombre', verdict.sombre.reason),
        )
      : null,
    postPreview(content.texts, verdict),
    reasonList(verdict),
  );

  let release: HTMLButtonElement | null = null;
  let releaseLabel = '';
  let field: HTMLInputElement | null = null;
  if (!blocked) {
    releaseLabel = accountShown ? t('dialog_post_as', accountShown) : t('dialog_post_as_unknown');
    release = h('button', { type: 'button', class: 'release' }, releaseLabel);
  } else if (content.allowOverride && accountShown) {
    releaseLabel = t('dialog_post_anyway');
    field = h('input', {
      id: 'pg-override',
      type: 'text',
      autocomplete: 'off',
      spellcheck: 'false',
    });
    release = h('button', { type: 'button', class: 'release', disabled: true }, releaseLabel);
    dialog.append(h('label', { for: 'pg-override' }, t('dialog_override_label')), field);
  }
  // Not armed yet (input-protection.ts): said in the DOM, for people and tests alike.
  release?.setAttribute('aria-disabled', 'true');
  if (release) actions.append(release);
  dialog.append(actions);
  return { dialog, cancel, release, releaseLabel, field };
}
