// The engine: given a post, the account the page shows, the rules in force and
// the time, what should happen and why. Pure and synchronous: it runs in the
// content script on every send, before the post may leave.
import { displayHandle } from '../platforms';
import type { RuleFile } from '../rules/schema';
import { compiledRules, type TermTag } from './compiled';
import { messages } from './sentences';
import { reason, setReasonMessage, sortReasons, strictest } from './reasons';
import { resolveAccount, roleForTermRules, type ResolvedAccount } from './roles';
import { fromEach } from './several';
import { sombreAppliesTo, sombreMatchReasons, sombreState } from './sombre';
import type { StyleBook } from '../tone/style';
import { toneReasons } from './tone';
import type { AccountSeen, Post, Reason, Verdict } from './types';

/** Reasons about the account itself; they apply even to an empty post. */
function accountReasons(seen: AccountSeen, resolved: ResolvedAccount, rules: RuleFile): Reason[] {
  const { role, account } = resolved;
  const { policy } = rules;
  if (role === 'unknown') {
    return policy.unknownAccount === 'allow'
      ? []
      : [reason('unknown-account', policy.unknownAccount, messages.unknownAccount(seen.reason))];
  }
  if (role === 'corporate' && policy.confirmCorporate && account.shown !== null) {
    const handle = displayHandle(seen.platform, account.shown);
    return [
      reason('corporate-account', 'confirm', messages.corporateAccount(handle, account.label)),
    ];
  }
  return [];
}

/** Banned terms, profanity, work terms and sombre terms: one pass of the matcher per post. */
function termReasons(post: Post, rules: RuleFile, resolved: ResolvedAccount, sombreOn: boolean) {
  const termRole = roleForTermRules(resolved.role);
  const profanity = rules.builtinLists.profanity;
  const byKey = new Map<string, Reason>();
  const sombreWords = new Set<string>();

  // Which reason a tag contributes to for this account, if any.
  const reasonFor = (tag: TermTag): [string, () => Reason] | undefined => {
    switch (tag.kind) {
      case 'banned': {
        const term = rules.bannedTerms[tag.index];
        if (!term || !term.roles.includes(termRole)) return undefined;
        const make = () => reason('banned-term', term.action, messages.bannedTerm(term), term.note);
        return [`banned:${tag.index}`, make];
      }
      case 'profanity':
        if (profanity === 'off' || termRole === 'personal') return undefined;
        return ['profanity', () => reason('profanity', profanity, messages.profanity())];
      case 'work':
        // Only a known personal account: an unknown one is checked as corporate.
        if (resolved.role !== 'personal') return undefined;
        return [
          'work',
          () => reason('work-term-on-personal', 'confirm', messages.workTermOnPersonal()),
        ];
      case 'sombre':
        if (!sombreOn) return undefined;
        return ['sombre', () => reason('sombre-term', 'block', messages.sombreTerms([]))];
    }
  };

  const { terms } = compiledRules(rules);
  post.texts.forEach((text, index) => {
    for (const hit of terms.find(text)) {
      for (const tag of hit.tag) {
        const target = reasonFor(tag);
        if (!target) continue;
        const [key, make] = target;
        let r = byKey.get(key);
        if (!r) byKey.set(key, (r = make()));
        r.spans.push({ post: index, start: hit.start, end: hit.end, text: hit.text });
        if (tag.kind === 'sombre') sombreWords.add(hit.term);
      }
    }
  });
  const sombreTerms = byKey.get('sombre');
  if (sombreTerms) setReasonMessage(sombreTerms, messages.sombreTerms([...sombreWords]));
  return [...byKey.values()];
}

/**
 * The verdict on `post` sent as `seen` under `rules` at `now`; `styles`, when given, are the
 * accounts' style profiles learned on this device (core/tone/style.ts), for the tone check.
 */
export function evaluate(
  post: Post,
  seen: AccountSeen,
  rules: RuleFile,
  now: Date,
  styles?: StyleBook,
): Verdict {
  const { others, ...one } = seen;
  if (!others?.length || seen.handle === null) return evaluateOne(post, one, rules, now, styles);
  const handles = [seen.handle, ...others];
  const each = handles.map((handle) => evaluateOne(post, { ...one, handle }, rules, now, styles));
  return fromEach(seen.platform, each);
}

function evaluateOne(
  post: Post,
  seen: AccountSeen,
  rules: RuleFile,
  now: Date,
  styles: StyleBook | undefined,
): Verdict {
  const resolved = resolveAccount(seen, rules);
  const sombre = sombreState(rules, now);
  const sombreOn = sombre.on && sombreAppliesTo(rules, roleForTermRules(resolved.role));

  const reasons = [
    ...accountReasons(seen, resolved, rules),
    ...(sombreOn ? [reason('sombre-mode', 'confirm', messages.sombreMode(sombre.reason))] : []),
    ...termReasons(post, rules, resolved, sombreOn),
    ...(sombreOn
      ? sombreMatchReasons(post.texts, rules, compiledRules(rules).allowedHashtags)
      : []),
    ...toneReasons(post, rules, { seen, resolved, styles }, now),
  ];
  const sorted = sortReasons(reasons);
  return {
    action: strictest(sorted.map((r) => r.action)),
    role: resolved.role,
    account: resolved.account,
    sombre,
    reasons: sorted,
  };
}
