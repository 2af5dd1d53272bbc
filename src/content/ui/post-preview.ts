// The post's text as the dialog shows it, with every matched span marked.
import type { Verdict } from '../../core/engine';
import { t } from '../../shared/i18n';
import { h } from './shadow-host';
import { reasonText } from './wording';

const PREVIEW_CHARS = 1200;

type Span = { start: number; end: number };

function mergedSpans(verdict: Verdict, post: number): Span[] {
  const spans = verdict.reasons
    .flatMap((r) => r.spans)
    .filter((s) => s.post === post)
    .sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ start: s.start, end: s.end });
  }
  return merged;
}

function markedText(text: string, spans: Span[]): HTMLElement {
  // Long posts show their start; matches further on are still listed as reasons.
  const shown = text.length > PREVIEW_CHARS ? text.slice(0, PREVIEW_CHARS) : text;
  const out = h('p', { class: 'post-text' });
  let at = 0;
  for (const { start, end } of spans) {
    if (start >= shown.length) break;
    out.append(
      shown.slice(at, start),
      h('mark', {}, shown.slice(start, Math.min(end, shown.length))),
    );
    at = Math.min(end, shown.length);
  }
  out.append(shown.slice(at));
  if (shown.length < text.length)
    out.append(h('span', { class: 'more' }, ` ${t('dialog_post_more', String(text.length))}`));
  return out;
}

export function postPreview(texts: string[], verdict: Verdict): HTMLElement {
  const box = h('div', { class: 'post', role: 'group', 'aria-label': t('dialog_post_label') });
  texts.forEach((text, i) => {
    if (texts.length > 1)
      box.append(
        h(
          'p',
          { class: 'post-number' },
          t('dialog_post_number', [String(i + 1), String(texts.length)]),
        ),
      );
    box.append(markedText(text, mergedSpans(verdict, i)));
  });
  return box;
}

export function reasonList(verdict: Verdict): HTMLElement {
  const list = h('ul', { class: 'reasons' });
  for (const reason of verdict.reasons) {
    // The tone check's sentence names each cue's words itself (core/engine/tone.ts).
    const words =
      reason.code === 'reads-personal' ? [] : [...new Set(reason.spans.map((s) => s.text))];
    const item = h('li', { class: reason.action }, reasonText(reason));
    if (words.length > 0) {
      item.append(' (');
      words.forEach((word, i) => item.append(i > 0 ? ', ' : '', h('mark', {}, word)));
      item.append(')');
    }
    if (reason.note) item.append(h('span', { class: 'note' }, ` ${reason.note}`));
    list.append(item);
  }
  return list;
}
