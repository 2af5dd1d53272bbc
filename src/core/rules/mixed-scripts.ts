// Names that mix alphabets. A Cyrillic `о` or a Greek `ο` looks like a Latin
// `o`: pasted into a Facebook or LinkedIn name (free text, so not refused) it
// makes the listed name miss the account the page shows. The options page
// warns about such a name; it is not an error, since real names do mix
// scripts (a Japanese name with Latin letters). Used by the options page only,
// so none of this reaches the content script.
//
// Why not a confusables library: the npm ones map look-alikes to a base letter
// with their own partial tables; what an admin needs to hear is "this name
// mixes Latin and Cyrillic", which the regex engine's own Unicode script data
// answers exactly, with no table to ship or keep up to date.

/**
 * Scripts by ISO 15924 code (the codes `\p{Script=…}` accepts and
 * Intl.DisplayNames names), written out: no regex is built at run time. Latin's
 * look-alikes come from the first few; a letter of a script not listed counts
 * as `Zzzz` (another script).
 */
const BY_SCRIPT: readonly (readonly [string, RegExp])[] = [
  ['Latn', /\p{Script=Latn}/u],
  ['Grek', /\p{Script=Grek}/u],
  ['Cyrl', /\p{Script=Cyrl}/u],
  ['Armn', /\p{Script=Armn}/u],
  ['Geor', /\p{Script=Geor}/u],
  ['Cher', /\p{Script=Cher}/u],
  ['Copt', /\p{Script=Copt}/u],
  ['Hebr', /\p{Script=Hebr}/u],
  ['Arab', /\p{Script=Arab}/u],
  ['Syrc', /\p{Script=Syrc}/u],
  ['Thaa', /\p{Script=Thaa}/u],
  ['Deva', /\p{Script=Deva}/u],
  ['Beng', /\p{Script=Beng}/u],
  ['Guru', /\p{Script=Guru}/u],
  ['Gujr', /\p{Script=Gujr}/u],
  ['Orya', /\p{Script=Orya}/u],
  ['Taml', /\p{Script=Taml}/u],
  ['Telu', /\p{Script=Telu}/u],
  ['Knda', /\p{Script=Knda}/u],
  ['Mlym', /\p{Script=Mlym}/u],
  ['Sinh', /\p{Script=Sinh}/u],
  ['Thai', /\p{Script=Thai}/u],
  ['Laoo', /\p{Script=Laoo}/u],
  ['Tibt', /\p{Script=Tibt}/u],
  ['Mymr', /\p{Script=Mymr}/u],
  ['Khmr', /\p{Script=Khmr}/u],
  ['Mong', /\p{Script=Mong}/u],
  ['Ethi', /\p{Script=Ethi}/u],
  ['Cans', /\p{Script=Cans}/u],
  ['Tfng', /\p{Script=Tfng}/u],
  ['Lisu', /\p{Script=Lisu}/u],
  ['Vaii', /\p{Script=Vaii}/u],
  ['Runr', /\p{Script=Runr}/u],
  ['Ogam', /\p{Script=Ogam}/u],
  ['Hani', /\p{Script=Hani}/u],
  ['Hira', /\p{Script=Hira}/u],
  ['Kana', /\p{Script=Kana}/u],
  ['Bopo', /\p{Script=Bopo}/u],
  ['Hang', /\p{Script=Hang}/u],
];

// Letters and digits only: punctuation, spaces, emoji and combining marks
// belong to every script (Common, Inherited) and mix with anything.
const LETTER = /[\p{L}\p{N}]/u;
const SHARED = /[\p{Script=Zyyy}\p{Script=Zinh}]/u;

/**
 * Scripts that may share one name (Unicode TR 39, "highly restrictive"):
 * Japanese, Chinese and Korean writing mix their own scripts, and Latin.
 */
const MAY_MIX = [
  ['Latn', 'Hani', 'Hira', 'Kana'],
  ['Latn', 'Hani', 'Bopo'],
  ['Latn', 'Hani', 'Hang'],
];

/** The scripts of the letters and digits in `text`, in order of first use. */
export function scriptsOf(text: string): string[] {
  const found = new Set<string>();
  for (const char of text) {
    if (!LETTER.test(char) || SHARED.test(char)) continue;
    found.add(BY_SCRIPT.find(([, pattern]) => pattern.test(char))?.[0] ?? 'Zzzz');
  }
  return [...found];
}

/** The scripts `text` mixes, when more than one person's writing would; else null. */
export function mixedScripts(text: string): string[] | null {
  const scripts = scriptsOf(text);
  if (scripts.length < 2) return null;
  if (MAY_MIX.some((allowed) => scripts.every((s) => allowed.includes(s)))) return null;
  return scripts;
}

export interface MixedScriptName {
  /** Where the name is in the rule file, as problems spell it: `accounts[2].aliases[0]`. */
  path: string;
  /** ISO 15924 codes, in order of first use. */
  scripts: string[];
}

/** Every account handle and alias in `rules` (read defensively: a draft) that mixes scripts. */
export function mixedScriptNames(rules: unknown): MixedScriptName[] {
  const accounts = (rules as { accounts?: unknown } | null)?.accounts;
  if (!Array.isArray(accounts)) return [];
  const out: MixedScriptName[] = [];
  const check = (name: unknown, path: string) => {
    const scripts = typeof name === 'string' ? mixedScripts(name) : null;
    if (scripts) out.push({ path, scripts });
  };
  accounts.forEach((account: unknown, i) => {
    const { handle, aliases } = (account ?? {}) as { handle?: unknown; aliases?: unknown };
    check(handle, `accounts[${i}].handle`);
    if (Array.isArray(aliases)) aliases.forEach((a, j) => check(a, `accounts[${i}].aliases[${j}]`));
  });
  return out;
}
