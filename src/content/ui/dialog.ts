// The guard dialog (ui-contract.md): role=alertdialog, aria-modal, named with
// the account as the site shows it and its role word. Cancel is focused first
// and Escape cancels. Only trusted events act: a page script that clicks our
// buttons or types into the field achieves nothing.
import type { Verdict } from '../../core/engine';
import { normalizeHandle } from '../../core/rules/accounts';
import { DIALOG_CSS } from './dialog-styles';
import { postPreview, reasonList } from './post-preview';
import { createShadowHost, h, isolateKeys } from './shadow-host';
import { trapFocus } from './focus-trap';

export type DialogOutcome = 'released' | 'cancelled' | 'overridden';

export interface DialogOptions {
  verdict: Verdict;
  texts: string[];
  /** The account as the site shows it, or null when it cannot be seen. */
  accountShown: string | null;
  allowOverride: boolean;
  onDone(outcome: DialogOutcome): void;
}

export function roleWord(verdict: Verdict): string {
  return verdict.role === 'unknown' ? 'unknown account' : verdict.role;
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
  const who = accountShown ? `${accountShown} · ${roleWord(verdict)}` : 'unknown account';
  const title = h(
    'h2',
    { id: 'pg-title' },
    blocked ? 'Blocked: posting as ' : 'Check: posting as ',
  );
  title.append(h('span', { class: 'account' }, who));

  const cancel = h('button', { type: 'button' }, 'Cancel');
  const actions = h('div', { class: 'actions' }, cancel);
  const dialog = h(
    'div',
    {
      role: 'alertdialog',
      'aria-modal': 'true',
      'aria-labelledby': 'pg-title',
      'aria-describedby': 'pg-summary',
      class: verdict.role,
    },
    title,
    h(
      'p',
      { id: 'pg-summary', class: 'summary' },
      blocked
        ? 'This post cannot go out from this account.'
        : 'This post needs your confirmation before it goes out.',
    ),
    verdict.sombre.on
      ? h(
          'p',
          { class: 'sombre' },
          `Sombre-event mode is on: ${verdict.sombre.reason ?? 'no reason given'}`,
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

  if (!blocked && accountShown) {
    const postAs = h('button', { type: 'button', class: 'release' }, `Post as ${accountShown}`);
    postAs.addEventListener(
      'click',
      onTrusted(() => finish('released')),
    );
    actions.append(postAs);
  } else if (!blocked) {
    const post = h('button', { type: 'button', class: 'release' }, 'Post as unknown account');
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
    const anyway = h('button', { type: 'button', class: 'release', disabled: true }, 'Post anyway');
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
    dialog.append(h('label', { for: 'pg-override' }, 'Type the account name to confirm'), field);
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
  const releaseTrap = trapFocus(dialog);
  document.documentElement.append(host);
  cancel.focus();

  function close() {
    releaseTrap();
    host.remove();
  }
  return { close: () => finish('cancelled') };
}
