// The matcher remembers what each word does in a hash table looked up by span
// (word-table.ts). Words whose hashes collide, fully or in their slot, must
// never be mistaken for each other, and a post crafted to collide must still
// be matched exactly (the table only stops helping).
import { describe, expect, it } from 'vitest';
import { compileTerms } from '../../src/core/matcher';
import { hashSpan, WordTable } from '../../src/core/matcher/word-table';
import * as reference from './matcher-reference';

const hash = (s: string) => hashSpan(s, 0, s.length);
/** Lower-case words from a counter: aaaa, baaa, … */
const nth = (n: number) => {
  let s = '';
  for (let i = 0; i < 5; i++, n = Math.floor(n / 26)) s += String.fromCharCode(97 + (n % 26));
  return s;
};

/**
 * Two different words with the same 32-bit hash, found once by a birthday
 * search over random words (the test checks that they still collide).
 */
const fullCollision = (): [string, string] => ['ewbiwsvv', 'ztczxfgw'];

/** `count` words that all hash to the same slot of a table of 4,096 slots. */
function slotCollisions(count: number): string[] {
  const out: string[] = [];
  for (let n = 0; out.length < count; n++) if ((hash(nth(n)) & 4095) === 0) out.push(nth(n));
  return out;
}

describe('WordTable', () => {
  it('tells apart words with the same hash', () => {
    const [a, b] = fullCollision();
    expect(a).not.toBe(b);
    expect(hash(a)).toBe(hash(b));
    const table = new WordTable<string>(16);
    table.add(a, 'a');
    expect(table.get(b)).toBeUndefined();
    table.add(b, 'b');
    expect([table.get(a), table.get(b)]).toEqual(['a', 'b']);
    expect(table.getSpan(`x ${b} y`, 2, 2 + b.length)).toBe('b');
  });

  it('a crowd of words in one slot: each is found or missed, never confused', () => {
    const crowd = slotCollisions(60);
    const table = new WordTable<string>(2_048);
    for (const w of crowd) table.add(w, w);
    // Others make the table grow twice over, which places the crowd again.
    for (let i = 0; i < 300; i++) table.add(nth(100_000 + i), 'other');
    const found = crowd.filter((w) => table.get(w) !== undefined);
    for (const w of found) expect(table.get(w)).toBe(w);
    expect(found.length).toBeGreaterThanOrEqual(8);
    const others = Array.from({ length: 300 }, (_, i) => table.get(nth(100_000 + i)));
    expect(others.filter((v) => v !== undefined && v !== 'other')).toEqual([]);
    expect(others.filter((v) => v === 'other').length).toBeGreaterThan(250);
  });

  it('stops adding when full, and forgets everything when cleared', () => {
    const table = new WordTable<number>(4);
    for (let i = 0; i < 10; i++) table.add(nth(i), i);
    expect(table.size).toBe(4);
    expect(table.get(nth(3))).toBe(3);
    expect(table.get(nth(4))).toBeUndefined();
    table.clear();
    expect([table.size, table.get(nth(0))]).toEqual([0, undefined]);
  });
});

describe('matching posts made of colliding words', () => {
  it('full collisions: only the term itself hits', () => {
    const [a, b] = fullCollision();
    const m = compileTerms([{ term: a, tag: 'a' }]);
    for (const text of [`${b} ${a}`, `${a} ${b}`, b, a]) {
      expect(m.find(text).map((h) => h.text)).toEqual(text.split(' ').filter((w) => w === a));
    }
  });

  it('many words in one slot: same hits as the reference matcher', () => {
    const words = slotCollisions(60);
    const entries = words.filter((_, i) => i % 7 === 0).map((term) => ({ term, tag: term }));
    entries.push({ term: `${words[1]} ${words[2]}`, tag: 'phrase' });
    const fast = compileTerms(entries);
    const slow = reference.compileTerms(entries);
    const text = `${words.join(' ')}, ${[...words].reverse().join(' ')}`;
    for (let i = 0; i < 3; i++) expect(fast.find(text)).toEqual(slow.find(text));
  });
});
