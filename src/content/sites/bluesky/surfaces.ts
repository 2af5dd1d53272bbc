// Bluesky's compose surfaces (docs/sites/bluesky.md#composer): one composer dialog at a
// time, holding one editor per post of a thread and the publish button. Everything else on
// the page with an editor (none today) is not a composer.
import type { ComposeSurface } from '../adapter';
import { closestAny, queryAll, queryFirst, uniqueSurfaces } from '../dom';
import { noteComposerAccount } from './account';
import { BLUESKY_SELECTORS as S } from './selectors';

/** The composer around `el`, if any. */
export function composerOf(el: Element): Element | null {
  return closestAny(el, S.composer);
}

export function surfaceOf(composer: Element): ComposeSurface {
  noteComposerAccount(composer, composer.ownerDocument);
  return {
    root: composer,
    kind: 'composer',
    editors: queryAll(composer, S.editor),
    sendControl: queryFirst(composer, S.publishButton) as HTMLElement | null,
  };
}

/**
 * Whether the composer is publishing: its publish button gone, a progress indicator shown.
 * The app ignores any publish then, and closes the composer when done: nothing to guard, and
 * no missing send control to report (docs/sites/bluesky.md#composer).
 */
function isPublishing(surface: ComposeSurface): boolean {
  return surface.sendControl === null && queryFirst(surface.root, S.publishing) !== null;
}

export function findSurfaces(doc: Document): ComposeSurface[] {
  return uniqueSurfaces(queryAll(doc, S.editor), (editor) => {
    const composer = composerOf(editor);
    const surface = composer && surfaceOf(composer);
    return surface && !isPublishing(surface) ? surface : null;
  });
}
