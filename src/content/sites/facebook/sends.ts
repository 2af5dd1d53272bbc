// Which clicks and keys send on Facebook. Its controls are div[role=button]
// that act on Enter and Space themselves (no click follows), comments send on
// plain Enter, and no shortcut is known for posts (Ctrl/Cmd+Enter is held
// anyway: a confirmation too many costs less than a post let out).
import type { SendAttempt } from '../adapter';
import { closestAny } from '../dom';
import { FACEBOOK_SELECTORS as S } from './selectors';
import {
  controlAt,
  findSurfaces,
  insideEditor,
  isEditor,
  labelSelectors,
  surfaceOf,
} from './surfaces';

/** The surface whose send control `el` is (or is inside), by structure or by label. */
export function sendAttemptAt(el: Element, via: SendAttempt['via']): SendAttempt | null {
  const control = controlAt(el);
  if (!control || insideEditor(control)) return null;
  for (const surface of findSurfaces(el.ownerDocument)) {
    if (!surface.root.contains(control)) continue;
    const byLabel = labelSelectors(surface.kind).some((selector) => control.matches(selector));
    if (control === surface.sendControl || byLabel) return { surface, control, via };
  }
  return null;
}

export function keyboardSendAt(event: KeyboardEvent, target: Element): SendAttempt | null {
  const onControl = !isEditor(target) && !insideEditor(target);
  if (onControl) {
    return event.key === 'Enter' || event.key === ' ' ? sendAttemptAt(target, 'keyboard') : null;
  }
  if (event.key !== 'Enter' || event.shiftKey) return null;
  const editor = closestAny(target, S.editor);
  const surface = editor && surfaceOf(editor);
  if (!surface) return null;
  const sends = surface.kind === 'comment' || event.ctrlKey || event.metaKey;
  if (!sends) return null;
  if (surface.kind !== 'comment' && surface.sendControl) {
    return { surface, control: surface.sendControl, via: 'keyboard' };
  }
  // A comment sent with Enter is released the way the person sent it: with an
  // Enter on the editor (Lexical handles key events on its root element,
  // whoever made them). A comment box may have no send button at all, and
  // guessing one by structure could pick an emoji or GIF button.
  const box = editor as HTMLElement;
  const { ctrlKey, metaKey } = event;
  const init = { key: 'Enter', code: 'Enter', ctrlKey, metaKey, bubbles: true, cancelable: true };
  const release = () => box.dispatchEvent(new KeyboardEvent('keydown', init));
  return { surface, control: box, via: 'keyboard', release };
}
