// Light-hearted emoji, blocked in sombre-event mode: laughing, winking and
// tongue-out, party and celebration. Deliberately left out: plain smiles
// (🙂😊, used in thanks), hearts and hugs (used in sympathy), 🙏👏 (respect,
// applause), ✨ (general emphasis): they are at home in a sombre post.

import type { MatchSpan } from './types';

// Single code points; skin tones and variation selectors are handled below.
const LIGHT_HEARTED = new Set<number>(
  [
    '😀😁😂😃😄😅😆🤣🤭😸😹😺', // laughing and grinning, grinning cats
    '😉😋😛😜😝🤪🙃🤡', // winking, tongue out, silly
    '🥳🤩🎉🎊🎈🪅🪩🎂🎆🎇🧨🍾🥂🍻💃🕺👯', // party and celebration
  ]
    .flatMap((group) => [...group])
    .map((emoji) => emoji.codePointAt(0) ?? 0),
);

const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;
const ZWJ = 0x200d;

/** Variation selectors, skin tones, tag characters and the keycap: parts of the emoji before them. */
function isModifier(cp: number): boolean {
  return (
    cp === 0xfe0e ||
    cp === 0xfe0f ||
    cp === 0x20e3 ||
    (cp >= 0x1f3fb && cp <= 0x1f3ff) ||
    (cp >= 0xe0020 && cp <= 0xe007f)
  );
}

function isPictographic(cp: number): boolean {
  return cp >= 0x80 && PICTOGRAPHIC.test(String.fromCodePoint(cp));
}

const width = (cp: number) => (cp > 0xffff ? 2 : 1);

/**
 * Each light-hearted emoji as one span, including its skin tone, variation
 * selector and any zero-width-joiner sequence it is part of ("🕺🏽",
 * "👯‍♀️"), so the span is what the person sees as one emoji.
 */
export function findLightHeartedEmoji(text: string): MatchSpan[] {
  const spans: MatchSpan[] = [];
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i) ?? 0;
    if (!isPictographic(cp)) {
      i += width(cp);
      continue;
    }
    let light = LIGHT_HEARTED.has(cp);
    let j = i + width(cp);
    while (j < text.length) {
      const next = text.codePointAt(j) ?? 0;
      if (isModifier(next)) {
        j += width(next);
        continue;
      }
      const joined = next === ZWJ ? (text.codePointAt(j + 1) ?? 0) : 0;
      if (!isPictographic(joined)) break;
      light ||= LIGHT_HEARTED.has(joined);
      j += 1 + width(joined);
    }
    if (light) spans.push({ start: i, end: j, text: text.slice(i, j) });
    i = j;
  }
  return spans;
}
