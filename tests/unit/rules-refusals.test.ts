// What an admin sees when a rule file is refused: every problem as `path: message`.
import { describe, expect, it } from 'vitest';
import { parseRuleFile, validateRuleFile } from '../../src/core/rules';
import { file, refused } from './rules-helpers';

describe('refused rule files', () => {
  it('bad JSON says where, as line and column', () => {
    const text = '{\n  "format": "postguard-rules",\n  "version": 1\n  "accounts": []\n}';
    expect(refused(text)).toEqual([
      '(root): not valid JSON at line 4, column 3: expected "," or "}", found \'"\'',
    ]);
  });

  it.each([
    ['{"a": 1,}', 'line 1, column 9: a comma before "}" is not allowed in JSON'],
    ['[1, 2,]', 'line 1, column 7: a comma before "]" is not allowed in JSON'],
    [
      "{'format': 1}",
      'line 1, column 2: expected a property name in double quotes, found "\'" (JSON needs double quotes)',
    ],
    [
      '{"a": 1 // note\n}',
      'line 1, column 9: expected "," or "}", found "/" (comments are not allowed in JSON)',
    ],
    ['{"a": [1, 2', 'line 1, column 12: the file ends too early (a closing ] is missing)'],
    [
      '{"a": "x\ny"}',
      'line 1, column 9: a line break or control character inside text; write it as \\n',
    ],
    ['{"a": tru}', 'line 1, column 7: expected a value, found "t"'],
    ['{} {}', 'line 1, column 4: unexpected "{" after the end of the data'],
    ['', 'line 1, column 1: the file is empty'],
  ])('bad JSON %j', (text, where) => {
    expect(refused(text)).toEqual([`(root): not valid JSON at ${where}`]);
  });

  it('a deeply nested file is reported, not a stack overflow', () => {
    expect(refused('['.repeat(200_000))[0]).toMatch(
      /^\(root\): not valid JSON at line 1, column 200001/,
    );
  });

  it('accepts a UTF-8 byte order mark', () => {
    expect(parseRuleFile(`\uFEFF${JSON.stringify(file())}`).ok).toBe(true);
  });

  it('a wrong type names the field and what it should be', () => {
    const errors = refused(
      file({
        accounts: [
          { platform: 'x', handle: 'a', role: 'corporate' },
          { platform: 'x', handle: 42, role: 'personal' },
          { platform: 'x', handle: 'c', role: 'admin' },
        ],
        bannedTerms: 'bomb',
        policy: { confirmCorporate: 'yes', sendDelaySeconds: 2.5 },
      }),
    );
    expect(errors).toEqual([
      'accounts[1].handle: expected text in double quotes',
      'accounts[2].role: expected corporate, professional or personal',
      'bannedTerms: expected a list ([ … ])',
      'policy.confirmCorporate: expected true or false',
      'policy.sendDelaySeconds: expected a whole number',
    ]);
  });

  it('a missing field says so', () => {
    expect(refused({ format: 'postguard-rules', version: 1 })).toEqual([
      'accounts: missing; expected a list ([ … ])',
    ]);
    expect(refused(file({ accounts: [{ platform: 'x', handle: 'a' }] }))).toEqual([
      'accounts[0].role: missing; expected corporate, professional or personal',
    ]);
  });

  it('unknown keys are refused, one line each, with the key in the path', () => {
    expect(
      refused(
        file({
          bannedterms: [{ term: 'bomb' }],
          policy: { confirmCorprate: false, lock: true },
          accounts: [{ platform: 'x', handle: 'a', role: 'corporate', lable: 'News' }],
          sombre: {
            windows: [{ start: '2026-11-11T09:00:00Z', end: '2026-11-11T13:00:00Z', why: 'x' }],
          },
        }),
      ),
    ).toEqual([
      'accounts[0].lable: unknown key',
      'sombre.windows[0].why: unknown key',
      'policy.confirmCorprate: unknown key',
      'policy.lock: unknown key',
      'bannedterms: unknown key',
    ]);
  });

  it('a file over 1 MiB (measured in UTF-8 bytes) is refused before parsing', () => {
    // 600,000 × "é" is 1,200,000 bytes in UTF-8 but only 600,000 characters.
    const big = JSON.stringify(file({ organization: 'é'.repeat(600_000) }));
    expect(big.length).toBeLessThan(1024 * 1024);
    expect(parseRuleFile(big)).toMatchObject({
      ok: false,
      errors: ['(root): the file is 1,172 KiB; a rule file may be at most 1,024 KiB (1 MiB)'],
    });
  });

  it('more than 500 accounts', () => {
    const accounts = Array.from({ length: 501 }, (_, i) => ({
      platform: 'x',
      handle: `staff${i}`,
      role: 'professional',
    }));
    expect(refused(file({ accounts }))).toEqual([
      'accounts: at most 500 accounts allowed (found 501)',
    ]);
  });

  it('more than 10,000 terms in any list', () => {
    const terms = Array.from({ length: 10_001 }, (_, i) => `word${i}`);
    expect(refused(file({ bannedTerms: terms.map((term) => ({ term })) }))).toEqual([
      'bannedTerms: at most 10,000 banned terms allowed (found 10,001)',
    ]);
    expect(refused(file({ workTerms: terms }))).toEqual([
      'workTerms: at most 10,000 work terms allowed (found 10,001)',
    ]);
    expect(refused(file({ sombre: { terms } }))).toEqual([
      'sombre.terms: at most 10,000 terms allowed (found 10,001)',
    ]);
  });

  it('a file from a newer Postguard is refused whole, before any other check', () => {
    const newer = { format: 'postguard-rules', version: 2, accounts: 'whatever', newField: {} };
    expect(refused(newer)).toEqual([
      'version: this file was made for a newer version of Postguard (version 2); update Postguard to import it',
    ]);
    expect(validateRuleFile({ ...newer, version: 17 })).toMatchObject({
      ok: false,
      errors: [
        'version: this file was made for a newer version of Postguard (version 17); update Postguard to import it',
      ],
    });
  });

  it('a version that is not a newer one is a plain schema error', () => {
    expect(refused(file({ version: 0 }))).toEqual(['version: expected 1']);
    expect(refused(file({ version: '1' }))).toEqual(['version: expected 1']);
  });

  it('something that is not a Postguard rule file', () => {
    expect(refused([])).toEqual([
      '(root): expected an object ({ … }); this is not a Postguard rule file',
    ]);
    expect(refused({ name: 'package', version: 2 })).toEqual([
      'format: missing; expected "postguard-rules" (this is not a Postguard rule file)',
    ]);
    expect(refused(file({ format: 'postguard' }))).toEqual([
      'format: wrong; expected "postguard-rules" (this is not a Postguard rule file)',
    ]);
  });

  it('the same platform + handle twice, however it is written', () => {
    const errors = refused(
      file({
        accounts: [
          { platform: 'x', handle: 'KingsfordGov', role: 'corporate' },
          { platform: 'facebook', handle: 'KingsfordGov', role: 'corporate' },
          { platform: 'x', handle: '@kingsfordgov', role: 'personal' },
          { platform: 'facebook', handle: 'Kingsford  Council', role: 'corporate' },
          {
            platform: 'facebook',
            handle: 'Other',
            role: 'corporate',
            aliases: ['kingsford council'],
          },
        ],
      }),
    );
    expect(errors).toEqual([
      'accounts[2].handle: the X account "@kingsfordgov" is already listed at accounts[0].handle',
      'accounts[4].aliases[0]: the Facebook account "kingsford council" is already listed at accounts[3].handle',
    ]);
  });

  it('an alias repeating its own handle is harmless', () => {
    expect(
      parseRuleFile(
        JSON.stringify(
          file({ accounts: [{ platform: 'x', handle: 'a', role: 'corporate', aliases: ['@A'] }] }),
        ),
      ).ok,
    ).toBe(true);
  });

  it('a window that does not end after it starts, or is not a date', () => {
    expect(
      refused(
        file({
          sombre: {
            windows: [
              { start: '2026-11-11T13:00:00Z', end: '2026-11-11T09:00:00Z' },
              { start: '2026-11-11T09:00:00Z', end: '2026-11-11T09:00:00Z' },
              { start: '11/11/2026 09:00', end: '2026-11-11T13:00:00Z' },
            ],
          },
        }),
      ),
    ).toEqual([
      'sombre.windows[0].end: must be later than start',
      'sombre.windows[1].end: must be later than start',
      'sombre.windows[2].start: expected a date and time such as 2026-11-20T10:00:00Z',
    ]);
  });

  it('limits on terms, handles, delay and lists', () => {
    expect(
      refused(
        file({
          accounts: [{ platform: 'x', handle: '@', role: 'corporate' }],
          bannedTerms: [{ term: '' }, { term: 'x'.repeat(201) }, { term: '   ' }, { term: '#*' }],
          workTerms: [''],
          sombre: { allowedHashtags: ['RemembranceDay'], roles: [] },
          policy: { sendDelaySeconds: 61, unknownAccount: 'ask' },
          exportedAt: 'yesterday',
        }),
      ),
    ).toEqual([
      'exportedAt: expected a date and time such as 2026-11-20T10:00:00Z',
      'accounts[0].handle: must name an account (it is empty once spaces, invisible characters and the leading @ are removed)',
      'bannedTerms[0].term: must not be empty',
      'bannedTerms[1].term: must be at most 200 characters long',
      'bannedTerms[2].term: must not be blank',
      'bannedTerms[3].term: needs at least one letter or digit besides # and *',
      'workTerms[0]: must not be empty',
      'sombre.allowedHashtags[0]: must start with #',
      'sombre.roles: must not be empty',
      'policy.unknownAccount: expected allow, confirm or block',
      'policy.sendDelaySeconds: must be at most 60',
    ]);
  });
});
