// Mastodon, on the servers an organisation uses (any host: the worker registers this
// script where a person or the organisation's build granted it, background/server-scripts.ts).
// What the web client looks like, and the evidence for each selector: docs/sites/mastodon.md.
//
// A post leaves the compose form three ways a person starts: its submit button (a form
// submit), Ctrl/Cmd+Enter in the text or the content warning (the app submits with no
// submit event, so the key itself is judged), and Enter in a poll option or the warning
// (the browser submits the form by clicking its submit button). Every release clicks
// that button: the app's own submit, as a click on it makes.
import { displayHandle } from '../../../core/platforms';
import type { SendAttempt, SiteAdapter } from '../adapter';
import { closestAny, isControlEnabled, queryAll } from '../dom';
import { isMastodonPage, readMastodonAccount } from './account';
import { MASTODON_SELECTORS as S } from './selectors';
import { findSurfaces, formOf, submitOf, surfaceOf } from './surfaces';
import { postText } from './text';

export { MASTODON_SELECTORS } from './selectors';

/** An open list of suggestions takes Enter (and Ctrl+Enter) to pick one: no send. */
function suggesting(doc: Document): boolean {
  return queryAll(doc, ['.autosuggest-textarea__suggestions__item']).some(
    (item) => (item as HTMLElement).getClientRects().length > 0,
  );
}

/** Whether the key sends from `field`, as the app (or the browser, for Enter) does. */
function sendsFrom(event: KeyboardEvent, field: Element): boolean {
  if (event.key !== 'Enter' || event.isComposing || event.keyCode === 229) return false;
  if (event.ctrlKey || event.metaKey) {
    return closestAny(field, [...S.textarea, ...S.spoiler]) !== null;
  }
  // Implicit submission: Enter in a one-line field of the form (a poll option, the warning).
  return !event.altKey && field instanceof HTMLInputElement && field.type === 'text';
}

export const mastodonAdapter: SiteAdapter<'mastodon'> = {
  platform: 'mastodon',
  selectors: S,
  watch: {
    anchors: S.composeForm.join(', '),
    arrivals: [...S.composeForm, ...S.initialState].join(', '),
  },
  isSitePage: isMastodonPage,

  shell: (doc) => (isMastodonPage(doc) ? 'mastodon' : 'not-mastodon'),

  findSurfaces,

  clickSendAt(target): SendAttempt | null {
    const control = closestAny(target, S.submit) as HTMLElement | null;
    const form = control && formOf(control);
    return control && form ? { surface: surfaceOf(form), control, via: 'click' } : null;
  },

  keyboardSendAt(event, target): SendAttempt | null {
    const form = formOf(target);
    if (!form || !sendsFrom(event, target) || suggesting(target.ownerDocument)) return null;
    const button = submitOf(form);
    if (!button) {
      // No button to release through: the form itself submits, as the browser would.
      return {
        surface: surfaceOf(form),
        control: target as HTMLElement,
        via: 'keyboard',
        release: () => form.requestSubmit(),
      };
    }
    return { surface: surfaceOf(form), control: button, via: 'keyboard' };
  },

  isSendEnabled: isControlEnabled,

  readTexts: (surface) => [postText(surface.root)],

  readAccount: readMastodonAccount,

  formatAccount: (handle) => displayHandle('mastodon', handle),
};

export default mastodonAdapter;
