// Which listed account the page shows: handles compared the forgiving way.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findAccount, normalizeHandle } from '../../src/core/rules';
import { accepted } from './rules-helpers';

const rules = accepted(readFileSync('docs/examples/kingsford-council.json', 'utf8'));

describe('normalizeHandle', () => {
  it.each([
    ['@KingsfordGov', 'kingsfordgov'],
    ['  @KingsfordGov  ', 'kingsfordgov'],
    ['@@x', '@x'],
    ['Kingsford \t  Council', 'kingsford council'],
    ['＠ＫｉｎｇｓｆｏｒｄＧｏｖ', 'kingsfordgov'],
    ['@', ''],
  ])('%j → %j', (input, output) => {
    expect(normalizeHandle(input)).toBe(output);
  });
});

describe('findAccount', () => {
  it('finds by handle, ignoring case, @ and white space', () => {
    expect(findAccount(rules, 'x', '@kingsfordgov')?.label).toBe('Council newsroom');
    expect(findAccount(rules, 'facebook', ' kingsford   COUNCIL ')?.role).toBe('corporate');
  });

  it('finds by alias', () => {
    expect(findAccount(rules, 'facebook', 'KINGSFORDCOUNCIL')?.handle).toBe('Kingsford Council');
  });

  it('keeps platforms apart', () => {
    expect(findAccount(rules, 'linkedin', 'KingsfordGov')).toBeUndefined();
    expect(findAccount(rules, 'x', 'Kingsford Council')).toBeUndefined();
  });

  it('finds nothing for an unlisted or empty handle', () => {
    expect(findAccount(rules, 'x', 'someone_else')).toBeUndefined();
    expect(findAccount(rules, 'x', ' @ ')).toBeUndefined();
  });
});
