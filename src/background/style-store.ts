// The style profiles, as the worker keeps them (core/tone/style-book.ts): a released post's
// hashed word counts merged into its account's profile, one write at a time, only while the
// rules in force let Postguard learn (toneCheck.learn, docs/tone-check.md#style-profiles).
import { accountKey, displayHandle, type Platform } from '../core/platforms';
import type { Role } from '../core/rules/schema';
import { toneSettings } from '../core/rules/tone-settings';
import { learnInto, readStyleBook } from '../core/tone/style-book';
import type { StyleBook } from '../core/tone/style';
import { readArea, removeLocal, writeLocal } from '../shared/storage-area';
import { STYLE_KEY } from '../shared/storage-keys';
import { loadRulesState } from './rules-store';
import { serialized } from './serial';

const oneAtATime = serialized();

export async function readStyles(): Promise<StyleBook> {
  return readStyleBook((await readArea('local', [STYLE_KEY]))[STYLE_KEY]);
}

export interface Learned {
  platform: Platform;
  account: string;
  role: Role;
  grams: [number, number][];
}

/** Merges one post's counts into its account's profile; false when learning is off. */
export function learnStyle({ platform, account, role, grams }: Learned): Promise<boolean> {
  return oneAtATime(async () => {
    const { rules } = await loadRulesState();
    if (!toneSettings(rules).learn) return false;
    const counts = new Map<number, number>();
    for (const [bucket, n] of grams) counts.set(bucket, (counts.get(bucket) ?? 0) + n);
    const key = accountKey(platform, account);
    const shown = displayHandle(platform, account); // as the dialog names it: @janedoe_fun
    const book = learnInto(await readStyles(), key, counts, role, shown);
    return (await writeLocal({ [STYLE_KEY]: book })).ok;
  });
}

export function forgetStyles(): Promise<boolean> {
  return oneAtATime(async () => (await removeLocal([STYLE_KEY])).ok);
}
