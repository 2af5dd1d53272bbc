// Sombre-event mode: when it is on, for whom, and what it holds back.
import { describe, expect, it } from 'vitest';
import { check, codes, example, reasonOf, seen } from './engine-helpers';

const kingsford = example('kingsford-council');
const during = new Date('2026-11-11T10:00:00Z');
const corporate = seen('KingsfordGov');
const personal = seen('janedoe_fun');

function sombre(fields: Record<string, unknown>) {
  return example('kingsford-council', { sombre: fields });
}

describe('sombre-event mode: when it is on', () => {
  it('is on inside a window, with the window reason', () => {
    expect(check('Hello', corporate, kingsford, during).sombre).toEqual({
      on: true,
      reason: 'Remembrance service',
    });
  });

  it('is off outside every window; a window includes its start, not its end', () => {
    expect(check('Hello', corporate, kingsford).sombre).toEqual({ on: false });
    const start = new Date('2026-11-11T09:00:00Z');
    const end = new Date('2026-11-11T13:00:00Z');
    expect(check('Hello', corporate, kingsford, start).sombre.on).toBe(true);
    expect(check('Hello', corporate, kingsford, end).sombre.on).toBe(false);
  });

  it('is on while active, with the general reason', () => {
    const active = sombre({ active: true, reason: 'Death of a councillor' });
    expect(check('Hello', corporate, active).sombre).toEqual({
      on: true,
      reason: 'Death of a councillor',
    });
  });

  it("a window's reason wins over the general one", () => {
    const both = sombre({
      active: true,
      reason: 'General mourning',
      windows: [{ start: '2026-11-11T09:00:00Z', end: '2026-11-11T13:00:00Z', reason: 'Silence' }],
    });
    expect(check('Hello', corporate, both, during).sombre.reason).toBe('Silence');
    expect(check('Hello', corporate, both).sombre.reason).toBe('General mourning');
  });

  it('understands windows written with an offset', () => {
    const local = sombre({
      windows: [{ start: '2026-11-11T10:00:00+01:00', end: '2026-11-11T10:30:00+01:00' }],
    });
    expect(check('Hello', corporate, local, new Date('2026-11-11T09:10:00Z')).sombre.on).toBe(true);
    expect(check('Hello', corporate, local, new Date('2026-11-11T10:10:00Z')).sombre.on).toBe(
      false,
    );
  });
});

describe('sombre-event mode: what it holds back', () => {
  it('every post from a covered account needs confirmation showing the reason', () => {
    const verdict = check('The service starts at 11.', seen('jane_kingsford'), kingsford, during);
    expect(verdict.action).toBe('confirm');
    expect(verdict.reasons).toEqual([
      {
        code: 'sombre-mode',
        action: 'confirm',
        message:
          'Sombre-event mode is on (Remembrance service): check that this post suits the occasion',
        spans: [],
      },
    ]);
  });

  it('blocks 😂 on the corporate account, but the same post on a personal account is allowed', () => {
    const text = 'Great turnout 😂';
    const onCorporate = check(text, corporate, kingsford, during);
    expect(onCorporate.action).toBe('block');
    expect(reasonOf(onCorporate, 'sombre-emoji')).toEqual({
      code: 'sombre-emoji',
      action: 'block',
      message: 'Light-hearted emoji are not suitable while sombre-event mode is on',
      spans: [{ post: 0, start: 14, end: 16, text: '😂' }],
    });
    const onPersonal = check(text, personal, kingsford, during);
    expect(onPersonal).toMatchObject({ action: 'allow', reasons: [], sombre: { on: true } });
  });

  it('blockEmoji false lets emoji through', () => {
    const relaxed = sombre({ active: true, blockEmoji: false });
    expect(codes(check('Great turnout 😂', corporate, relaxed))).toEqual([
      ['corporate-account', 'confirm'],
      ['sombre-mode', 'confirm'],
    ]);
  });

  it('blocks sombre terms', () => {
    const verdict = check('lol, what a party', corporate, kingsford, during);
    expect(reasonOf(verdict, 'sombre-term')).toMatchObject({
      action: 'block',
      message: '"lol" and "party" are not suitable while sombre-event mode is on',
      spans: [
        { post: 0, start: 0, end: 3, text: 'lol' },
        { post: 0, start: 12, end: 17, text: 'party' },
      ],
    });
  });

  it('blocks hashtags that are not allowed, in any case', () => {
    const verdict = check('#remembranceday #Poppies', corporate, kingsford, during);
    expect(reasonOf(verdict, 'sombre-hashtag')).toEqual({
      code: 'sombre-hashtag',
      action: 'block',
      message: 'The only hashtag allowed while sombre-event mode is on is #RemembranceDay',
      spans: [{ post: 0, start: 16, end: 24, text: '#Poppies' }],
    });
  });

  it('lets every hashtag through when allowedHashtags is not given', () => {
    const open = sombre({ active: true });
    expect(codes(check('#Poppies', corporate, open))).toEqual([
      ['corporate-account', 'confirm'],
      ['sombre-mode', 'confirm'],
    ]);
  });

  it('an empty allowedHashtags list blocks every hashtag', () => {
    const none = sombre({ active: true, allowedHashtags: [] });
    expect(reasonOf(check('#Poppies', corporate, none), 'sombre-hashtag').message).toBe(
      'No hashtags may be used while sombre-event mode is on',
    );
  });

  it('sombre.roles decides which accounts it covers', () => {
    const everyone = sombre({
      active: true,
      terms: ['lol'],
      roles: ['corporate', 'professional', 'personal'],
    });
    expect(check('lol', personal, everyone).action).toBe('block');
    const corporateOnly = sombre({ active: true, roles: ['corporate'], terms: ['lol'] });
    // "lol" alone reads personal on a professional account (the tone check); sombre says nothing.
    const professional = codes(check('lol', seen('jane_kingsford'), corporateOnly));
    expect(professional.filter(([code]) => code.startsWith('sombre'))).toEqual([]);
  });

  it('covers an unknown account as if it were corporate', () => {
    const verdict = check('😂', seen(null), kingsford, during);
    expect(codes(verdict)).toEqual([
      ['sombre-emoji', 'block'],
      ['unknown-account', 'confirm'],
      ['sombre-mode', 'confirm'],
    ]);
  });
});
