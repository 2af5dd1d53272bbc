// Finding LinkedIn's share modal: inside the open shadow root of the 2026 shell's
// `#interop-outlet`, or in the light DOM on the older shell (docs/sites/linkedin.md#shells).
// Only an OPEN modal counts as a compose box: LinkedIn keeps a hidden copy of the sharebox
// from its /preload page in the light DOM (the decoy), and the messaging overlay is a
// second dialog with an editor of its own; neither is a share modal that is open.
import type { ComposeSurface } from '../adapter';
import { closestAny, queryAllDeep, queryFirst } from '../dom';
import { LINKEDIN_SELECTORS as S } from './selectors';
import { squash } from './text';

/** The outermost share modal around `el` (the selectors may match nested elements). */
export function shareModalOf(el: Element): Element | null {
  let modal: Element | null = null;
  let next = closestAny(el, S.shareModal);
  while (next) {
    modal = next;
    next = next.parentElement && closestAny(next.parentElement, S.shareModal);
  }
  return modal;
}

/** The element's parent, or its shadow root's host. */
const parentOf = (el: Element): Element | null =>
  el.parentElement ?? ((el.parentNode as ShadowRoot | null)?.host || null);

/**
 * Whether a person can see the modal: nothing around it, up to the document and across
 * shadow hosts, is hidden, aria-hidden, inert or not displayed. (jsdom has no
 * checkVisibility; its computed display is per element, so the walk asks each one.)
 */
export function isOpenModal(modal: Element): boolean {
  const view = modal.ownerDocument.defaultView;
  for (let el: Element | null = modal; el; el = parentOf(el)) {
    if (el.hasAttribute('hidden') || el.hasAttribute('inert')) return false;
    if (el.getAttribute('aria-hidden') === 'true') return false;
    if (view?.getComputedStyle(el).display === 'none') return false;
  }
  return true;
}

/** Every open share modal on the page, in the light DOM and in known open shadow roots. */
export function openShareModals(doc: Document): Element[] {
  const all = queryAllDeep(doc, S.shareModal, S.shadowHost);
  return all.filter((m) => !all.some((o) => o !== m && o.contains(m)) && isOpenModal(m));
}

/** A button in the modal named exactly as LinkedIn names its send ("Post", "Schedule"). */
export function labelledSend(target: Element, modal: Element): HTMLElement | null {
  const button = target.closest('button, [role="button"]');
  if (!button || !modal.contains(button)) return null;
  const name = squash(button.getAttribute('aria-label') ?? button.textContent ?? '');
  return (S.sendLabels as readonly string[]).includes(name) ? (button as HTMLElement) : null;
}

export function surfaceOf(modal: Element): ComposeSurface {
  const editor = queryFirst(modal, S.editor);
  const sendControl = (queryFirst(modal, S.sendButton) ??
    [...modal.querySelectorAll('button')].find((b) => labelledSend(b, modal)) ??
    null) as HTMLElement | null;
  return { root: modal, kind: 'share-modal', editors: editor ? [editor] : [], sendControl };
}
