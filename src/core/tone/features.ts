// Cues found by a post's form rather than its words: masked swearing ("f***", "sh*t"),
// drawn-out words and clipped one-word sentences ("Sooo. Can't. Even."), and the hour. The
// patterns are this module's own, fixed in code: nothing of a rule file or a list becomes
// a regular expression.
import type { MatchSpan } from '../matcher';

/**
 * A word with symbols standing in for letters: f***, f*!#$%, sh*t, a$$ (at least one symbol
 * other than "!", so that "Go!!" is no swearing).
 */
const MASKED =
  /(?<![\p{L}\p{N}])\p{L}{1,3}(?=[*#$%@!]*[*#$%@])[*#$%@!]{2,}\p{L}{0,4}|(?<![\p{L}\p{N}])\p{L}{1,2}\*\p{L}{1,3}(?![\p{L}\p{N}])/gu;
/** A first letter and three dots standing for a swear word ("F... you"). */
const DOTTED = /(?<![\p{L}\p{N}])[fFsS]\.{3}(?=\s)/gu;
/** A letter three or more times over, inside a word (sooo, snoooze, nooo). */
const DRAWN_OUT = /\p{L}*(\p{L})\1{2,}\p{L}*/gu;
/** Words that repeat a letter by nature (www, roman numerals). */
const NOT_DRAWN_OUT = new Set(['www', 'iii', 'xxx', 'zzz', 'mmm']);
/** A sentence of one word: "Can't." "Deal." (two letters or more: not "H.R."). */
const ONE_WORD_SENTENCE = /^[\p{L}'’]{2,14}[.!?]$/u;
/** "i" and "u" for "I" and "you", in lower case and standing alone. */
const TEXTSPEAK_LETTER = /(?<![\p{L}\p{N}.'’&])[iu](?![\p{L}\p{N}.'’&])/gu;
/** The person speaking for themselves, and for a group. */
const FIRST_PERSON =
  /(?<![\p{L}\p{N}])(?:I|I[’']m|I[’']ve|I[’']d|I[’']ll|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself)(?![\p{L}\p{N}’'])/gu;
const FIRST_PERSON_PLURAL = /(?<![\p{L}\p{N}])(?:[Ww]e|[Oo]ur|[Uu]s|[Oo]urs)(?![\p{L}\p{N}])/u;

function spans(text: string, pattern: RegExp): MatchSpan[] {
  return [...text.matchAll(pattern)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
  }));
}

export function maskedSwearing(text: string): MatchSpan[] {
  return [...spans(text, MASKED), ...spans(text, DOTTED)];
}

export function drawnOutWords(text: string): MatchSpan[] {
  return spans(text, DRAWN_OUT).filter((s) => !NOT_DRAWN_OUT.has(s.text.toLowerCase()));
}

/** Three or more one-word sentences in a row ("Can't. Deal. With."), as one span. */
export function clippedSentences(text: string): MatchSpan[] {
  const runs: MatchSpan[] = [];
  let run: MatchSpan[] = [];
  const flush = () => {
    const first = run[0];
    const last = run[run.length - 1];
    if (run.length >= 3 && first && last) {
      runs.push({ start: first.start, end: last.end, text: text.slice(first.start, last.end) });
    }
    run = [];
  };
  for (const word of text.matchAll(/\S+/gu)) {
    const span = { start: word.index, end: word.index + word[0].length, text: word[0] };
    if (ONE_WORD_SENTENCE.test(word[0])) run.push(span);
    else flush();
  }
  flush();
  return runs;
}

/** Lower-case "i" and "u" standing alone: textspeak. */
export function textspeakLetters(text: string): MatchSpan[] {
  return spans(text, TEXTSPEAK_LETTER);
}

/** "I", "me", "my"… three times or more, with no "we", "our" or "us": a private voice. */
export function firstPersonVoice(text: string): MatchSpan[] {
  const found = spans(text, FIRST_PERSON);
  return found.length >= 3 && !FIRST_PERSON_PLURAL.test(text) ? found : [];
}

/** Late at night or in the small hours, by the clock of the device. */
export function isLateNight(hour: number): boolean {
  return hour >= 23 || hour < 5;
}
