// A hash table from words to values that is looked up by a span of a text,
// without cutting the word out of it.
//
// Every plain word of every post is looked up in the root's memo (trie-steps.ts).
// With a Map, each lookup needs the word as a string of its own: one
// allocation per word, which on a 63,206-character post was most of what the
// garbage collector had to do. Here the span is hashed and compared in place;
// a word becomes a string only when it is added.

const EMPTY = -1;
// A word is looked for only this many slots from where it hashes to, and not
// added further away. At most half full, a probe is 1-3 slots; the cap keeps a
// post of colliding words (crafted against this hash) from costing more than
// a few compares per word, as the table is only a cache.
const MAX_PROBE = 16;
const MIN_CAPACITY = 64;

export class WordTable<V> {
  private mask = 0;
  /** slots[i]: index into keys/values, or EMPTY. Open addressing, linear probing. */
  private slots = new Int32Array(0);
  private hashes = new Int32Array(0);
  private readonly keys: string[] = [];
  private readonly keyHashes: number[] = [];
  private readonly values: V[] = [];

  /** Holds up to `limit` words; then adds are ignored until the caller clears it. */
  constructor(private readonly limit: number) {
    this.resize(MIN_CAPACITY);
  }

  get size(): number {
    return this.keys.length;
  }

  get full(): boolean {
    return this.keys.length >= this.limit;
  }

  /** The value stored for text[from, to). */
  getSpan(text: string, from: number, to: number): V | undefined {
    const h = hashSpan(text, from, to);
    for (let n = 0, i = h & this.mask; n < MAX_PROBE; n++, i = (i + 1) & this.mask) {
      const k = this.slots[i] ?? EMPTY;
      if (k === EMPTY) return undefined;
      if (this.hashes[i] === h && sameSpan(this.keys[k] ?? '', text, from, to)) {
        return this.values[k];
      }
    }
    return undefined;
  }

  get(word: string): V | undefined {
    return this.getSpan(word, 0, word.length);
  }

  /** Adds a word that is not in the table (when not full, and unless its probe is too long). */
  add(word: string, value: V): void {
    if (this.full) return;
    // At most half full: short probes. Starting small and doubling keeps a
    // matcher that has seen a few posts small, and its first post fast (a
    // large table is slow to touch for the first time).
    if (this.keys.length * 2 >= this.slots.length) this.resize(this.slots.length * 2);
    const h = hashSpan(word, 0, word.length);
    if (this.place(h, this.keys.length)) {
      this.keys.push(word);
      this.keyHashes.push(h);
      this.values.push(value);
    }
  }

  clear(): void {
    this.keys.length = 0;
    this.keyHashes.length = 0;
    this.values.length = 0;
    this.resize(MIN_CAPACITY);
  }

  /** Puts key number k in a free slot near where h points; false when none is near. */
  private place(h: number, k: number): boolean {
    for (let n = 0, i = h & this.mask; n < MAX_PROBE; n++, i = (i + 1) & this.mask) {
      if ((this.slots[i] ?? EMPTY) !== EMPTY) continue;
      this.slots[i] = k;
      this.hashes[i] = h;
      return true;
    }
    return false;
  }

  private resize(capacity: number): void {
    this.mask = capacity - 1;
    this.slots = new Int32Array(capacity).fill(EMPTY);
    this.hashes = new Int32Array(capacity);
    // Keys are placed again (amortised: the table doubles). One that finds no
    // slot near its hash any more (a crafted collision) is forgotten.
    const keys = this.keys.splice(0);
    const hashes = this.keyHashes.splice(0);
    const values = this.values.splice(0);
    keys.forEach((key, k) => {
      const h = hashes[k] ?? 0;
      if (!this.place(h, this.keys.length)) return;
      this.keys.push(key);
      this.keyHashes.push(h);
      this.values.push(values[k] as V);
    });
  }
}

/** FNV-1a over UTF-16 units (exported for tests that craft collisions). */
export function hashSpan(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h | 0;
}

function sameSpan(word: string, text: string, from: number, to: number): boolean {
  if (word.length !== to - from) return false;
  for (let i = 0; i < word.length; i++) {
    if (word.charCodeAt(i) !== text.charCodeAt(from + i)) return false;
  }
  return true;
}
