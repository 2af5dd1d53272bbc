// The post's text as the dialog shows it, with every matched span marked, and the reasons:
// elements built from shared/post-marks.ts and shared/dialog-text.ts, whose words the
// options page's "Try a post" shows too.
import type { ReasonLine } from '../../shared/dialog-text';
import { t } from '../../shared/i18n';
import type { PostShown } from '../../shared/post-marks';
import { h } from './shadow-host';

export function postPreview(posts: readonly PostShown[]): HTMLElement {
  const box = h('div', { class: 'post', role: 'group', 'aria-label': t('dialog_post_label') });
  for (const post of posts) {
    if (post.number !== null) box.append(h('p', { class: 'post-number' }, post.number));
    const text = h('p', { class: 'post-text' });
    for (const part of post.parts) text.append(part.marked ? h('mark', {}, part.text) : part.text);
    if (post.more !== null) text.append(h('span', { class: 'more' }, post.more));
    box.append(text);
  }
  return box;
}

export function reasonList(reasons: readonly ReasonLine[]): HTMLElement {
  const list = h('ul', { class: 'reasons' });
  for (const reason of reasons) {
    const item = h('li', { class: reason.action }, reason.text);
    if (reason.words.length > 0) {
      item.append(' (');
      reason.words.forEach((word, i) => item.append(i > 0 ? ', ' : '', h('mark', {}, word)));
      item.append(')');
    }
    if (reason.note) item.append(h('span', { class: 'note' }, ` ${reason.note}`));
    list.append(item);
  }
  return list;
}
