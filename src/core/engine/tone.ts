// "This reads like a personal post": the tone check's reason (docs/tone-check.md). On an
// account of the roles the rules check (corporate and professional unless they say
// otherwise), a post whose cues score above the threshold is asked about or blocked, as
// policy.toneCheck says, naming each cue, the words that gave it away, and where they are.
import type { LocalizableParam } from '../localizable';
import { toneSettings } from '../rules/tone-settings';
import type { RuleFile } from '../rules/schema';
import type { CueCategory } from '../tone/lexicon';
import { scoreTone, type StyleContext, type ToneCue } from '../tone/score';
import type { StyleBook } from '../tone/style';
import { accountKey } from '../platforms';
import { reason } from './reasons';
import { roleForTermRules, type ResolvedAccount } from './roles';
import { messages } from './sentences';
import type { AccountSeen, Post, Reason } from './types';

/** At most this many words are named per cue: the dialog highlights them all. */
const WORDS_NAMED = 3;

function cueWords(cue: ToneCue): string[] {
  const words = new Map<string, string>();
  for (const span of cue.spans) {
    const key = span.text.toLowerCase();
    if (!words.has(key)) words.set(key, span.text);
  }
  return [...words.values()].slice(0, WORDS_NAMED);
}

/** The account a post goes from, and the style profiles learned on this device. */
export interface ToneAccount {
  seen: AccountSeen;
  resolved: ResolvedAccount;
  styles: StyleBook | undefined;
}

/** The profiles to compare the post with: its own account's, and the personal accounts'. */
function styleContext({ seen, styles }: ToneAccount): StyleContext | undefined {
  if (!styles) return undefined;
  const own = seen.handle === null ? undefined : styles[accountKey(seen.platform, seen.handle)];
  const personal = Object.values(styles).filter((p) => p.role === 'personal' && p !== own);
  return { own, personal };
}

export function toneReasons(
  post: Post,
  rules: RuleFile,
  account: ToneAccount,
  now: Date,
): Reason[] {
  const settings = toneSettings(rules);
  if (settings.action === 'off') return [];
  if (!settings.roles.includes(roleForTermRules(account.resolved.role))) return [];
  const tone = scoreTone(post.texts, now.getHours(), styleContext(account));
  if (!tone.readsPersonal) return [];
  const cues: [CueCategory, LocalizableParam[], string?][] = tone.cues.map((cue) => [
    cue.category,
    cueWords(cue),
    cue.like,
  ]);
  const found = reason('reads-personal', settings.action, messages.readsPersonal(cues));
  found.spans.push(...tone.cues.flatMap((cue) => cue.spans));
  return [found];
}
