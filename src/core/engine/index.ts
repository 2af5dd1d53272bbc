// The rule engine: evaluate(post, account, rules, now) → verdict.
export { evaluate } from './evaluate';
export { REASON_CODES } from './types';
export type { Action, AccountSeen, Post, Reason, ReasonCode, Span, Verdict } from './types';
export { messages } from './messages';
export { reason } from './reasons';
export {
  reasonLocalizable,
  renderLocalizable,
  type Localizable,
  type LocalizableParam,
  type Translate,
} from './localizable';
