// The guard dialog's elements (ui-contract.md), built afresh from what the
// content script knows: the first time, and every time the page has tampered
// with them (dialog.ts re-renders rather than trust what is in the DOM now).
import type { Verdict } from '../../core/engine';
import { dialogText } from '../../shared/dialog-text';
import { t } from '../../shared/i18n';
import { postsShown } from '../../shared/post-marks';
import { postPreview, reasonList } from './post-preview';
import { h } from './shadow-host';

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
  const { verdict } = content;
  // The words are shared/dialog-text.ts's: the options page's "Try a post" shows the same.
  const text = dialogText(content);
  const [before, after] = text.title;
  const title = h(
    'h2',
    { id: 'pg-title' },
    ...[before, h('span', { class: 'account' }, text.badge), after].filter((part) => part !== ''),
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
    h('p', { id: 'pg-summary', class: 'summary' }, text.summary),
    text.sombre === null ? null : h('p', { class: 'sombre' }, text.sombre),
    postPreview(postsShown(content.texts, verdict)),
    reasonList(text.reasons),
  );

  let release: HTMLButtonElement | null = null;
  let field: HTMLInputElement | null = null;
  const releaseLabel = text.release ?? '';
  if (text.release !== null) {
    release = h('button', { type: 'button', class: 'release' }, releaseLabel);
  }
  if (text.override && release) {
    field = h('input', {
      id: 'pg-override',
      type: 'text',
      autocomplete: 'off',
      spellcheck: 'false',
    });
    release.disabled = true;
    dialog.append(h('label', { for: 'pg-override' }, t('dialog_override_label')), field);
  }
  // Not armed yet (input-protection.ts): said in the DOM, for people and tests alike.
  release?.setAttribute('aria-disabled', 'true');
  if (release) actions.append(release);
  dialog.append(actions);
  return { dialog, cancel, release, releaseLabel, field };
}
