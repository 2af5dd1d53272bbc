// Rule file problems through _locales: core keeps the English (issue-messages.ts)
// and a Localizable for each problem; the background and the options page say
// it with t. The English must not change, every key must be in messages.json,
// and the background must really use the browser's language.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '../fakes/browser';
import { renderLocalizable, type LocalizableParam } from '../../src/core/localizable';
import { RULE_ISSUE_TEMPLATES } from '../../src/core/rules/issue-messages';
import { issueLines } from '../../src/core/rules/issues';
import { MAX_RULE_FILE_BYTES, parseRuleFile, validateRuleFile } from '../../src/core/rules/parse';
import { importRuleText, saveEditedRules } from '../../src/background/rules-store';
import { file } from './rules-helpers';

const messages = JSON.parse(readFileSync('src/_locales/en/messages.json', 'utf8')) as Record<
  string,
  unknown
>;

/** browser.i18n.getMessage in English (the fake formats messages.json as browsers do). */
const en = (key: string, subs: string[]) =>
  key in messages ? fakeBrowser.i18n.getMessage(key, subs) : null;

const account = (fields: Record<string, unknown>) => ({
  platform: 'x',
  handle: 'a',
  role: 'corporate',
  ...fields,
});

// Files that, between them, make every message a rule file check can make.
const REFUSED: [string, string | unknown][] = [
  ['too large', `"${'x'.repeat(MAX_RULE_FILE_BYTES)}"`],
  ['empty', ''],
  ['ends early', '{"a": [1, 2'],
  ['only white space', ' \n'],
  ['trailing comma in object', '{"a": 1,}'],
  ['trailing comma in array', '[1, 2,]'],
  ['single quotes', "{'format': 1}"],
  ['comment', '{"a": 1 // note\n}'],
  ['missing colon', '{"a" 1}'],
  ['line break in text', '{"a": "x\ny"}'],
  ['bad \\u', '{"a": "\\u12"}'],
  ['unknown escape', '{"a": "\\x"}'],
  ['unclosed text', '{"a": "x'],
  ['after the end', '{} {}'],
  ['double quote found', '{"a": 1 "b": 2}'],
  ['control character found', '{"a": \u0007}'],
  ['bad value', '{"a": tru}'],
  ['not an object', []],
  ['no format', { version: 1 }],
  ['wrong format', { format: 'other' }],
  ['newer version', { format: 'postguard-rules', version: 2 }],
  [
    'schema problems',
    file({
      organisation: 'typo',
      organization: '',
      accounts: [
        account({ platform: 'myspace', role: undefined, label: ' ' }),
        account({ handle: '@ ', aliases: ['b', 'x'.repeat(201)] }),
        account({ handle: 'B' }),
      ],
      $schema: 5,
      bannedTerms: [{ term: '#*', roles: [] }],
      workTerms: 'none',
      exportedAt: 'yesterday',
      sombre: {
        active: 'yes',
        windows: [{ start: '2026-11-11T11:00:00Z', end: '2026-11-11T10:00:00Z' }],
        allowedHashtags: ['Poppy'],
      },
      policy: { sendDelaySeconds: 61, unknownAccount: 'ask' },
      builtinLists: 3,
    }),
  ],
  [
    'not an X handle',
    file({ accounts: [account({ handle: 'Kingsford Gov', aliases: ['Kingsf\u043ErdGov'] })] }),
  ],
  [
    'not a Bluesky handle',
    file({
      accounts: [account({ platform: 'bluesky', handle: 'kingsford', aliases: ['jane doe.org'] })],
    }),
  ],
  [
    'not a Mastodon account',
    file({
      accounts: [
        account({ platform: 'mastodon', handle: 'press', aliases: ['@jane@mastodon social'] }),
      ],
    }),
  ],
  ['a role listed twice', file({ toneCheck: { roles: ['corporate', 'personal', 'corporate'] } })],
  ['too low', file({ policy: { sendDelaySeconds: -1 } })],
  ['not a whole number', file({ policy: { sendDelaySeconds: 1.5 } })],
  ['not a number', file({ policy: { sendDelaySeconds: '5' } })],
  ['not a list', file({ accounts: {} })],
  [
    'too many',
    file({ accounts: Array.from({ length: 501 }, (_, i) => account({ handle: `a${i}` })) }),
  ],
  [
    'too many terms',
    file({
      bannedTerms: Array.from({ length: 10_001 }, (_, i) => ({ term: `w${i}` })),
      workTerms: Array.from({ length: 10_001 }, (_, i) => `w${i}`),
      sombre: { terms: Array.from({ length: 10_001 }, (_, i) => `w${i}`) },
    }),
  ],
  [
    'too many hashtags',
    file({
      sombre: { allowedHashtags: Array.from({ length: 10_001 }, (_, i) => `#b${i}`) },
    }),
  ],
];

// Generic fallbacks for what no check makes today: a minimum other than "not
// empty", a limit on aliases or roles, a string format other than date-time, an
// unknown zod issue, a list too long that is not a list, JSON that JSON.parse
// refuses and the scanner accepts.
const UNREACHED = [
  'rules_json_invalid',
  'rules_text_at_least',
  'rules_list_at_most',
  'rules_list_at_least',
  'rules_list_at_least_found',
  'rules_items_aliases',
  'rules_items_roles',
  'rules_items_entries',
  'rules_expected_format',
  'rules_not_valid_here',
].sort();

function refusal(input: unknown) {
  const result =
    typeof input === 'string'
      ? parseRuleFile(input)
      : validateRuleFile(input as Record<string, unknown>);
  if (result.ok) expect.fail('expected the file to be refused');
  return result;
}

function keysOf(message: LocalizableParam): string[] {
  return typeof message === 'string'
    ? []
    : [message.key, ...message.params.flatMap((param) => keysOf(param))];
}

describe('rule file problems in _locales', () => {
  it('each English template of core/rules/issue-messages.ts is the en message of its key', () => {
    const marks = ['⟨1⟩', '⟨2⟩', '⟨3⟩'];
    for (const [key, template] of Object.entries(RULE_ISSUE_TEMPLATES)) {
      const expected = template.replace(/\$([1-9])/g, (_, n: string) => marks[Number(n) - 1]!);
      expect(en(key, marks), key).toBe(expected);
    }
  });

  it('every rules_ message has its English in core (so core never shows a key)', () => {
    const rulesKeys = Object.keys(messages).filter((key) => key.startsWith('rules_'));
    expect(rulesKeys.filter((key) => !(key in RULE_ISSUE_TEMPLATES))).toEqual([]);
  });

  it.each(REFUSED)('%s: the en messages say exactly the English lines', (_, input) => {
    const { errors, issues } = refusal(input);
    expect(issues).toHaveLength(errors.length);
    for (const issue of issues) {
      expect(renderLocalizable(issue.message, en), keysOf(issue.message).join()).not.toBeNull();
      expect(typeof issue.message).not.toBe('string');
    }
    expect(issueLines(issues, en)).toEqual(errors);
  });

  it('the cases make every message but the generic fallbacks', () => {
    const made = new Set(
      REFUSED.flatMap(([, input]) => refusal(input).issues.flatMap((i) => keysOf(i.message))),
    );
    const missed = Object.keys(RULE_ISSUE_TEMPLATES).filter((key) => !made.has(key));
    expect(missed.sort()).toEqual(UNREACHED);
  });

  it('shows the English when a translation lacks a key of the message', () => {
    const { errors, issues } = refusal(file({ accounts: [account({ role: 'boss' })] }));
    const partial = (key: string, subs: string[]) =>
      key === 'rules_list_or' ? null : `«${en(key, subs)}»`;
    expect(issueLines(issues, partial)).toEqual(errors);
    expect(errors).toEqual(['accounts[0].role: expected corporate, professional or personal']);
  });
});

describe('the background says rule file problems in the browser’s language', () => {
  // A stand-in language: each message shows its key and substitutions.
  const pretend = () =>
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(
      (key: string, subs?: string | string[]) =>
        `«${key}${[subs ?? []]
          .flat()
          .map((s) => ` ${s}`)
          .join('')}»`,
    );

  it('an import refused for a schema problem', async () => {
    const spy = pretend();
    const text = JSON.stringify(file({ bannedterms: [], accounts: [account({ role: 'boss' })] }));
    expect(await importRuleText(text, new Date())).toEqual({
      ok: false,
      errors: [
        'accounts[0].role: «rules_expected «rules_list_or «rules_list_comma corporate professional» personal»»',
        'bannedterms: «rules_unknown_key»',
      ],
    });
    spy.mockRestore();
  });

  it('an import refused for broken JSON, and a refused edit', async () => {
    const spy = pretend();
    expect(await importRuleText('{"a": 1,}', new Date())).toEqual({
      ok: false,
      errors: ['(root): «rules_json_invalid_at 1 9 «rules_json_comma_before_brace»»'],
    });
    expect(await saveEditedRules(file({ policy: { sendDelaySeconds: 61 } }), new Date())).toEqual({
      ok: false,
      errors: ['policy.sendDelaySeconds: «rules_at_most 60»'],
    });
    spy.mockRestore();
  });

  it('a refusal while the organisation manages the rules', async () => {
    fakeBrowser.storage.managed.reset({ rules: file() });
    const spy = pretend();
    expect(await importRuleText(JSON.stringify(file()), new Date())).toEqual({
      ok: false,
      errors: ['(root): «error_rules_locked»'],
    });
    spy.mockRestore();
  });
});
