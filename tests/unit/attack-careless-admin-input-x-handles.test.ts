// Attack: careless admin input. An admin pastes an X handle with a zero-width
// space, a Cyrillic `о`, a right-to-left override, a space or an emoji into the
// rule file: the listed corporate handle then misses the account the page
// shows, and the real corporate account posts as an unlisted (personal) one.
// X allows 1 to 15 letters A to Z, digits and _: both validators (the zod schema
// on import and the stored-value checker the content script uses) refuse
// anything else in an X handle or alias, naming where it is.
import { describe, expect, it } from 'vitest';
import { checkRuleFile } from '../../src/core/rules/check-rule-file';
import { ruleFileJsonSchema } from '../../src/core/rules/json-schema';
import { accepted, file, refused } from './rules-helpers';

const ZWSP = '\u200B';
const RLO = '\u202E';
const PDF = '\u202C';
const CYRILLIC_O = '\u043E';

const account = (platform: string, handle: string, extra: object = {}) => ({
  platform,
  handle,
  role: 'corporate',
  ...extra,
});

const X_RULE =
  'is not an X handle: 1 to 15 letters A to Z, digits or _, with no spaces or other characters';

/** Both validators' verdict on one file: the zod schema's problems and the stored-value checker's. */
function bothRefuse(value: object): { zod: string[]; stored: string[] } {
  const stored = checkRuleFile(value);
  return { zod: refused(value), stored: stored.ok ? [] : stored.errors };
}

describe('attack: careless admin input, X handles', () => {
  it.each([
    ['a zero-width space', `Kingsford${ZWSP}Gov`],
    ['a Cyrillic о', `Kingsf${CYRILLIC_O}rdGov`],
    ['a right-to-left override', `${RLO}voGdrofsgniK${PDF}`],
    ['a space', 'Kingsford Gov'],
    ['an emoji', 'KingsfordGov🏛️'],
    ['16 characters', 'KingsfordCouncil'],
    ['a second @', '@@KingsfordGov'],
  ])('an X handle with %s is refused by both validators, with its path', (_, handle) => {
    const { zod, stored } = bothRefuse(file({ accounts: [account('x', handle)] }));
    expect(zod).toEqual([`accounts[0].handle: ${X_RULE}`]);
    expect(stored).toEqual([`accounts[0].handle: ${X_RULE}`]);
  });

  it('an X alias is held to the same rule, at its own path', () => {
    const value = file({
      accounts: [
        account('x', 'janedoe_fun', { role: 'personal' }),
        account('x', '@KingsfordGov', { aliases: ['kingsford_gov', `Kingsf${CYRILLIC_O}rd`] }),
      ],
    });
    const { zod, stored } = bothRefuse(value);
    expect(zod).toEqual([`accounts[1].aliases[1]: ${X_RULE}`]);
    expect(stored).toEqual([`accounts[1].aliases[1]: ${X_RULE}`]);
  });

  it('lists a malformed X handle with the entry’s other problems, all at once', () => {
    const value = file({ accounts: [account('x', 'Kingsford Gov', { role: 'boss' })] });
    expect(refused(value)).toEqual(
      expect.arrayContaining([
        `accounts[0].handle: ${X_RULE}`,
        expect.stringMatching(/^accounts\[0\]\.role: /),
      ]),
    );
  });

  it('accepts X handles of 1 to 15 letters, digits and _, with or without @', () => {
    const handles = ['a', '@KingsfordGov', 'jane_kingsford', '_123456789_1234'];
    const value = file({
      accounts: handles.map((h, i) => account('x', h, { role: i ? 'personal' : 'corporate' })),
    });
    expect(accepted(value).accounts.map((a) => a.handle)).toEqual(handles);
    expect(checkRuleFile(value).ok).toBe(true);
  });

  it('leaves Facebook and LinkedIn names free: spaces, accents, other alphabets, emoji', () => {
    const value = file({
      accounts: [
        account('facebook', 'Kingsford Council 🏛️'),
        account('linkedin', 'Conseil de Kingsford-sur-Mer'),
        account('facebook', 'Кингсфорд', { role: 'personal', aliases: ['kingsfordcouncil'] }),
      ],
    });
    expect(accepted(value).accounts).toHaveLength(3);
    expect(checkRuleFile(value).ok).toBe(true);
  });

  it('the published JSON Schema holds an X handle and its aliases to the same format', () => {
    const accounts = ruleFileJsonSchema().properties as Record<string, { items: object }>;
    const pattern = { pattern: '^@?[A-Za-z0-9_]{1,15}$' };
    // One if/then per site with a handle format (X, Bluesky), under allOf.
    const { allOf } = accounts.accounts!.items as { allOf: object[] };
    expect(allOf).toContainEqual(
      expect.objectContaining({
        if: expect.objectContaining({ properties: { platform: { const: 'x' } } }),
        then: { properties: { handle: pattern, aliases: { items: pattern } } },
      }),
    );
  });
});
