// The English messages.json says exactly what Postguard said before it was
// translatable: the engine's reasons (made in pure core code, see
// src/core/engine/reason-localizables.ts) and the names the UI contract fixes.
// Messages are formatted here the way browser.i18n.getMessage does it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  reasonLocalizable,
  renderLocalizable,
  type Reason,
  type Verdict,
} from '../../src/core/engine';
import { ENGLISH_TEMPLATES } from '../../src/core/engine/sentences';
import { checkFailedVerdict } from '../../src/content/guard/fail-closed';
import { askedAgainVerdict } from '../../src/content/guard/fallback';
import { check, example, seen } from './engine-helpers';

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
const messages = JSON.parse(readFileSync('src/_locales/en/messages.json', 'utf8')) as Record<
  string,
  Entry
>;

/**
 * browser.i18n.getMessage: $NAME$ becomes its placeholder's content, then $1…$9 the
 * substitutions (none given: empty) and $$ a dollar sign. Null for an unknown key.
 */
function getMessage(key: string, substitutions: readonly string[] = []): string | null {
  const entry = messages[key];
  if (!entry) return null;
  const placeholders = new Map(
    Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]),
  );
  const named = entry.message.replace(
    /\$([A-Za-z0-9_@]+)\$/g,
    (token, name: string) => placeholders.get(name.toLowerCase()) ?? token,
  );
  return named.replace(/\$(\$|[1-9])/g, (_, what: string) =>
    what === '$' ? '$' : (substitutions[Number(what) - 1] ?? ''),
  );
}

const english = (key: string, ...substitutions: string[]) => getMessage(key, substitutions);

describe('the engine’s reasons', () => {
  it('each template of core/engine/sentences.ts is the en message of its key', () => {
    const marks = ['⟨1⟩', '⟨2⟩', '⟨3⟩'];
    for (const [key, template] of Object.entries(ENGLISH_TEMPLATES)) {
      const expected = template.replace(/\$([1-9])/g, (_, n: string) => marks[Number(n) - 1]!);
      expect(getMessage(key, marks), key).toBe(expected);
    }
  });

  const kingsford = example('kingsford-council');
  const during = new Date('2026-11-11T10:00:00Z');
  const corporate = seen('KingsfordGov');
  const sombre = (fields: Record<string, unknown>) =>
    example('kingsford-council', { sombre: { ...kingsford.sombre, ...fields } });
  const verdicts: [string, Verdict][] = [
    ['corporate, with label', check('Hello', corporate, kingsford)],
    ['corporate, no label', check('Hello', seen('kingsfordcouncil', 'facebook'), kingsford)],
    ['unknown, no reason', check('Hello', seen(null), kingsford)],
    ['unknown, why', check('Hello', seen(null, 'x', 'the account menu is not loaded'), kingsford)],
    ['banned, block', check('That went down a bomb', corporate, kingsford)],
    ['banned, confirm', check('Join us #NoMoreCuts', corporate, kingsford)],
    ['banned, prefix', check('Drivers!', corporate, kingsford)],
    ['profanity', check('What a shit day', corporate, kingsford)],
    ['work term on personal', check('For our residents', seen('janedoe_fun'), kingsford)],
    [
      'sombre, reason, one word, one hashtag',
      check('lol #Poppies 😂', corporate, kingsford, during),
    ],
    [
      'sombre, no reason, three words, no hashtags',
      check(
        'lol, party, fun #Poppies',
        corporate,
        sombre({
          active: true,
          reason: undefined,
          windows: [],
          terms: ['lol', 'party', 'fun'],
          allowedHashtags: [],
        }),
      ),
    ],
    [
      'sombre, two words, three hashtags',
      check(
        'lol party #Poppies',
        corporate,
        sombre({ active: true, allowedHashtags: ['#RemembranceDay', '#LestWeForget', '#Poppy'] }),
      ),
    ],
    [
      'a post that reads personal on the corporate account, late at night',
      check(
        'So tired lol, off to bed. Beers with you tomorrow? xx',
        corporate,
        kingsford,
        new Date(2026, 10, 20, 23, 30),
      ),
    ],
    [
      'one send from a work account and a personal one (TweetDeck)',
      check('Hello', { ...corporate, others: ['janedoe_fun'] }, kingsford),
    ],
    ['check failed', checkFailedVerdict(new Error('the account switcher changed shape'))],
    [
      'asked again',
      askedAgainVerdict(checkFailedVerdict(new Error('the account switcher changed shape'))),
    ],
  ];
  const reasons: [string, Reason][] = verdicts.flatMap(([name, v]) =>
    v.reasons.map((r): [string, Reason] => [`${name} · ${r.code}`, r]),
  );

  it('the cases cover every kind of reason', () => {
    const seenCodes = new Set(reasons.map(([, r]) => r.code));
    expect([...seenCodes].sort()).toEqual(
      [
        'banned-term',
        'check-failed',
        'corporate-account',
        'mixed-accounts',
        'post-changed',
        'profanity',
        'reads-personal',
        'sombre-emoji',
        'sombre-hashtag',
        'sombre-mode',
        'sombre-term',
        'unknown-account',
        'work-term-on-personal',
      ].sort(),
    );
    const keys = new Set(reasons.map(([, r]) => reasonLocalizable(r)?.key));
    const sentenceKeys = Object.keys(ENGLISH_TEMPLATES).filter(
      (k) =>
        ![
          'reason_quoted',
          'reason_words_starting_with',
          'reason_list_and',
          'reason_list_comma',
        ].includes(k) && !k.startsWith('reason_tone_cue'),
    );
    expect(sentenceKeys.filter((k) => !keys.has(k))).toEqual([]);
  });

  it.each(reasons)('%s: the en messages say exactly the English message', (_, reason) => {
    const message = reasonLocalizable(reason);
    expect(message).toBeDefined();
    expect(renderLocalizable(message!, getMessage)).toBe(reason.message);
  });

  it('a list reads "a, b and c", each word quoted', () => {
    const [, three] = verdicts[10]!;
    expect(three.reasons.find((r) => r.code === 'sombre-term')?.message).toBe(
      '"lol", "party" and "fun" are not suitable while sombre-event mode is on',
    );
  });

  it('a message with a missing key renders as null (the dialog then shows the English)', () => {
    const reason = check('bomb', corporate, kingsford).reasons[0];
    const without = (key: string, subs: string[]) =>
      key === 'reason_quoted' ? null : getMessage(key, subs);
    expect(renderLocalizable(reasonLocalizable(reason!)!, without)).toBeNull();
  });
});

describe('the names of the UI contract (ui-contract.md) are unchanged in English', () => {
  it.each([
    [english('dialog_cancel'), 'Cancel'],
    [english('dialog_post_as', '@KingsfordGov'), 'Post as @KingsfordGov'],
    [english('dialog_post_as_unknown'), 'Post as unknown account'],
    [english('dialog_post_anyway'), 'Post anyway'],
    [english('dialog_override_label'), 'Type the account name to confirm'],
    [
      english(
        'dialog_title_blocked',
        english('dialog_account_role', '@KingsfordGov', 'corporate')!,
      ),
      'Blocked: posting as @KingsfordGov · corporate',
    ],
    [english('dialog_title_check', english('role_unknown')!), 'Check: posting as unknown account'],
    [
      english('dialog_sombre', 'Remembrance service'),
      'Sombre-event mode is on: Remembrance service',
    ],
    [english('dialog_sombre_no_reason'), 'Sombre-event mode is on: no reason given'],
    [english('dialog_post_number', '1', '2'), 'Post 1 of 2'],
    [english('dialog_post_more', '1300'), '… (1300 characters)'],
    [
      english('indicator_posting_as', '@KingsfordGov', english('role_corporate')!),
      'Posting as @KingsfordGov · corporate',
    ],
    [
      english('indicator_posting_as', 'Jane Doe', english('role_professional')!),
      'Posting as Jane Doe · professional',
    ],
    [
      english('indicator_posting_as', '@janedoe_fun', english('role_personal')!),
      'Posting as @janedoe_fun · personal',
    ],
    [english('indicator_posting_as_unknown'), 'Posting as unknown account'],
    [english('indicator_why', 'no menu'), '— no menu'],
    [english('options_import_label'), 'Import rule file'],
    [english('options_export_label'), 'Export rule file'],
    [
      english('options_imported_many', 'k.json', 'Kingsford Council', '5'),
      'Imported k.json: rules of Kingsford Council, 5 accounts.',
    ],
    [
      english('options_imported_one', 'k.json', 'Kingsford Council'),
      'Imported k.json: rules of Kingsford Council, 1 account.',
    ],
    [
      english('options_imported_unnamed_many', 'k.json', '5'),
      'Imported k.json: rules of your organisation, 5 accounts.',
    ],
    [
      english('options_imported_unnamed_one', 'k.json'),
      'Imported k.json: rules of your organisation, 1 account.',
    ],
    [english('options_exported', 'k.json'), 'Exported k.json.'],
    [english('editor_save'), 'Save rules'],
    [english('editor_fix_many', '3'), 'Fix these 3 problems to save:'],
    [
      english('editor_remove', english('editor_account_n_named', '1', 'KingsfordGov')!),
      'Remove Account 1: KingsfordGov',
    ],
    [english('editor_error_line', '2', 'expected a text'), 'line 2: expected a text'],
    [english('incident_heading'), 'Posted from the wrong account?'],
  ])('%s', (actual, expected) => {
    expect(actual).toBe(expected);
  });
});
