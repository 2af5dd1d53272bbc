// docs/rule-file.schema.json is generated from the zod schema; this test fails
// when someone changes the schema and forgets to regenerate it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ruleFileJsonSchemaText } from '../../src/core/rules/json-schema';

describe('docs/rule-file.schema.json', () => {
  it('is what the zod schema generates', () => {
    const committed = readFileSync('docs/rule-file.schema.json', 'utf8');
    expect(
      committed,
      'docs/rule-file.schema.json is out of date: run `npm run schema` and commit the result',
    ).toBe(ruleFileJsonSchemaText());
  });

  it('makes defaulted fields optional and refuses unknown keys', () => {
    const schema = JSON.parse(ruleFileJsonSchemaText());
    expect(schema.$id).toMatch(/^https:\/\//);
    expect(schema.title).toBeTruthy();
    expect(schema.description).toBeTruthy();
    expect(schema.required).toEqual(['format', 'version', 'accounts']);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.policy.properties.sendDelaySeconds).toMatchObject({
      type: 'integer',
      minimum: 0,
      maximum: 60,
      default: 0,
    });
  });
});
