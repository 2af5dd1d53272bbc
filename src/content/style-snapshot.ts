// The content script's copy of the style profiles learned on this device (storage.local,
// STYLE_KEY; core/tone/style-book.ts checks them as they are read), refreshed on every
// change, so that the tone check at send time never waits for the worker. And the learning:
// a released post's hashed word counts (no text) go to the worker for its account's profile.
import type { Verdict } from '../core/engine';
import { toneSettings } from '../core/rules/tone-settings';
import type { RuleFile } from '../core/rules/schema';
import { gramsOf, type StyleBook } from '../core/tone/style';
import { readStyleBook } from '../core/tone/style-book';
import { send } from '../shared/messages';
import { onStorageChange, readArea } from '../shared/storage-area';
import { STYLE_KEY } from '../shared/storage-keys';
import type { SiteAdapter } from './sites/adapter';

export interface StyleSnapshot {
  current(): StyleBook | undefined;
  dispose(): void;
}

export function createStyleSnapshot(): StyleSnapshot {
  let book: StyleBook | undefined;
  const load = async () => {
    book = readStyleBook((await readArea('local', [STYLE_KEY]))[STYLE_KEY]);
  };
  void load();
  const stop = onStorageChange((changes, area) => {
    if (area === 'local' && STYLE_KEY in changes) void load();
  });
  return { current: () => book, dispose: stop };
}

/**
 * Sends the released post's counts to be learned, when the rules let Postguard learn, the
 * account is one known account, and the post did not itself read personal (a personal post
 * let through on a work account must not teach that account a personal voice).
 */
export function learnFromRelease(
  adapter: Pick<SiteAdapter, 'platform'>,
  rules: RuleFile | undefined,
  verdict: Verdict,
  texts: readonly string[],
): void {
  if (!rules || !toneSettings(rules).learn || verdict.accounts) return;
  const handle = verdict.account.shown;
  if (handle === null || verdict.role === 'unknown' || texts.every((t) => t.trim() === '')) return;
  if (verdict.reasons.some((r) => r.code === 'reads-personal' || r.code === 'check-failed')) return;
  const grams = [...gramsOf(texts)];
  if (grams.length === 0) return;
  void send({
    type: 'style/learn',
    platform: adapter.platform,
    account: handle,
    role: verdict.role,
    grams,
  });
}
