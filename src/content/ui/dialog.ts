// The guard dialog (ui-contract.md): role=alertdialog, aria-modal, named with
// the account as the site shows it and its role word. Cancel is focused first
// and Escape cancels; the keyboard stays inside while it is open.
//
// The page is hostile (docs/security.md). Only trusted events act. The dialog
// is a native <dialog> shown with showModal(): top layer, page inert. A release
// ("Post as", "Post anyway") acts only when armed (input-protection.ts), when
// the root is as we built it (integrity.ts) with the button's true label, when
// the button is seen under the pointer (visibility.ts), and, from the keyboard,
// only if the person put focus on it. Anything else: rendered afresh from what
// this isolated world knows, and asked again. If the page removes or closes the
// dialog it comes back; if the page will not let it stay, it ends as cancelled
// (nothing sent) so the guard is never stuck.
import { normalizeHandle } from '../../core/rules/handles';
import { buildDialog, type DialogContent, type DialogView } from './dialog-view';
import { DIALOG_CSS } from './dialog-styles';
import { trapFocus, type FocusTrap } from './focus-trap';
import { createInputProtection } from './input-protection';
import { sealRoot, watchRemoval } from './integrity';
import { createShadowHost, h, hostCss, isolateKeys, mountHost, UiError } from './shadow-host';

export type DialogOutcome = 'released' | 'cancelled' | 'overridden';

export interface DialogOptions extends DialogContent {
  onDone(outcome: DialogOutcome): void;
}

/** How often the dialog looks at itself: shown, intact, armed. */
const CHECK_MS = 100;
/** Put back more often than this in RESTORE_WINDOW_MS, the dialog ends as cancelled. */
const MAX_RESTORES = 3;
const RESTORE_WINDOW_MS = 5_000;
/** Tampering answered at once up to this many times a second; then at the next check. */
const MAX_QUICK_RENDERS = 5;

const isModal = (dialog: HTMLDialogElement) => {
  try {
    return dialog.matches(':modal');
  } catch {
    return dialog.open; // a DOM without :modal (tests' jsdom)
  }
};

export function showDialog(options: DialogOptions): { close(): void } {
  const { host, root } = createShadowHost('dialog', DIALOG_CSS);
  const blocked = options.verdict.action === 'block';
  const protection = createInputProtection();
  let view!: DialogView;
  let trap: FocusTrap | null = null;
  let finished = false;
  /** What the person typed into the override field (trusted input only). */
  let typed = '';
  let handleTyped = false;
  let restores: number[] = [];
  let quickRenders: number[] = [];
  let dirty = false;

  const seal = sealRoot(root, () => renderSoon());
  const removal = watchRemoval(host, () => restore());
  const checker = window.setInterval(check, CHECK_MS);
  isolateKeys(host);

  function teardown() {
    finished = true;
    window.clearInterval(checker);
    trap?.release();
    protection.stop();
    seal.stop();
    removal.stop();
    if (view?.dialog.open) view.dialog.close();
    host.remove();
  }
  function finish(outcome: DialogOutcome) {
    if (finished) return;
    teardown();
    options.onDone(outcome);
  }

  /** Builds the dialog afresh and shows it modal, Cancel focused, unarmed. */
  function render() {
    trap?.release();
    const old = view?.dialog;
    view = buildDialog(options);
    wire(view);
    if (old?.open) old.close();
    root.replaceChildren(h('style', {}, hostCss('inline', DIALOG_CSS)), view.dialog);
    try {
      view.dialog.showModal();
    } catch (error) {
      throw new UiError('dialog', error);
    }
    const shown = view;
    trap = trapFocus(
      view.dialog,
      host,
      () => finish('cancelled'),
      (event) => onKey(shown, event),
    );
    trap.focus(view.cancel);
    protection.restart({ host, root, dialog: view.dialog, release: view.release });
    seal.reseal();
  }

  /** Renders again (the page changed what it shows); if that fails, nothing is sent. */
  function rerender() {
    dirty = false;
    if (finished) return;
    try {
      render();
    } catch {
      finish('cancelled');
    }
  }
  function renderSoon() {
    const now = Date.now();
    quickRenders = quickRenders.filter((at) => now - at < 1000);
    // A page that tampers after every rendering gets one per check, not a loop.
    if (quickRenders.length >= MAX_QUICK_RENDERS) dirty = true;
    else {
      quickRenders.push(now);
      rerender();
    }
  }

  /** The host was removed or the dialog closed by the page: shown again, within reason. */
  function restore() {
    if (finished) return;
    const now = Date.now();
    restores = [...restores.filter((at) => now - at < RESTORE_WINDOW_MS), now];
    if (restores.length > MAX_RESTORES) return finish('cancelled');
    try {
      if (!host.isConnected) mountHost(host, 'dialog');
      removal.rewatch();
      render();
    } catch {
      finish('cancelled');
    }
  }

  function check() {
    if (finished) return;
    if (!host.isConnected || !view.dialog.open || !isModal(view.dialog)) return restore();
    if (dirty || !seal.intact()) return rerender();
    if (protection.tick()) seal.reseal();
  }

  /** The release button as we built it: our label, in our dialog, a plain button. */
  const releaseTrue = (v: DialogView, button: HTMLButtonElement) =>
    button === v.release &&
    button.textContent === v.releaseLabel &&
    v.dialog.contains(button) &&
    !button.hasAttribute('role') &&
    seal.intact();

  function wire(v: DialogView) {
    const current = () => !finished && v === view;
    v.cancel.addEventListener('click', (event) => {
      // Cancel is always safe: it sends nothing, so it needs no more than a person.
      if (event.isTrusted && current()) finish('cancelled');
    });
    v.release?.addEventListener('click', (event) => {
      if (!event.isTrusted || !current() || !protection.armed()) return;
      if (blocked && !handleTyped) return;
      // Not what we built, or not what the person can see: show it true, ask again.
      if (!releaseTrue(v, v.release!) || !protection.seenAt(event)) return rerender();
      finish(blocked ? 'overridden' : 'released');
    });
    // Keys pressed in the dialog come through the focus trap (onKey), not listeners here.
    // Escape's own close request: ours to act on (cancel), never the browser's close.
    v.dialog.addEventListener('cancel', (event) => {
      event.preventDefault();
      if (event.isTrusted && current()) finish('cancelled');
    });
    v.dialog.addEventListener('close', () => {
      if (current()) restore(); // closed by the page, not by us
    });
    if (v.field) wireField(v, v.field);
  }

  function onKey(v: DialogView, event: KeyboardEvent) {
    if (!event.isTrusted || v !== view) return;
    if (event.type === 'keydown' && event.key === 'Escape') {
      event.preventDefault();
      return finish('cancelled');
    }
    // Enter (on keydown) and Space (on keyup) activate a button: a release only
    // when armed and when the person, not a script, put focus on it.
    const release = v.release;
    // Keys come from window's capture phase (own-keys.ts), where `target` is our host: the
    // element pressed on is the first of the composed path.
    const pressedOn = event.composedPath()[0];
    if (!release || pressedOn !== release || (event.key !== 'Enter' && event.key !== ' ')) return;
    if (!protection.armed() || !trap?.byPerson(release)) event.preventDefault();
  }

  function wireField(v: DialogView, field: HTMLInputElement) {
    field.value = typed;
    v.release!.disabled = !handleTyped;
    field.addEventListener('beforeinput', (event) => {
      // A page script may have filled the field in: the person's edit applies to theirs.
      if (event.isTrusted && field.value !== typed) field.value = typed;
    });
    field.addEventListener('input', (event) => {
      if (!event.isTrusted || v !== view) return;
      typed = field.value;
      handleTyped = normalizeHandle(typed) === normalizeHandle(options.accountShown ?? '');
      v.release!.disabled = !handleTyped;
      seal.reseal();
    });
  }

  try {
    mountHost(host, 'dialog');
    removal.rewatch();
    render();
  } catch (error) {
    teardown(); // never a half-open dialog: everything undone, and the guard told why
    throw error instanceof UiError ? error : new UiError('dialog', error);
  }
  return { close: () => finish('cancelled') };
}
