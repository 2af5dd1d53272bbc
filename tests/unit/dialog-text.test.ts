// What the guard dialog says about a verdict (src/shared/dialog-text.ts, post-marks.ts): the
// words and marks the dialog on a site and the options page's "Try a post" both show.
import { describe, expect, it } from 'vitest';
import { dialogText, sentenceAround, titleLine } from '../../src/shared/dialog-text';
import { markedParts, mergedSpans, postsShown } from '../../src/shared/post-marks';
import type { Verdict } from '../../src/core/engine';
import { check, example, rules, seen } from './engine-helpers';

const kingsford = example('kingsford-council');
const IN_SOMBRE_WINDOW = new Date('2026-11-11T11:00:00Z');

const shownAs = (verdict: Verdict, accountShown: string | null, allowOverride = false) =>
  dialogText({ verdict, accountShown, allowOverride });

describe('the dialog’s words', () => {
  it('a corporate post asks first: "Check: posting as @KingsfordGov · corporate", "Post as"', () => {
    const verdict = check('Road works on the high street', seen('KingsfordGov'), kingsford);
    const text = shownAs(verdict, '@KingsfordGov');
    expect(titleLine(text)).toBe('Check: posting as @KingsfordGov · corporate');
    expect(text.badge).toBe('@KingsfordGov · corporate');
    expect(text.summary).toBe('This post needs your confirmation before it goes out.');
    expect(text.sombre).toBeNull();
    expect(text.reasons.map((r) => r.text)).toEqual([
      "You are posting as @KingsfordGov, the organisation's corporate account (Council newsroom)",
    ]);
    expect(text.release).toBe('Post as @KingsfordGov');
    expect(text.override).toBe(false);
  });

  it('a banned term blocks: "Blocked: …", the term after its reason, no release without override', () => {
    const verdict = check('An old bomb, a bomb', seen('KingsfordGov'), kingsford);
    const text = shownAs(verdict, '@KingsfordGov');
    expect(titleLine(text)).toBe('Blocked: posting as @KingsfordGov · corporate');
    expect(text.summary).toBe('This post cannot go out from this account.');
    const banned = text.reasons.find((r) => r.action === 'block');
    expect(banned).toEqual({
      action: 'block',
      text: 'Your organisation does not allow "bomb" in posts from this account',
      words: ['bomb'], // each word once, however often it is found
    });
    expect(text.release).toBeNull();
  });

  it('with override allowed, a block offers "Post anyway" and the name field, if the account is seen', () => {
    const verdict = check('bomb', seen('KingsfordGov'), kingsford);
    expect(shownAs(verdict, '@KingsfordGov', true)).toMatchObject({
      release: 'Post anyway',
      override: true,
    });
    expect(shownAs(verdict, null, true)).toMatchObject({ release: null, override: false });
  });

  it('an account the page does not show: "unknown account", "Post as unknown account"', () => {
    const verdict = check('Hello', seen(null, 'x', 'The page does not show it.'), kingsford);
    const text = shownAs(verdict, null);
    expect(titleLine(text)).toBe('Check: posting as unknown account');
    expect(text.release).toBe('Post as unknown account');
    expect(text.reasons[0]?.text).toContain('(The page does not show it.)');
  });

  it('sombre-event mode names its reason; a banned term’s note follows its reason', () => {
    const verdict = check('#nomorecuts', seen('KingsfordGov'), kingsford, IN_SOMBRE_WINDOW);
    const text = shownAs(verdict, '@KingsfordGov');
    expect(text.sombre).toBe('Sombre-event mode is on: Remembrance service');
    expect(text.reasons.find((r) => r.note)).toMatchObject({
      words: ['#nomorecuts'],
      note: 'campaign slogan: not ours to use',
    });
  });

  it('the tone check’s reason names its words itself: none are repeated after it', () => {
    const toned = rules({
      accounts: [{ platform: 'x', handle: 'corp', role: 'corporate' }],
      policy: { confirmCorporate: false },
    });
    const verdict = check('lol so drunk last night haha', seen('corp'), toned);
    const tone = shownAs(verdict, '@corp').reasons;
    expect(tone).toHaveLength(1);
    expect(tone[0]?.text).toMatch(/^This reads like a personal post: /);
    expect(tone[0]?.words).toEqual([]);
  });

  it('a translation decides where the account goes in the title', () => {
    expect(sentenceAround('dialog_title_check')).toEqual(['Check: posting as ', '']);
    // A key with no placeholder (here, none at all) puts the account after it.
    expect(sentenceAround('dialog_cancel')).toEqual(['Cancel ', '']);
  });
});

describe('the post with its marks', () => {
  const verdict = (spans: [number, number, number][]) =>
    ({
      reasons: [
        {
          spans: spans.map(([post, start, end]) => ({ post, start, end, text: '' })),
        },
      ],
    }) as unknown as Verdict;

  it('overlapping and touching matches are one mark; other posts’ matches are left out', () => {
    expect(
      mergedSpans(
        verdict([
          [0, 6, 10],
          [0, 0, 4],
          [0, 3, 5],
          [1, 0, 2],
          [0, 10, 12],
        ]),
        0,
      ),
    ).toEqual([
      { start: 0, end: 5 },
      { start: 6, end: 12 },
    ]);
  });

  it('cuts the text into plain and marked parts, none empty', () => {
    expect(markedParts('bomb in the park', [{ start: 0, end: 4 }]).parts).toEqual([
      { text: 'bomb', marked: true },
      { text: ' in the park', marked: false },
    ]);
  });

  it('a long post shows its first 1,200 characters and says how long it is', () => {
    const text = `${'a'.repeat(1195)} bomb and more after it`;
    const [post] = postsShown([text], verdict([[0, 1196, 1200]]));
    expect(post?.parts.map((p) => p.text).join('')).toHaveLength(1200);
    expect(post?.parts.at(-1)).toEqual({ text: 'bomb', marked: true });
    expect(post?.more).toBe(` … (${text.length} characters)`);
  });

  it('a thread numbers its posts: "Post 2 of 2"', () => {
    const posts = postsShown(['Road closures', 'an old bomb'], verdict([[1, 7, 11]]));
    expect(posts.map((p) => p.number)).toEqual(['Post 1 of 2', 'Post 2 of 2']);
    expect(posts[0]?.parts).toEqual([{ text: 'Road closures', marked: false }]);
    expect(posts[1]?.parts.find((p) => p.marked)?.text).toBe('bomb');
    expect(posts[1]?.more).toBeNull();
  });
});
