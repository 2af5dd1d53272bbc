// The guard dialog (ui-contract.md): role=alertdialog, aria-modal, named with
// the account as the site shows it and its role word. Cancel is focused first
// and Escape cancels; the keyboard stays inside while it is open. Only trusted
// events act: a page script that clicks our buttons or types into the field
// achieves nothing.
import type { Verdict } from '../../core/engine';
import { normalizeHandle } from '../../core/rules/handles';
import { t } from '../../shared/i18n';
import { DIALOG_CSS } from './dialog-styles';
import { postPreview, reasonList } from './post-preview';
import { createShadowHost, h, isolateKeys } from './shadow-host';
import { trapFocus } from './focus-trap';
import { roleWord, sentenceWith } from './text';

export type DialogOutcome = 'released' | 'cancelled' | 'overridden';

export interface DialogOptions {
  verdict: Verdict;
  texts: string[];
  /** The account as the site shows it, or null when it cannot be seen. */
  accountShown: string | null;
  allowOverride: boolean;
  onDone(outcome: DialogOutcome): void;
}

function onTrusted<E extends Event>(handler: (event: E) => void) {
  return (event: E) => {
    if (event.isTrusted) handler(event);
  };
}

export function showDialog(options: DialogOptions): { close(): void } {
  const { verdict, accountShown } = options;
  const { host, root } = createShadowHost('dialog', DIALOG_CSS);
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
  const dialog = h(
    'div',
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
      blocked ? t('dialog_summary_blocked') : t('dialog_summary_confirm'),
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
    postPreview(options.texts, verdict),
    reasonList(verdict),
  );

  let finished = false;
  const finish = (outcome: DialogOutcome) => {
    if (finished) return;
    finished = true;
    close();
    options.onDone(outcome);
  };

  if (!blocked) {
    const post = h(
      'button',
      { type: 'button', class: 'release' },
      accountShown ? t('dialog_post_as', accountShown) : t('dialog_post_as_unknown'),
    );
    post.addEventListener(
      'click',
      onTrusted(() => finish('released')),
    );
    actions.append(post);
  } else if (options.allowOverride && accountShown) {
    const field = h('input', {
      id: 'pg-override',
      type: 'text',
      autocomplete: 'off',
      spellcheck: 'false',
    });
    const anyway = h(
      'button',
      { type: 'button', class: 'release', disabled: true },
      t('dialog_post_anyway'),
    );
    // Kept here, not read back from `disabled`: a page script can re-enable the button.
    let handleTyped = false;
    field.addEventListener(
      'input',
      onTrusted(() => {
        handleTyped = normalizeHandle(field.value) === normalizeHandle(accountShown);
        anyway.disabled = !handleTyped;
      }),
    );
    anyway.addEventListener(
      'click',
      onTrusted(() => handleTyped && finish('overridden')),
    );
    dialog.append(h('label', { for: 'pg-override' }, t('dialog_override_label')), field);
    actions.append(anyway);
  }
  cancel.addEventListener(
    'click',
    onTrusted(() => finish('cancelled')),
  );
  dialog.append(actions);
  dialog.addEventListener(
    'keydown',
    onTrusted((event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        finish('cancelled');
      }
    }),
  );

  root.append(h('div', { class: 'backdrop' }, dialog));
  isolateKeys(host);
  document.documentElement.append(host);
  const releaseTrap = trapFocus(dialog, host);
  cancel.focus();

  function close() {
    releaseTrap();
    host.remove();
  }
  return { close: () => finish('cancelled') };
}
