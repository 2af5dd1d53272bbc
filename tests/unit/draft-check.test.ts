// The rule editor's check as you type (src/options/editor/draft-check.ts) finds exactly
// the problems of the rule file schema, in the same order, whatever was checked before:
// on generated valid and malformed files, and on a draft edited one entry at a time, where
// the unchanged entries' problems come from its memory.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { issueLines } from '../../src/core/rules/issues';
import { validateRuleFile } from '../../src/core/rules';
import { checkDraft } from '../../src/options/editor/draft-check';
import { setAt } from '../../src/options/editor/draft';
import { largestRuleFile } from '../support/largest-rule-file';
import { malformed, validFile } from './rule-file-arbitraries';

/** The lines the schema gives, [] when it accepts the draft. */
function schemaLines(draft: unknown): string[] {
  const result = validateRuleFile(draft);
  return result.ok ? [] : result.errors;
}

function draftLines(draft: unknown): string[] {
  const result = checkDraft(draft);
  return result.ok ? [] : issueLines(result.issues);
}

describe("the editor's check of its draft", () => {
  it('agrees with the schema on generated valid files', () => {
    fc.assert(
      fc.property(validFile, (file) => {
        expect(draftLines(structuredClone(file))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with the schema, line for line, on generated malformed files', () => {
    fc.assert(
      fc.property(malformed, ({ text }) => {
        let value: unknown;
        try {
          value = JSON.parse(text.replace(/^\uFEFF/, ''));
        } catch {
          return; // not JSON: the editor's draft is always a value
        }
        expect(draftLines(value)).toEqual(schemaLines(value));
      }),
      { numRuns: 1_000 },
    );
  });

  it('agrees after edits to single entries of a checked draft (its memory)', () => {
    const edits = fc.array(
      fc.tuple(
        fc.constantFrom('accounts', 'bannedTerms'),
        fc.nat(),
        fc.constantFrom('handle', 'role', 'term', 'action', 'platform', 'note', 'typo'),
        fc.constantFrom<unknown>('', 'boss', '@KingsfordGov', 'x', 'bluesky', 42, 'a b', null),
      ),
      { minLength: 1, maxLength: 6 },
    );
    fc.assert(
      fc.property(validFile, edits, (file, changes) => {
        let draft = structuredClone(file) as Record<string, unknown>;
        draftLines(draft); // remembered: every entry of the file as generated
        for (const [list, pick, key, value] of changes) {
          const entries = draft[list] as unknown[] | undefined;
          if (!entries?.length) continue;
          draft = setAt(draft, [list, pick % entries.length, key], value);
          expect(draftLines(draft)).toEqual(schemaLines(draft));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('lists problems all over the file in the order the schema lists them', () => {
    const draft = {
      bannedterms: [],
      policy: { sendDelaySeconds: 99 },
      workTerms: [''],
      bannedTerms: [{ term: 'ok' }, { term: '', action: 'ban' }],
      accounts: [
        { platform: 'x', handle: 'a b', role: 'boss' },
        { platform: 'x', handle: '@A_B', role: 'personal' },
        { platform: 'x', handle: 'a_b', role: 'personal' },
      ],
      organization: '',
      version: 1,
      format: 'postguard-rules',
    };
    const lines = draftLines(draft);
    expect(lines.length).toBeGreaterThan(6);
    expect(lines).toEqual(schemaLines(draft));
  });

  it('checks an edit of the largest file against its other 499 accounts', () => {
    const draft = structuredClone(largestRuleFile()) as unknown as Record<string, unknown>;
    expect(draftLines(draft)).toEqual([]);
    const taken = (draft.accounts as { handle: string }[])[5]!.handle;
    const edited = setAt(draft, ['accounts', 400, 'handle'], taken.toUpperCase());
    const lines = draftLines(edited);
    expect(lines).toEqual(schemaLines(edited));
    expect(lines).toEqual([expect.stringMatching(/^accounts\[400\]\.handle: .*accounts\[5\]/)]);
  });
});
