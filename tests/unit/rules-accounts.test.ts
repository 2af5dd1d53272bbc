// Which listed account the page shows: handles compared the forgiving way.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findAccount, normalizeHandle } from '../../src/core/rules';
import { accepted } from './rules-helpers';

const rules = accepted(readFileSync('docs/examples/kingsford-council.json', 'utf8'));

describe('normalizeHandle', () => {
  it.each([
    ['@KingsfordCouncil', 'kingsfordcouncil'],
    ['  @KingsfordCouncil  ', 'kingsfordcouncil'],
    ['@@x', '@x'],
    ['Kingsford \t  Council', 'kingsford council'],
    ['＠ＫｉｎｇｓｆｏｒｄＣｏｕｎｃｉｌ', 'kingsfordcouncil'],
    ['@', ''],
  ])('%j → %j', (input, output) => {
    expect(normalizeHandle(input)).toBe(output);
  });
});

describe('findAccount', () => {
  it('finds by handle, ignoring case, @ and white space', () => {
    expect(findAccount(rules, 'x', '@kingsfordcouncil')?.label).toBe('Council newsroom');
    expect(findAccount(rules, 'facebook', ' kingsford   COUNCIL ')?.role).toBe('corporate');
  });

  it('finds by alias', () => {
    expect(findAccount(rules, 'facebook', 'KingsfordCouncil')?.handle).toBe('Kingsford Council');
  });

  it('keeps platforms apart', () => {
    expect(findAccount(rules, 'linkedin', 'KingsfordCouncil')).toBeUndefined();
    expect(findAccount(rules, 'x', 'Kingsford Council')).toBeUndefined();
  });

  it('finds nothing for an unlisted or empty handle', () => {
    expect(findAccount(rules, 'x', 'someone_else')).toBeUndefined();
    expect(findAccount(rules, 'x', ' @ ')).toBeUndefined();
  });
});
