// One matcher per rules object: 10,000 terms are compiled once, not on every send.
import { describe, expect, it, vi } from 'vitest';
import * as matcher from '../../src/core/matcher';
import { evaluate } from '../../src/core/engine';
import { check, rules, seen } from './engine-helpers';

vi.mock('../../src/core/matcher', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/core/matcher')>();
  return { ...original, compileTerms: vi.fn(original.compileTerms) };
});

describe('compiled rules cache', () => {
  it('compiles once per rules object, again for a new one', () => {
    const compile = vi.mocked(matcher.compileTerms);
    compile.mockClear();
    const big = rules({
      bannedTerms: Array.from({ length: 10_000 }, (_, i) => ({ term: `forbidden${i}` })),
    });
    for (let i = 0; i < 5; i++) check('nothing to see', seen('a'), big);
    expect(compile).toHaveBeenCalledTimes(1);
    check('nothing to see', seen('a'), rules());
    expect(compile).toHaveBeenCalledTimes(2);
  });

  // How fast is for npm run bench to measure (bench/), not for a test to assert.
  it('finds the one banned term of a 10,000-term file in a long post', () => {
    const big = rules({
      bannedTerms: Array.from({ length: 10_000 }, (_, i) => ({ term: `forbidden${i}` })),
      accounts: [{ platform: 'x', handle: 'corp', role: 'corporate' }],
    });
    check('warm up', seen('corp'), big);
    const text = 'A long post that mentions forbidden9999 once. '.repeat(50);
    const verdict = evaluate({ texts: [text] }, seen('corp'), big, new Date());
    expect(verdict.action).toBe('block');
  });

  it('a term that is both banned and a sombre term counts for both rules', () => {
    const both = rules({
      accounts: [{ platform: 'x', handle: 'corp', role: 'corporate' }],
      bannedTerms: [{ term: 'party', action: 'confirm' }],
      sombre: { active: true, terms: ['Party'] },
    });
    const codes = check('party time', seen('corp'), both).reasons.map((r) => r.code);
    expect(codes).toEqual(['sombre-term', 'corporate-account', 'sombre-mode', 'banned-term']);
  });
});
