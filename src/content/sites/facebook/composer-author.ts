// The name a compose box shows above its editor: the Create post dialog's
// header, a comment box's avatar. Facebook does not show it reliably
// (docs/sites/facebook.md § identity), so it is only ever a second source: it
// can make the account unknown by disagreeing with the account menu, or
// confirm the menu's word after the page's path changed; it never names the
// account on its own. Only what comes before the editor inside the compose
// box counts: a shared post below it, or the post a comment answers, is
// someone else's.
import { withoutInvisible } from '../../../core/rules/handles';
import type { ComposeSurface } from '../adapter';
import { closestAny } from '../dom';
import { FACEBOOK_SELECTORS as S } from './selectors';
import { controlAt, follows, insideEditor } from './surfaces';

/**
 * A name as a person reads it: invisible characters (zero-width space, bidi
 * controls) removed, trimmed, inner white space collapsed. Both the menu's
 * entries and the compose box's name go through here, so invisible
 * characters never make the two disagree, as they never make a listed name
 * miss (normalizeHandle).
 */
export function cleanName(raw: string | null | undefined): string {
  return withoutInvisible(raw ?? '')
    .trim()
    .replace(/\s+/gu, ' ');
}

function pictureName(el: Element): string {
  return cleanName(el.getAttribute('aria-label') ?? el.getAttribute('alt'));
}

/** The first text inside `scope`, before `limit` if given, not inside any of `skip`. */
export function firstText(scope: Element, skip: readonly string[], limit?: Node): string {
  const walker = scope.ownerDocument.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || (limit && !follows(node, limit))) break;
    if (closestAny(parent, skip)) continue;
    const text = cleanName(node.nodeValue);
    if (text) return text;
  }
  return '';
}

/** The author the compose box shows above its editor, or null. */
export function composerAuthor(surface: ComposeSurface): string | null {
  const editor = surface.editors[0];
  if (!editor) return null;
  const header = (el: Element) => follows(el, editor) && !controlAt(el) && !insideEditor(el);
  for (const selector of S.authorPicture) {
    for (const picture of surface.root.querySelectorAll(selector)) {
      const name = header(picture) ? pictureName(picture) : '';
      if (name) return name;
    }
  }
  // The name written beside the picture.
  return firstText(surface.root, S.notAuthorText, editor) || null;
}
