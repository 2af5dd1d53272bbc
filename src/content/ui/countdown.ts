// The send delay's countdown (ui-contract.md): a released corporate post waits
// here with a button named `Undo`. It sits at the foot of the page, out of the
// way of the compose box, like a mail client's "undo send". The seconds shown
// tick without being announced; a screen reader hears one sentence when it
// starts and one when it ends. Only trusted events act: a page script cannot
// press Undo for the person (nor keep a post from being undone). Undo is the
// safe way (nothing is sent), so it needs no input protection; but a page that
// takes the panel away takes Undo away: it is put back, and if the page will not
// let it stay, the wait ends as undone (docs/security.md).
import { t } from '../../shared/i18n';
import { watchRemoval } from './integrity';
import { ownKeys } from './own-keys';
import { createShadowHost, h, isolateKeys, mountHost, ROLE_COLOURS } from './shadow-host';

const CSS = `
  ${ROLE_COLOURS}
  .panel { position: fixed; left: 50%; bottom: 1.5rem; transform: translateX(-50%); z-index: 2147483647;
    display: flex; gap: 1rem; align-items: center; box-sizing: border-box; max-width: calc(100vw - 2rem);
    padding: 0.75rem 1rem; border-radius: 10px; background: #202124; color: #fff;
    border-left: 8px solid var(--role); box-shadow: 0 8px 30px rgb(0 0 0 / 0.35);
    font: 15px/1.4 system-ui, sans-serif; }
  p { margin: 0; }
  .seconds { font-variant-numeric: tabular-nums; }
  button { font: inherit; font-weight: 700; padding: 0.4rem 1.1rem; border-radius: 999px; border: 0;
    background: #fff; color: #202124; cursor: pointer; }
  :focus-visible { outline: 3px solid #8ab4f8; outline-offset: 2px; }
  .sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
`;

export interface CountdownOptions {
  /** The account as the site shows it (X: `@handle`), or null. */
  accountShown: string | null;
  role: string;
  seconds: number;
  onUndo(): void;
}

export interface CountdownView {
  /** Shows the whole seconds left. */
  tick(secondsLeft: number): void;
  /** Says the post went (or did not) and removes the panel after a moment. */
  finish(message: string): void;
  remove(): void;
}

/** How long the closing sentence stays on screen. */
const FINISH_MS = 5_000;
/** Taken away more often than this, the panel gives up and the post is undone. */
const MAX_RESTORES = 3;

export function showCountdown(options: CountdownOptions): CountdownView {
  const { host, root } = createShadowHost('countdown', CSS);
  const account = options.accountShown ?? t('role_unknown');
  // Hidden from screen readers while it ticks: `announce` says it once instead.
  const text = h('p', { class: 'seconds', 'aria-hidden': 'true' });
  const announce = h(
    'p',
    { role: 'status', class: 'sr' },
    t('countdown_announce', [account, String(options.seconds)]),
  );
  const undo = h('button', { type: 'button' }, t('countdown_undo'));
  const panel = h(
    'div',
    { class: `panel ${options.role}`, role: 'region', 'aria-label': t('countdown_region') },
    text,
    undo,
    announce,
  );
  let undone = false;
  const doUndo = (event: Event) => {
    if (!event.isTrusted || undone) return;
    undone = true;
    options.onUndo();
  };
  undo.addEventListener('click', doUndo);
  // Keys pressed in the panel reach no listener of the page (own-keys.ts): Escape is ours.
  const stopOwnKeys = ownKeys(panel, (event) => {
    if (event.type === 'keydown' && event.key === 'Escape') doUndo(event);
  });
  root.append(panel);
  isolateKeys(host);
  mountHost(host, 'countdown'); // throws a UiError the guard catches: nothing half-shown yet
  // Focus on Undo: a person who pressed Ctrl+Enter can take it back with Enter.
  undo.focus();

  let restores = 0;
  let finished = false;
  const removal = watchRemoval(host, () => {
    if (finished) return;
    try {
      if (++restores > MAX_RESTORES) throw new Error('the page keeps removing it');
      mountHost(host, 'countdown');
      removal.rewatch();
    } catch {
      removal.stop();
      if (!undone) {
        undone = true;
        options.onUndo();
      }
    }
  });

  let timer = 0;
  return {
    tick(left) {
      text.textContent = t('countdown_text', [account, String(Math.max(0, left))]);
    },
    finish(message) {
      finished = true;
      stopOwnKeys();
      removal.stop();
      undo.remove();
      text.replaceChildren(message);
      text.removeAttribute('aria-hidden');
      announce.textContent = message;
      timer = window.setTimeout(() => host.remove(), FINISH_MS);
    },
    remove() {
      finished = true;
      stopOwnKeys();
      removal.stop();
      window.clearTimeout(timer);
      host.remove();
    },
  };
}
