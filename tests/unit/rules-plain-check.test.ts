// The plain check of a rule file (core/rules/check-rule-file.ts: no zod, for
// the content script) against the schema's (core/rules/parse.ts). On every
// file they agree: the same verdict and the same rules, keys in the same order.
// When a file is refused, the plain check names one problem, and it is one the
// schema names too, in the same words, made from a Localizable like the
// schema's. Its preview mode leaves only the entries of the term lists unread.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from '../fakes/browser';
import { checkRuleFile } from '../../src/core/rules/check-rule-file';
import { issueLines } from '../../src/core/rules/issues';
import { validateRuleFile, type RuleFile } from '../../src/core/rules';
import { malformed, validFile } from './rule-file-arbitraries';
import { file } from './rules-helpers';

/** browser.i18n.getMessage with the en messages.json (the fake formats it as browsers do). */
const en = (key: string, subs: string[]) => fakeBrowser.i18n.getMessage(key, subs) || null;

/** Both checks' verdicts on `value`, and that they agree as described above. */
function bothCheck(value: unknown) {
  const schema = validateRuleFile(value);
  const plain = checkRuleFile(value);
  expect(plain.ok).toBe(schema.ok);
  if (plain.ok && schema.ok) {
    expect(JSON.stringify(plain.rules)).toBe(JSON.stringify(schema.rules));
  } else if (!plain.ok && !schema.ok) {
    expect(plain.errors).toHaveLength(1);
    expect(schema.errors).toContain(plain.errors[0]);
    expect(typeof plain.issues[0]!.message).not.toBe('string');
    expect(issueLines(plain.issues, en)).toEqual(plain.errors);
  }
  return { schema, plain };
}

/** The rules with their term lists emptied: what the preview mode returns. */
function withoutTermEntries(rules: RuleFile): RuleFile {
  const out = structuredClone(rules);
  out.bannedTerms = [];
  out.workTerms = [];
  if (out.sombre) {
    out.sombre.terms = [];
    if (out.sombre.allowedHashtags) out.sombre.allowedHashtags = [];
  }
  return out;
}

describe('the plain check agrees with the schema', () => {
  it('on 500 generated valid rule files, in both modes', () => {
    fc.assert(
      fc.property(validFile, (value) => {
        const { schema } = bothCheck(value);
        if (!schema.ok) expect.fail(schema.errors.join('\n'));
        const preview = checkRuleFile(value, 'preview');
        if (!preview.ok) expect.fail(preview.errors.join('\n'));
        expect(preview.rules).toEqual(withoutTermEntries(schema.rules));
      }),
      { numRuns: 500 },
    );
  });

  it('on 1,000 generated malformed rule files: one of the schema’s problems, in its words', () => {
    fc.assert(
      fc.property(malformed, ({ kind, text }) => {
        if (kind === 'huge nesting' || kind === 'invalid JSON') return;
        bothCheck(JSON.parse(text.replace(/^\uFEFF/, '')));
      }),
      { numRuns: 1_000 },
    );
  });

  const account = (fields: Record<string, unknown>) => ({
    platform: 'facebook',
    handle: 'Kingsford Council',
    role: 'corporate',
    ...fields,
  });
  const ONE_PROBLEM: [string, unknown, string][] = [
    ['not an object', [], '(root): expected an object ({ … }); this is not a Postguard rule file'],
    [
      'another format',
      { format: 'other' },
      'format: wrong; expected "postguard-rules" (this is not a Postguard rule file)',
    ],
    [
      'a newer version',
      file({ version: 2 }),
      'version: this file was made for a newer version of Postguard (version 2); update Postguard to import it',
    ],
    ['an unknown key', file({ bannedterms: [] }), 'bannedterms: unknown key'],
    [
      'no accounts',
      { format: 'postguard-rules', version: 1 },
      'accounts: missing; expected a list ([ … ])',
    ],
    [
      'a platform',
      file({ accounts: [account({ platform: 'myspace' })] }),
      'accounts[0].platform: expected x, facebook, linkedin, bluesky or mastodon',
    ],
    [
      'an empty handle',
      file({ accounts: [account({ handle: '@ ' })] }),
      'accounts[0].handle: must name an account (it is empty once spaces, invisible characters and the leading @ are removed)',
    ],
    [
      'an X handle',
      file({ accounts: [account({ platform: 'x', handle: 'Kingsford Gov' })] }),
      'accounts[0].handle: is not an X handle: 1 to 15 letters A to Z, digits or _, with no spaces or other characters',
    ],
    [
      'an account twice',
      file({ accounts: [account({}), account({ handle: 'x', aliases: ['kingsford council'] })] }),
      'accounts[1].aliases[0]: the Facebook account "kingsford council" is already listed at accounts[0].handle',
    ],
    [
      'a term',
      file({ workTerms: ['#*'] }),
      'workTerms[0]: needs at least one letter or digit besides # and *',
    ],
    [
      'a long note',
      file({ bannedTerms: [{ term: 'bomb', note: 'x'.repeat(1001) }] }),
      'bannedTerms[0].note: must be at most 1,000 characters long',
    ],
    [
      'too many terms',
      file({ workTerms: Array.from({ length: 10_001 }, (_, i) => `w${i}`) }),
      'workTerms: at most 10,000 work terms allowed (found 10,001)',
    ],
    [
      'a date',
      file({ exportedAt: 'yesterday' }),
      'exportedAt: expected a date and time such as 2026-11-20T10:00:00Z',
    ],
    [
      'a window',
      file({
        sombre: { windows: [{ start: '2026-11-11T11:00:00Z', end: '2026-11-11T10:00:00Z' }] },
      }),
      'sombre.windows[0].end: must be later than start',
    ],
    [
      'a hashtag',
      file({ sombre: { allowedHashtags: ['Poppy'] } }),
      'sombre.allowedHashtags[0]: must start with #',
    ],
    [
      'no roles',
      file({ bannedTerms: [{ term: 'bomb', roles: [] }] }),
      'bannedTerms[0].roles: must not be empty',
    ],
    [
      'a delay as text',
      file({ policy: { sendDelaySeconds: '5' } }),
      'policy.sendDelaySeconds: expected a number',
    ],
    [
      'a delay in part',
      file({ policy: { sendDelaySeconds: 1.5 } }),
      'policy.sendDelaySeconds: expected a whole number',
    ],
    [
      'a delay too long',
      file({ policy: { sendDelaySeconds: 61 } }),
      'policy.sendDelaySeconds: must be at most 60',
    ],
    [
      'a delay below 0',
      file({ policy: { sendDelaySeconds: -1 } }),
      'policy.sendDelaySeconds: must be at least 0',
    ],
    [
      'a setting',
      file({ builtinLists: { profanity: 'ask' } }),
      'builtinLists.profanity: expected block, confirm or off',
    ],
    ['a switch', file({ sombre: { active: 'yes' } }), 'sombre.active: expected true or false'],
  ];

  it.each(ONE_PROBLEM)('%s: the schema’s one problem, word for word', (_, value, line) => {
    const { schema, plain } = bothCheck(value);
    expect(schema.ok ? [] : schema.errors).toEqual([line]);
    expect(plain.ok ? [] : plain.errors).toEqual([line]);
  });
});

describe('the preview mode', () => {
  const terms = (entry: unknown) => ({
    bannedTerms: [{ term: 'bomb' }, { term: entry }],
    workTerms: ['residents', entry],
    sombre: { active: true, terms: ['party', entry], allowedHashtags: ['#Poppy', entry] },
  });

  it('leaves the term lists empty, and checks everything else', () => {
    const value = file({ ...terms(42), accounts: [{ platform: 'x', handle: 'a', role: 'boss' }] });
    expect(checkRuleFile(value, 'preview')).toMatchObject({
      ok: false,
      errors: ['accounts[0].role: expected corporate, professional or personal'],
    });
    const preview = checkRuleFile(file(terms(42)), 'preview');
    expect(preview).toMatchObject({
      ok: true,
      rules: { bannedTerms: [], workTerms: [], sombre: { active: true, terms: [] } },
    });
    expect(checkRuleFile(file(terms(42)))).toMatchObject({
      ok: false,
      errors: ['bannedTerms[1].term: expected text in double quotes'],
    });
  });

  it('still refuses a term list that is not a list, or too long', () => {
    expect(checkRuleFile(file({ workTerms: 'none' }), 'preview')).toMatchObject({
      errors: ['workTerms: expected a list ([ … ])'],
    });
    const many = Array.from({ length: 10_001 }, () => '#a');
    expect(checkRuleFile(file({ sombre: { allowedHashtags: many } }), 'preview')).toMatchObject({
      errors: ['sombre.allowedHashtags: at most 10,000 hashtags allowed (found 10,001)'],
    });
  });
});
