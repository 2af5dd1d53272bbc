// How much a post reads like a personal one: each cue found adds its category's weight
// (the first cue in full, each further one of the same category half, up to three), each
// organisational marker ("we", "please", "our residents"…) takes a little away. Above the
// threshold, the post is said to read personal, naming every cue and where it is. Pure and
// synchronous; one pass of the term matcher per post (the lists are compiled once).
import { compileTerms, type TermMatcher } from '../matcher';
import type { Span } from '../engine/types';
import {
  clippedSentences,
  drawnOutWords,
  firstPersonVoice,
  isLateNight,
  maskedSwearing,
  textspeakLetters,
} from './features';
import {
  CUE_LISTS,
  JOKE_TERMS,
  ORGANISATIONAL_TERMS,
  TRAGEDY_TERMS,
  type CueCategory,
} from './lexicon';
import { gramsOf, MIN_POSTS, similarity, wordsCloserTo, type StyleProfile } from './style';

/** What one cue of each category adds to the score (tuned: docs/tone-check.md#figures). */
export const WEIGHTS: Readonly<Record<CueCategory, number>> = {
  drinking: 2.5,
  laughter: 2.5,
  tiredness: 2,
  intimacy: 2.5,
  'private-life': 1.5,
  slang: 1.5,
  insult: 1.5,
  'masked-profanity': 3,
  'tragedy-joke': 3,
  'job-complaint': 2,
  emphasis: 1,
  'late-night': 0.5,
  'personal-style': 2,
};
/**
 * The style profiles (style.ts): a post is "like your posts as @x" when its similarity to
 * a personal profile is at least STYLE_NEAR and more than its own account's by STYLE_MARGIN;
 * it is in its own account's usual voice from OWN_VOICE, which takes OWN_VOICE_DISCOUNT off.
 */
export const STYLE_NEAR = 0.2;
export const STYLE_MARGIN = 0.15;
export const OWN_VOICE = 0.35;
export const OWN_VOICE_DISCOUNT = 1.5;
/** What each organisational marker takes away, and the most they take together. */
export const ORGANISATIONAL_WEIGHT = 0.5;
export const ORGANISATIONAL_CAP = 2;
/** The score from which a post reads personal (tuned: docs/tone-check.md#figures). */
export const THRESHOLD = 2.5;

export interface ToneCue {
  category: CueCategory;
  /** Where the cue is, in the post's own words; empty only for the hour. */
  spans: Span[];
  /** For a style cue: the personal account whose posts this one is like, as shown. */
  like?: string;
}

/** What the device has learned of the accounts' styles, for this post. */
export interface StyleContext {
  /** The profile of the account posting. */
  own?: StyleProfile | undefined;
  /** The profiles of the person's personal accounts. */
  personal: readonly StyleProfile[];
}

export interface ToneResult {
  score: number;
  /** The cues found, strongest category first. */
  cues: ToneCue[];
  readsPersonal: boolean;
}

type Tag = { kind: 'cue'; category: CueCategory } | { kind: 'tragedy' | 'joke' | 'organisational' };

let matcher: TermMatcher<Tag[]> | undefined;

function tagged(): TermMatcher<Tag[]> {
  if (matcher) return matcher;
  const byTerm = new Map<string, Tag[]>();
  const add = (term: string, tag: Tag) => byTerm.set(term, [...(byTerm.get(term) ?? []), tag]);
  for (const list of CUE_LISTS)
    for (const term of list.terms) add(term, { kind: 'cue', category: list.category });
  TRAGEDY_TERMS.forEach((term) => add(term, { kind: 'tragedy' }));
  JOKE_TERMS.forEach((term) => add(term, { kind: 'joke' }));
  ORGANISATIONAL_TERMS.forEach((term) => add(term, { kind: 'organisational' }));
  matcher = compileTerms([...byTerm].map(([term, tag]) => ({ term, tag })));
  return matcher;
}

/** Compiles the cue lists now, if they are not yet: a send then finds them ready. */
export function precompileTone(): void {
  tagged();
}

/** The style cue and the own-voice discount, from the profiles that have learned enough. */
function styleOf(texts: readonly string[], style: StyleContext | undefined) {
  if (!style) return { discount: 0 };
  const grams = gramsOf(texts);
  const known = (p: StyleProfile | undefined) => (p && p.posts >= MIN_POSTS ? p : undefined);
  const own = known(style.own);
  const ownSimilarity = own ? similarity(grams, own) : 0;
  let closest: { profile: StyleProfile; similarity: number } | undefined;
  for (const profile of style.personal) {
    if (!known(profile)) continue;
    const s = similarity(grams, profile);
    if (!closest || s > closest.similarity) closest = { profile, similarity: s };
  }
  const near =
    closest &&
    closest.similarity >= STYLE_NEAR &&
    closest.similarity - ownSimilarity >= STYLE_MARGIN;
  const cue: ToneCue | undefined = near
    ? {
        category: 'personal-style',
        spans: wordsCloserTo(texts, closest!.profile, own),
        like: closest!.profile.shown,
      }
    : undefined;
  const ownVoice = own && ownSimilarity >= OWN_VOICE && ownSimilarity > (closest?.similarity ?? 0);
  return { cue: cue?.spans.length ? cue : undefined, discount: ownVoice ? OWN_VOICE_DISCOUNT : 0 };
}

/**
 * The cues of `texts` (one per post of a thread), posted at `hour` (0–23, the device's
 * clock), with what the device has learned of the accounts' styles.
 */
export function scoreTone(
  texts: readonly string[],
  hour: number,
  style?: StyleContext,
): ToneResult {
  const cues = new Map<CueCategory, Span[]>();
  const note = (category: CueCategory, span: Span) => {
    const spans = cues.get(category);
    if (spans) spans.push(span);
    else cues.set(category, [span]);
  };
  let organisational = 0;
  const tragedies: Span[] = [];
  const jokes: Span[] = [];
  texts.forEach((text, post) => {
    const hits = tagged().find(text);
    // A marker inside a cue ("we" in "when we drink") speaks for the cue, not the organisation.
    const cueSpans = hits.filter((hit) => hit.tag.some((tag) => tag.kind === 'cue'));
    const inCue = (start: number, end: number) =>
      cueSpans.some((c) => c.start <= start && end <= c.end && c.end - c.start > end - start);
    for (const hit of hits) {
      const span = { post, start: hit.start, end: hit.end, text: hit.text };
      for (const tag of hit.tag) {
        if (tag.kind === 'cue') note(tag.category, span);
        else if (tag.kind === 'organisational') organisational += inCue(hit.start, hit.end) ? 0 : 1;
        else (tag.kind === 'tragedy' ? tragedies : jokes).push(span);
      }
    }
    maskedSwearing(text).forEach((s) => note('masked-profanity', { post, ...s }));
    drawnOutWords(text).forEach((s) => note('emphasis', { post, ...s }));
    clippedSentences(text).forEach((s) => note('emphasis', { post, ...s }));
    textspeakLetters(text).forEach((s) => note('slang', { post, ...s }));
    firstPersonVoice(text).forEach((s) => note('private-life', { post, ...s }));
  });
  // Death or violence is a cue only beside a joke, laughter or textspeak.
  const joking = jokes.length > 0 || cues.has('slang') || cues.has('laughter');
  if (tragedies.length > 0 && joking) {
    for (const span of [...tragedies, ...jokes]) note('tragedy-joke', span);
  }
  const learned = styleOf(texts, style);
  if (cues.size > 0 && isLateNight(hour)) cues.set('late-night', []);

  const found: ToneCue[] = [...cues].map(([category, spans]) => ({ category, spans }));
  if (learned.cue) found.push(learned.cue);
  const weightOf = ({ category, spans }: ToneCue) => {
    const distinct = new Set(spans.map((s) => s.text.toLowerCase())).size;
    return WEIGHTS[category] * (1 + 0.5 * (Math.min(Math.max(distinct, 1), 3) - 1));
  };
  const score =
    found.reduce((sum, cue) => sum + weightOf(cue), 0) -
    Math.min(organisational * ORGANISATIONAL_WEIGHT, ORGANISATIONAL_CAP) -
    learned.discount;
  found.sort((a, b) => weightOf(b) - weightOf(a));
  return { score, cues: found, readsPersonal: score >= THRESHOLD && found.length > 0 };
}
