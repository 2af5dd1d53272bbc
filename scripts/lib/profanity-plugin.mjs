// Vite/Vitest plugin: exposes the English word list of @2toad/profanity as the
// virtual module `virtual:profanity-en`. The package ships twelve languages in
// one 94 KB file; importing it directly would put all of them in the content
// script, so only the English list is emitted, deduplicated and sorted.
import { createRequire } from 'node:module';

const ID = 'virtual:profanity-en';
const RESOLVED = '\0' + ID;

/** @returns {string[]} */
export function englishProfanity() {
  const require = createRequire(import.meta.url);
  const { profaneWords } = require('@2toad/profanity/dist/data/profane-words.js');
  const en = profaneWords.get('en');
  if (!Array.isArray(en) || en.length < 100) {
    throw new Error('@2toad/profanity: English list not found; the package layout changed');
  }
  return [...new Set(en.map((w) => String(w).trim()).filter(Boolean))].sort();
}

/** @returns {import('vite').Plugin} */
export function profanityList() {
  return {
    name: 'postguard-profanity-list',
    resolveId(id) {
      return id === ID ? RESOLVED : null;
    },
    load(id) {
      return id === RESOLVED ? `export default ${JSON.stringify(englishProfanity())};` : null;
    },
  };
}
