// The rule engine: evaluate(post, account, rules, now) → verdict.
export { evaluate } from './evaluate';
export { REASON_CODES } from './types';
export type { Action, AccountSeen, Post, Reason, ReasonCode, Span, Verdict } from './types';
export { messages } from './sentences';
export { reason } from './reasons';
export { reasonLocalizable } from './reason-localizables';
export {
  renderLocalizable,
  type Localizable,
  type LocalizableParam,
  type Translate,
} from '../localizable';
