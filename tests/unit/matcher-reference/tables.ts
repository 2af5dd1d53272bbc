// Lookup structures for term words. Every lookup costs time proportional to
// the word looked up plus the number of entries it can match, never to the
// number of terms: hash maps by skeleton, hash maps by (first letter, last
// letter, length) for masked words, and character tries for prefixes.

import { MASK } from './readings';
import { keyOf, runsMatch, type TokenKey } from './token-key';

interface TrieNode<P> {
  next: Map<number, TrieNode<P>> | undefined;
  items: P[] | undefined;
}

/** A trie over UTF-16 units; walking a string visits the items of each prefix. */
export class CharTrie<P> {
  private readonly root: TrieNode<P> = { next: undefined, items: undefined };

  add(key: string, item: P): void {
    let node = this.root;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      node.next ??= new Map();
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { next: undefined, items: undefined }));
      node = child;
    }
    (node.items ??= []).push(item);
  }

  /** Calls visit(depth, items) for every stored key that is a prefix of `s`. */
  walk(s: string, visit: (depth: number, items: readonly P[]) => void): void {
    let node: TrieNode<P> | undefined = this.root;
    for (let i = 0; node; i++) {
      if (node.items) visit(i, node.items);
      if (i >= s.length) break;
      node = node.next?.get(s.charCodeAt(i));
    }
  }
}

interface Row<P> {
  readonly literal: string;
  readonly runs: string;
  readonly payload: P;
}

// Masked lookups compare a word against every term of its shape; a post that
// repeats the same masked word thousands of times pays for it once. Only words
// with the length of some term are remembered, so the memo stays small.
const MASK_MEMO_LIMIT = 256;

/** Term words and a payload per distinct word (its literal form). */
export class TokenTable<P> {
  private readonly byLiteral = new Map<string, Row<P>>();
  private readonly bySkel = new Map<string, Row<P>[]>();
  private readonly byShape = new Map<string, Row<P>[]>();
  private readonly maskMemo = new Map<string, readonly P[]>();

  /** The payload stored for `literal`, created on first use. */
  getOrAdd(literal: string, create: () => P): P {
    const found = this.byLiteral.get(literal);
    if (found) return found.payload;
    const { skel, runs } = keyOf(literal);
    const row: Row<P> = { literal, runs, payload: create() };
    this.byLiteral.set(literal, row);
    push(this.bySkel, skel, row);
    push(this.byShape, shapeOf(literal), row);
    this.maskMemo.clear();
    return row.payload;
  }

  /** Payloads of the term words this text word (by key) spells. */
  match(key: TokenKey, visit: (payload: P) => void): void {
    const rows = this.bySkel.get(key.skel);
    if (!rows) return;
    for (const row of rows) if (runsMatch(key.runs, row.runs, false)) visit(row.payload);
  }

  /** Payloads of the term words that fit a masked word: same length, * = any letter. */
  matchMasked(masked: string, visit: (payload: P) => void): void {
    const rows = this.byShape.get(shapeOf(masked));
    if (!rows) return;
    let found = this.maskMemo.get(masked);
    if (!found) {
      found = rows.filter((row) => fits(masked, row.literal)).map((row) => row.payload);
      if (this.maskMemo.size >= MASK_MEMO_LIMIT) this.maskMemo.clear();
      this.maskMemo.set(masked, found);
    }
    found.forEach((p) => visit(p));
  }
}

/** Prefix terms (drive*), matched against the start of text words. */
export class PrefixTable<P> {
  private readonly trie = new CharTrie<{ runs: string; payload: P }>();

  add(literal: string, payload: P): void {
    const { skel, runs } = keyOf(literal);
    this.trie.add(skel, { runs, payload });
  }

  match(key: TokenKey, visit: (payload: P) => void): void {
    this.trie.walk(key.skel, (depth, items) => {
      if (depth === 0) return;
      for (const item of items) if (runsMatch(key.runs, item.runs, true)) visit(item.payload);
    });
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function shapeOf(word: string): string {
  return `${word.charAt(0)}\u0000${word.charAt(word.length - 1)}\u0000${word.length}`;
}

function fits(masked: string, literal: string): boolean {
  for (let i = 0; i < masked.length; i++) {
    const ch = masked.charCodeAt(i);
    if (ch !== MASK_CODE && ch !== literal.charCodeAt(i)) return false;
  }
  return true;
}

const MASK_CODE = MASK.charCodeAt(0);
