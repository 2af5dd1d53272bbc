// Learning styles in the worker (background/style-store.ts, the `style/*` messages): a
// content script's counts are merged into its account's profile while the rules let
// Postguard learn, never from a page of Postguard's own; the stored book is checked entry
// by entry and bounded; the options page sees how many accounts it holds and forgets them.
import { afterEach, describe, expect, it } from 'vitest';
import { handlers, type Sender } from '../../src/background/handlers';
import { accountKey } from '../../src/core/platforms';
import { gramsOf } from '../../src/core/tone/style';
import { MAX_PROFILES, readStyleBook } from '../../src/core/tone/style-book';
import { Message } from '../../src/shared/messages';
import { LAST_GOOD_KEY, RULES_KEY, STYLE_KEY } from '../../src/shared/storage-keys';
import { fakeBrowser } from '../fakes/browser';
import { fromOptionsPage } from './background-harness';
import { example } from './engine-helpers';

const tab: Sender = { fromExtensionPage: false, tabUrl: 'https://x.com/home', tabId: 3 };
const local = () =>
  fakeBrowser.storage.local as unknown as {
    reset(v?: Record<string, unknown>): void;
    data(): Record<string, unknown>;
  };

function useRules(policy: Record<string, unknown> = {}, toneCheck?: Record<string, unknown>) {
  const rules = example('kingsford-council', {
    policy: { ...example('kingsford-council').policy, ...policy },
    ...(toneCheck ? { toneCheck } : {}),
  });
  const stored = { savedAt: '2026-11-20T10:00:00.000Z', rules };
  local().reset({ [RULES_KEY]: stored, [LAST_GOOD_KEY]: stored });
}

async function learnFrom(sender: Sender, text = 'Bin collections move to Tuesday') {
  const parsed = Message.safeParse({
    type: 'style/learn',
    platform: 'x',
    account: '@KingsfordGov',
    role: 'corporate',
    grams: [...gramsOf([text])],
  });
  if (!parsed.success) throw new Error(parsed.error.message);
  return handlers['style/learn'](parsed.data as Extract<Message, { type: 'style/learn' }>, sender);
}

const stored = () => readStyleBook(local().data()[STYLE_KEY]);

afterEach(() => local().reset());

describe('style/learn', () => {
  it('merges a content script’s counts into its account’s profile', async () => {
    useRules();
    await learnFrom(tab);
    await learnFrom(tab, 'Road works start on Monday');
    const profile = stored()[accountKey('x', '@KingsfordGov')];
    expect(profile).toMatchObject({ role: 'corporate', shown: '@KingsfordGov', posts: 2 });
    expect(JSON.stringify(local().data()[STYLE_KEY])).not.toMatch(/Bin|Road|Tuesday/u);
  });

  it('learns nothing when the rules say not to, or keep no audit text', async () => {
    useRules({}, { learn: false });
    await learnFrom(tab);
    expect(stored()).toEqual({});
    useRules({ auditContent: 'none' });
    await learnFrom(tab);
    expect(stored()).toEqual({});
  });

  it('takes counts from content scripts only, and refuses counts out of range', async () => {
    useRules();
    const fromPage: Sender = { fromExtensionPage: true, tabUrl: null };
    expect(await learnFrom(fromPage)).toMatchObject({ ok: false });
    expect(stored()).toEqual({});
    const forged = { type: 'style/learn', platform: 'x', account: 'a', role: 'corporate' };
    for (const grams of [[[-1, 1]], [[1e6, 1]], [[3, 0]], [[3, 1.5]], [['a', 1]]]) {
      expect(Message.safeParse({ ...forged, grams }).success, JSON.stringify(grams)).toBe(false);
    }
  });
});

describe('the stored book', () => {
  it('keeps whole profiles only, at most MAX_PROFILES, dropping forged entries', () => {
    const good = { role: 'personal', shown: '@x', posts: 3, grams: [[1, 2]] };
    const book = readStyleBook({
      good,
      noRole: { ...good, role: 'boss' },
      badBucket: { ...good, grams: [[99999, 1]] },
      zero: { ...good, posts: 0 },
      text: 'garbage',
    });
    expect(Object.keys(book)).toEqual(['good']);
    const many = Object.fromEntries(
      Array.from({ length: 40 }, (_, i) => [`k${i}`, { ...good, posts: i + 1 }]),
    );
    const kept = readStyleBook(many);
    expect(Object.keys(kept)).toHaveLength(MAX_PROFILES);
    expect(Object.values(kept).every((p) => p.posts > 40 - MAX_PROFILES)).toBe(true);
  });
});

describe('the options page', () => {
  it('sees how many accounts are learned, and forgets them all', async () => {
    useRules();
    await learnFrom(tab);
    expect(await fromOptionsPage({ type: 'style/get' })).toEqual({ ok: true, accounts: 1 });
    expect(await fromOptionsPage({ type: 'style/clear' })).toEqual({ ok: true });
    expect(await fromOptionsPage({ type: 'style/get' })).toEqual({ ok: true, accounts: 0 });
  });
});
