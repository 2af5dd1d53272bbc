// One send from several accounts at once: legacy TweetDeck's "From" chooser posts the same
// text from every selected account (docs/sites/x.md#tweetdeck). Each account is judged on
// its own; the send is as strict as the strictest of them, with every reason kept; and a
// send from a work account and a personal one together is blocked, naming both: that is the
// slip itself, whatever the text.
import { displayHandle, type Platform } from '../platforms';
import type { Role } from '../rules/schema';
import { reason, sortReasons, strictest } from './reasons';
import { messages } from './sentences';
import type { AccountVerdict, Reason, Verdict } from './types';

/** Most senior first: the role whose colour and words a send from several takes. */
const SENIORITY: readonly (Role | 'unknown')[] = [
  'corporate',
  'professional',
  'unknown',
  'personal',
];

const isWork = (role: Role | 'unknown') => role === 'corporate' || role === 'professional';

/** The same reason twice (two corporate accounts' banned word): shown once. */
function unique(reasons: readonly Reason[]): Reason[] {
  const seen = new Set<string>();
  return reasons.filter((r) => {
    const key = `${r.code}\n${r.action}\n${r.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The verdict on a send from each account of `verdicts` (one per account, in page order). */
export function fromEach(platform: Platform, verdicts: readonly Verdict[]): Verdict {
  const [first] = verdicts;
  if (!first) throw new Error('fromEach: no account');
  const accounts: AccountVerdict[] = verdicts.map(({ account, role }) => ({ ...account, role }));
  const named = (filter: (role: Role | 'unknown') => boolean) =>
    accounts
      .filter((a) => filter(a.role) && a.shown !== null)
      .map((a) => displayHandle(platform, a.shown!));
  const work = named(isWork);
  const personal = named((role) => role === 'personal');
  const mixed =
    work.length > 0 && personal.length > 0
      ? [reason('mixed-accounts', 'block', messages.mixedAccounts(work, personal))]
      : [];
  const reasons = sortReasons([...mixed, ...unique(verdicts.flatMap((v) => v.reasons))]);
  const role = SENIORITY.find((r) => accounts.some((a) => a.role === r)) ?? first.role;
  return {
    action: strictest(reasons.map((r) => r.action)),
    role,
    account: first.account,
    accounts,
    sombre: verdicts.find((v) => v.sombre.on)?.sombre ?? first.sombre,
    reasons,
  };
}
