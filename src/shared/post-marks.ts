// The post as the guard dialog shows it (ui-contract.md): each post of a thread, numbered
// when there are several, its text with every matched span marked, and a long post cut to
// its start. Plain data: the content script's dialog (content/ui/post-preview.ts) and the
// options page's "Try a post" each build their elements from it.
import type { Verdict } from '../core/engine';
import { t } from './i18n';

/** Long posts show their start; matches further on are still listed as reasons. */
export const PREVIEW_CHARS = 1200;

/** A stretch of a post's text, marked when a rule matched it. */
export interface TextPart {
  text: string;
  marked: boolean;
}

export interface PostShown {
  /** "Post 2 of 3", when the send is a thread of several posts. */
  number: string | null;
  parts: TextPart[];
  /** "… (1300 characters)", when the post is longer than what is shown. */
  more: string | null;
}

type Span = { start: number; end: number };

/** The verdict's spans in post `post`, sorted, overlapping ones merged into one. */
export function mergedSpans(verdict: Pick<Verdict, 'reasons'>, post: number): Span[] {
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

/** `text`'s first `limit` characters cut into unmarked and marked parts (none empty). */
export function markedParts(text: string, spans: readonly Span[], limit = PREVIEW_CHARS) {
  const shown = text.length > limit ? text.slice(0, limit) : text;
  const parts: TextPart[] = [];
  const add = (part: string, marked: boolean) => {
    if (part !== '') parts.push({ text: part, marked });
  };
  let at = 0;
  for (const { start, end } of spans) {
    if (start >= shown.length) break;
    add(shown.slice(at, start), false);
    add(shown.slice(start, Math.min(end, shown.length)), true);
    at = Math.min(end, shown.length);
  }
  add(shown.slice(at), false);
  return { parts, cut: shown.length < text.length };
}

export function postsShown(texts: readonly string[], verdict: Pick<Verdict, 'reasons'>) {
  return texts.map((text, i): PostShown => {
    const { parts, cut } = markedParts(text, mergedSpans(verdict, i));
    return {
      number:
        texts.length > 1 ? t('dialog_post_number', [String(i + 1), String(texts.length)]) : null,
      parts,
      more: cut ? ` ${t('dialog_post_more', String(text.length))}` : null,
    };
  });
}
