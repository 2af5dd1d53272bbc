// "Try a post" (src/options/try-post/) in jsdom: the verdict in the guard dialog's own words
// (compared with the dialog the content script builds for the same verdict), the accounts
// it offers, the live region that speaks once typing pauses, and a rule file's terms
// compiled once per rules object, never per keystroke.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import * as matcher from '../../src/core/matcher';
import { evaluate } from '../../src/core/engine';
import { parseRuleFile } from '../../src/core/rules/parse';
import type { RuleFile } from '../../src/core/rules/schema';
import { buildDialog } from '../../src/content/ui/dialog-view';
import { ANNOUNCE_AFTER_MS } from '../../src/options/try-post/use-judge';
import { TryAPost } from '../../src/options/try-post/TryAPost';

vi.mock('../../src/core/matcher', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/core/matcher')>();
  return { ...original, compileTerms: vi.fn(original.compileTerms) };
});

// Vitest runs from the repository root.
const EXAMPLE = JSON.parse(readFileSync('docs/examples/kingsford-council.json', 'utf8'));
/** An instant as a datetime-local value, in this machine's time zone. */
function localTime(iso: string): string {
  const at = new Date(iso);
  return new Date(at.getTime() - at.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}
const OUTSIDE_ANY_WINDOW = localTime('2026-06-01T12:00:00Z');
/** Inside the example's sombre window (2026-11-11, 09:00 to 13:00 UTC). */
const IN_SOMBRE_WINDOW = localTime('2026-11-11T11:00:00Z');

function rulesFrom(file: object): RuleFile {
  const parsed = parseRuleFile(JSON.stringify(file));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.rules;
}
const kingsford = (patch: object = {}) => rulesFrom({ ...EXAMPLE, ...patch });

const app = () => document.getElementById('app')!;
const field = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const text = () => field<HTMLTextAreaElement>('try-post-text');
const picture = () => document.querySelector('[data-testid="try-dialog"]');
const verdict = () => document.querySelector('[data-verdict]')?.getAttribute('data-verdict');
const live = () => document.querySelector('[data-testid="try-post-announce"]')!;

beforeAll(async () => {
  // Loaded once here, so that the panel's own import of it resolves at once.
  await import('../../src/options/try-post/judge');
});
afterEach(() => {
  vi.useRealTimers();
  act(() => render(null, app()));
});

/** Mounts the panel with `rules` and focuses its post box, the time set outside any window. */
async function mount(rules: RuleFile, time = OUTSIDE_ANY_WINDOW) {
  document.body.innerHTML = '<div id="app"></div>';
  act(() => render(<TryAPost rules={rules} />, app()));
  act(() => text().focus());
  await judged();
  change('try-post-time', time);
}

const engineLoaded = () =>
  vi.waitFor(() => expect(document.querySelector('.try-result[aria-busy]')).toBeNull());

/** Waits for the panel's first verdict: its engine is loaded apart (use-judge.ts). */
const judged = () =>
  vi.waitFor(() => expect(document.querySelector('[data-verdict]')).not.toBeNull());

function change(id: string, value: string) {
  const el = field<HTMLInputElement | HTMLSelectElement>(id);
  act(() => {
    el.value = value;
    el.dispatchEvent(new Event(el.tagName === 'SELECT' ? 'change' : 'input', { bubbles: true }));
  });
}
const type = (value: string) => change('try-post-text', value);

/** What a dialog says, part by part: the guard's (content script) or the panel's picture. */
function words(dialog: Element) {
  const all = (selector: string) =>
    [...dialog.querySelectorAll(selector)].map((e) => e.textContent);
  return {
    title: dialog.querySelector('h2, h3')?.textContent,
    summary: dialog.querySelector('.summary')?.textContent,
    sombre: dialog.querySelector('.sombre')?.textContent ?? null,
    post: all('.post-text'),
    marked: all('.post mark'),
    reasons: all('.reasons li'),
  };
}

/** The dialog the content script shows on X for this post from this account. */
function guardWords(rules: RuleFile, post: string, handle: string, at: string) {
  const seen = { platform: 'x' as const, handle };
  const judged = evaluate({ texts: [post] }, seen, rules, new Date(at));
  const view = buildDialog({
    verdict: judged,
    texts: [post],
    accountShown: `@${handle}`,
    allowOverride: rules.policy.allowOverride,
  });
  return words(view.dialog);
}

describe('the verdict, in the guard dialog’s words', () => {
  it.each([
    ['confirm', 'Road works: drivers please avoid the high street #nomorecuts', OUTSIDE_ANY_WINDOW],
    ['block', 'An old bomb was found in the park', OUTSIDE_ANY_WINDOW],
    ['block', 'Party at the town hall lol #fun 🎉', IN_SOMBRE_WINDOW],
  ])('%s: “%s” reads as the dialog on X reads', async (action, post, at) => {
    const rules = kingsford();
    await mount(rules, at);
    type(post);
    expect(verdict()).toBe(action);
    const shown = words(picture()!);
    expect(shown).toEqual(guardWords(rules, post, 'KingsfordGov', at));
    expect(shown.reasons.length).toBeGreaterThan(1);
    expect(shown.marked.length).toBeGreaterThan(0);
  });

  it('says which buttons the dialog offers, and the send delay that follows a corporate post', async () => {
    await mount(kingsford({ policy: { ...EXAMPLE.policy, sendDelaySeconds: 10 } }));
    type('Road works on the high street');
    expect(picture()?.textContent).toContain('Buttons: Cancel, Post as @KingsfordGov');
    expect(document.querySelector('.try-delay')?.textContent).toBe(
      'Then it waits 10 seconds, with Undo, before it goes out.',
    );
    type('An old bomb');
    expect(picture()?.textContent).toContain('Buttons: Cancel');
    expect(picture()?.textContent).not.toContain('Post as');
    expect(document.querySelector('.try-delay')).toBeNull();
  });
});

describe('the accounts offered', () => {
  const options = (id: string) =>
    [...field<HTMLSelectElement>(id).options].map((option) => option.textContent);

  it('each account of the rules on the site chosen, then one not listed, then none shown', async () => {
    await mount(kingsford());
    expect(options('try-post-account')).toEqual([
      '@KingsfordGov · corporate — Council newsroom',
      '@jane_kingsford · professional',
      '@janedoe_fun · personal',
      'Another account (not in the rules)',
      'Account not shown on the page',
    ]);
    change('try-post-site', 'facebook');
    expect(options('try-post-account')[0]).toBe('Kingsford Council · corporate');
    expect(field<HTMLSelectElement>('try-post-account').value).toBe('listed:Kingsford Council');
  });

  it('an account the rules do not list is judged by the rules’ unlisted role (personal here)', async () => {
    await mount(kingsford());
    type('An old bomb');
    change('try-post-account', 'other');
    change('try-post-other', 'someone_else');
    expect(verdict()).toBe('allow');
    expect(document.querySelector('.try-verdict-line')?.textContent).toBe(
      'Allow: the post goes out with no dialog.',
    );
    expect(picture()).toBeNull();
  });

  it('an account the page does not show: checked as corporate, saying why', async () => {
    await mount(kingsford());
    type('Road works');
    change('try-post-account', 'not-shown');
    expect(words(picture()!).title).toBe('Check: posting as unknown account');
    expect(words(picture()!).reasons[0]).toBe(
      'Postguard cannot tell which account you are posting as (The page does not show which account is active.), so it checks this post as if it were the corporate account',
    );
  });
});

describe('the live region', () => {
  it('says the verdict once typing pauses, keeps the focus where it is, and says nothing unasked', async () => {
    document.body.innerHTML = '<div id="app"></div>';
    act(() => render(<TryAPost rules={kingsford()} />, app()));
    act(() => text().focus());
    await judged();
    vi.useFakeTimers();
    act(() => {
      vi.advanceTimersByTime(ANNOUNCE_AFTER_MS * 2);
    });
    expect(live().textContent).toBe(''); // coming to the panel is not asking
    expect(live().getAttribute('aria-live')).toBe('polite');

    type('An old bo');
    act(() => {
      vi.advanceTimersByTime(ANNOUNCE_AFTER_MS / 2);
    });
    type('An old bomb');
    act(() => {
      vi.advanceTimersByTime(ANNOUNCE_AFTER_MS - 1);
    });
    expect(live().textContent).toBe(''); // still typing
    act(() => {
      vi.advanceTimersByTime(1);
    });
    expect(live().textContent).toMatch(
      /^Block: Postguard stops the post and says why, with this dialog\. Blocked: posting as @KingsfordGov · corporate\. Reasons: Your organisation does not allow "bomb" in posts from this account; /,
    );
    expect(document.activeElement).toBe(text());
  });
});

describe('10,000 terms', () => {
  const big = () =>
    kingsford({
      bannedTerms: Array.from({ length: 10_000 }, (_, i) => ({ term: `forbidden${i}` })),
    });
  /** Compilations of a term list at least this long: the rule file's, not the tone check's. */
  const bigCompiles = () =>
    vi.mocked(matcher.compileTerms).mock.calls.filter(([entries]) => entries.length >= 10_000)
      .length;

  it('are compiled once when the admin comes to the panel, not at a keystroke; again for new rules', async () => {
    vi.mocked(matcher.compileTerms).mockClear();
    const rules = big();
    document.body.innerHTML = '<div id="app"></div>';
    act(() => render(<TryAPost rules={rules} />, app()));
    await engineLoaded();
    expect(bigCompiles()).toBe(0); // a page opened only to import pays nothing
    act(() => text().focus());
    expect(bigCompiles()).toBe(1); // compiled as the admin arrives
    await judged();
    const post = 'Road works near forbidden9999 this weekend';
    for (let i = 1; i <= post.length; i++) type(post.slice(0, i));
    expect(verdict()).toBe('block');
    expect(bigCompiles()).toBe(1);

    act(() => render(<TryAPost rules={big()} />, app())); // the rules replaced: a new object
    type(`${post}!`);
    expect(bigCompiles()).toBe(2);
  });
});
