// Mastodon's compose form as a compose surface (docs/sites/mastodon.md#composer): one post,
// whose words are in its text, its content warning and its poll's options.
import type { ComposeSurface } from '../adapter';
import { closestAny, queryAll, queryFirst, uniqueSurfaces } from '../dom';
import { MASTODON_SELECTORS as S } from './selectors';

/** The compose form around `el` (the script runs on Mastodon's app only: start.ts). */
export function formOf(el: Element): HTMLFormElement | null {
  const form = closestAny(el, S.composeForm);
  return form instanceof HTMLFormElement ? form : null;
}

/** The form's submit button: the control a send releases through. */
export function submitOf(form: Element): HTMLElement | null {
  return queryFirst(form, S.submit) as HTMLElement | null;
}

/** Every field whose words are posted, in the order the post shows them. */
export function fieldsOf(form: Element): Element[] {
  return [
    ...queryAll(form, S.spoiler),
    ...queryAll(form, S.textarea),
    ...queryAll(form, S.pollOption),
  ];
}

export function surfaceOf(form: Element): ComposeSurface {
  const replying = form.querySelector('.reply-indicator') !== null;
  return {
    root: form,
    kind: replying ? 'reply' : 'compose',
    editors: fieldsOf(form),
    sendControl: submitOf(form),
  };
}

export function findSurfaces(doc: Document): ComposeSurface[] {
  return uniqueSurfaces(queryAll(doc, S.composeForm), surfaceOf);
}
