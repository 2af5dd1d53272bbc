// The built-in English profanity list: @2toad/profanity's list (via the
// virtual:profanity-en build plugin), read through the same pipeline as rule
// terms, de-duplicated ("5h1t", "sh!t", "s_h_i_t" are all "shit") and with the
// entries below removed.
//
// Matching is whole-word (plus plurals), never substring, so place names such
// as Scunthorpe, Penistone, Clitheroe, Cockermouth, Essex and Shitterton are
// safe without any exception list. What remains are entries that are
// themselves ordinary words in the posts of a council or a company: with the
// default action "confirm", each would ask staff to confirm routine posts, and
// a check that fires on routine posts teaches people to click through it.

import words from 'virtual:profanity-en';
import { canonicalTerm } from './terms';

/** Canonical form (as canonicalTerm gives it) → why it is not used. */
const DROPPED: ReadonlyMap<string, string> = new Map([
  // Ordinary words and names.
  ['a55', 'the A55 (like the M25) is a road; only "a$$" spells the word'],
  ['balls', 'golf balls, charity balls, "no ball games"'],
  ['bestial', 'an ordinary adjective ("bestial cruelty"); bestiality stays'],
  ['butt', 'water butts are sold by councils'],
  ['butts', 'water butts are sold by councils'],
  ['cox', 'a common surname (Jo Cox), the Cox apple, a rowing cox'],
  ['cum', 'Latin "with": Chorlton-cum-Hardy and other place names, magna cum laude'],
  ['cumming', 'a common surname (and Cummings by the plural rule)'],
  ['dyke', "flood and drainage dykes, Offa's Dyke"],
  ['flange', 'an engineering part'],
  ['hoar', 'hoar frost, in every winter gritting post'],
  ['hoare', 'a surname'],
  ['hoes', 'garden hoes (allotments)'],
  ['homo', 'Homo sapiens (museums, libraries, schools)'],
  ['leitch', '"l3itch"/"l3i+ch" read as the surname Leitch with 3 = e'],
  ['lust', 'an ordinary word ("lust for life")'],
  ['lusting', 'an ordinary word'],
  ['masochist', 'an ordinary word, not a swear word'],
  ['sadist', 'an ordinary word, not a swear word'],
  ['muff', 'ear muffs (the plural rule would catch "muffs")'],
  ['nazi', 'history: Holocaust Memorial Day and Remembrance posts name it'],
  ['pawn', 'pawn shops, chess'],
  ['poop', 'dog-fouling notices; childish rather than profane'],
  ['prick', 'finger-prick tests in health posts'],
  ['pricks', 'pin pricks, finger pricks'],
  ['s hit', 'a phrase of two ordinary words'],
  ['sex', 'a protected characteristic (Equality Act), sex discrimination, sexual health'],
  ['snatch', 'bag snatch, police appeals'],
  ['sob', 'from "s.o.b.": the dots fold away, leaving the ordinary word "sob"'],
  ['spac', 'SPAC is a routine finance term'],
  ['tit', 'blue tits and great tits in parks and wildlife posts'],
  ['tits', 'blue tits and great tits in parks and wildlife posts'],
  ['wang', 'a common surname'],
  ['willies', 'a given name (Willy) and "gives me the willies"'],
  ['willy', 'a given name (Willy Wonka)'],
  // Clinical words used in public-health messaging (screening, cancer
  // awareness, sexual health, safeguarding); the slang words stay.
  ['anus', 'clinical'],
  ['breasts', 'clinical: breast screening'],
  ['clitoris', 'clinical'],
  ['labia', 'clinical'],
  ['penis', 'clinical'],
  ['pornography', 'the formal word in safeguarding and policing notices; porn stays'],
  ['rectum', 'clinical: bowel screening'],
  ['scrotum', 'clinical'],
  ['semen', 'clinical'],
  ['testical', 'clinical (misspelt)'],
  ['testicle', 'clinical: testicular cancer awareness'],
  ['vagina', 'clinical: cervical screening'],
  ['vulva', 'clinical'],
]);
// Kept on purpose although they have innocent uses, because the swearing or
// slur sense is the common one in a post and the default action is only
// "confirm": bloody (the British intensifier; "a bloody battle" in a
// Remembrance post will ask once), bugger, crap, damn, dick (also Dick
// Whittington at panto time), cock, fanny, bum, shag, chink and coon (slurs,
// despite "a chink of light"), fag (slur, and UK slang for a cigarette).
// "masterbat*" keeps the list's own trailing wildcard: no innocent word starts
// with it.

let cached: readonly string[] | undefined;

/** The English list in canonical form, de-duplicated and sorted. */
export function profanityTerms(): readonly string[] {
  if (!cached) {
    const terms = new Set<string>();
    for (const word of words) {
      const canonical = canonicalTerm(word);
      if (canonical !== null && !DROPPED.has(canonical)) terms.add(canonical);
    }
    cached = Object.freeze([...terms].sort());
  }
  return cached;
}

/** For tests: the entries removed from the list, with the reason. */
export function droppedProfanity(): ReadonlyMap<string, string> {
  return DROPPED;
}
