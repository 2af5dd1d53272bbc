// Export writes the rules in force as a v1 file that imports back to the same rules.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportRuleFile, parseRuleFile, type RuleFile } from '../../src/core/rules';
import { accepted } from './rules-helpers';

const now = new Date('2026-12-01T08:30:00Z');
const kingsford = accepted(readFileSync('docs/examples/kingsford-council.json', 'utf8'));

function reimport(rules: RuleFile): RuleFile {
  const result = parseRuleFile(exportRuleFile(rules, now));
  if (!result.ok) expect.fail(result.errors.join('\n'));
  return result.rules;
}

describe('export and re-import', () => {
  it('gives the same rules, with exportedAt set to the export time', () => {
    expect(reimport(kingsford)).toEqual({ ...kingsford, exportedAt: '2026-12-01T08:30:00Z' });
  });

  it('writes pretty JSON with the header first and every default spelled out', () => {
    const text = exportRuleFile(
      accepted({ format: 'postguard-rules', version: 1, accounts: [] }),
      now,
    );
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n').slice(0, 4)).toEqual([
      '{',
      '  "format": "postguard-rules",',
      '  "version": 1,',
      '  "exportedAt": "2026-12-01T08:30:00Z",',
    ]);
    expect(JSON.parse(text).policy.unknownAccount).toBe('confirm');
  });

  it('writes each account and term of a long list on a line of its own', () => {
    const lines = exportRuleFile(kingsford, now).split('\n');
    const at = lines.indexOf('  "accounts": [');
    expect(lines[at + 1]).toBe(
      '    { "platform": "x", "handle": "KingsfordGov", "role": "corporate", "label": "Council newsroom" },',
    );
    expect(lines).toContain(
      '    { "term": "bomb", "action": "block", "roles": ["corporate", "professional"] },',
    );
  });

  it('holds for any valid rules (property)', () => {
    const role = fc.constantFrom('corporate', 'professional', 'personal');
    const word = fc.stringMatching(/^[a-z][a-z0-9 ]{0,20}[a-z0-9]$/);
    const rulesInput = fc.record({
      format: fc.constant('postguard-rules'),
      version: fc.constant(1),
      organization: fc.option(word, { nil: undefined }),
      accounts: fc.uniqueArray(
        fc
          .record({ platform: fc.constantFrom('x', 'facebook', 'linkedin'), handle: word, role })
          // An X handle is 1 to 15 letters, digits or _ (handle-format.ts).
          .map((a) =>
            a.platform === 'x' ? { ...a, handle: a.handle.replace(/ /g, '_').slice(0, 15) } : a,
          ),
        { selector: (a) => `${a.platform} ${a.handle.replace(/\s+/g, ' ')}`, maxLength: 5 },
      ),
      bannedTerms: fc.array(
        fc.record(
          {
            term: word,
            action: fc.constantFrom('block', 'confirm'),
            roles: fc.uniqueArray(role, { minLength: 1 }),
            note: word,
          },
          { requiredKeys: ['term'] },
        ),
        { maxLength: 5 },
      ),
      workTerms: fc.array(word, { maxLength: 3 }),
      policy: fc.record(
        { sendDelaySeconds: fc.integer({ min: 0, max: 60 }), allowOverride: fc.boolean() },
        { requiredKeys: [] },
      ),
    });
    fc.assert(
      fc.property(rulesInput, (input) => {
        const rules = accepted(JSON.parse(JSON.stringify(input)));
        expect(reimport(rules)).toEqual({ ...rules, exportedAt: '2026-12-01T08:30:00Z' });
      }),
    );
  });
});
