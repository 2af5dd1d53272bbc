// The sentences a person reads in the guard dialog: plain English, no codes,
// no trailing full stop (the dialog lists them).
import type { BannedTerm } from '../rules/schema';

const quote = (s: string) => `"${s}"`;

/** "a", "a and b", "a, b and c" */
function andList(items: readonly string[]): string {
  return items.length < 2
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function describeTerm(term: string): string {
  const t = term.trim();
  return t.endsWith('*') ? `words starting with ${quote(t.slice(0, -1))}` : quote(t);
}

export const messages = {
  corporateAccount: (handle: string, label?: string) =>
    `You are posting as ${handle}, the organisation's corporate account${label ? ` (${label})` : ''}`,

  unknownAccount: (why?: string) =>
    `Postguard cannot tell which account you are posting as${why ? ` (${why})` : ''}, so it checks this post as if it were the corporate account`,

  bannedTerm: (term: BannedTerm) =>
    term.action === 'block'
      ? `Your organisation does not allow ${describeTerm(term.term)} in posts from this account`
      : `Your organisation asks you to check posts that use ${describeTerm(term.term)}`,

  profanity: () => 'This post contains swearing',

  workTermOnPersonal: () => 'This looks like work — you are posting as your personal account',

  sombreMode: (reason?: string) =>
    `Sombre-event mode is on${reason ? ` (${reason})` : ''}: check that this post suits the occasion`,

  sombreTerms: (words: readonly string[]) =>
    `${andList(words.map(quote))} ${words.length === 1 ? 'is' : 'are'} not suitable while sombre-event mode is on`,

  sombreHashtags: (allowed: readonly string[]) =>
    allowed.length === 0
      ? 'No hashtags may be used while sombre-event mode is on'
      : allowed.length === 1
        ? `The only hashtag allowed while sombre-event mode is on is ${allowed[0]}`
        : `The only hashtags allowed while sombre-event mode is on are ${andList(allowed)}`,

  sombreEmoji: () => 'Light-hearted emoji are not suitable while sombre-event mode is on',
};
