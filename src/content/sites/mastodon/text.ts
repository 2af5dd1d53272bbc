// The words a Mastodon post carries (docs/sites/mastodon.md#composer): the content
// warning shown before it, its text, and its poll's options, each as typed.
import { SiteError } from '../problems';
import { MASTODON_SELECTORS as S } from './selectors';
import { queryAll } from '../dom';

const valueOf = (el: Element): string =>
  el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement ? el.value : '';

/** The post as one text: warning, text and options, a blank line apart (empty parts left out). */
export function postText(form: Element): string {
  const text = queryAll(form, S.textarea);
  // Thrown, the guard fails closed: asks, saying the post could not be checked.
  if (text.length === 0) throw new SiteError('text-box-missing');
  const parts = [...queryAll(form, S.spoiler), ...text, ...queryAll(form, S.pollOption)].map(
    valueOf,
  );
  return parts.filter((part) => part.trim() !== '').join('\n\n');
}
