// Every example in docs/examples is a valid rule file (they are documentation).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRuleFile } from '../../src/core/rules';

const dir = 'docs/examples';
const examples = readdirSync(dir).filter((name) => name.endsWith('.json'));

describe('docs/examples', () => {
  it('has the documented examples', () => {
    expect(examples).toEqual(
      expect.arrayContaining([
        'car-maker.json',
        'kingsford-council.json',
        'minimal.json',
        'university-department.json',
      ]),
    );
  });

  it.each(examples)('%s is a valid rule file', (name) => {
    const result = parseRuleFile(readFileSync(`${dir}/${name}`, 'utf8'));
    expect(result.ok ? [] : result.errors).toEqual([]);
  });
});
