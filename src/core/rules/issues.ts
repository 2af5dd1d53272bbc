// A problem found in a rule file, kept as data until someone reads it: where
// (`accounts[2].role`) and what, as a Localizable (see ../localizable.ts). The
// English `path: message` line is what tests, storage problems and tools read;
// the options page and the background render the same issue with `t`, so an
// admin reads it in their own language.
import {
  fromTemplates,
  renderLocalizable,
  type Localizable,
  type LocalizableParam,
  type Translate,
} from '../localizable';
import { RULE_ISSUE_TEMPLATES } from './issue-messages';

export interface RuleIssue {
  /** `accounts[2].role`, `(root)`; null for a sentence about the whole file. */
  path: string | null;
  /** A plain string is shown as it is (a check that made no Localizable). */
  message: LocalizableParam;
}

// Pure: a bundle that never words an issue in English (the content script's) leaves the
// English sentences out.
const english = /* @__PURE__ */ fromTemplates(RULE_ISSUE_TEMPLATES);

/** The English sentence of a message about a rule file. */
export function englishOf(message: LocalizableParam): string {
  return (
    renderLocalizable(message, english) ?? (typeof message === 'string' ? message : message.key)
  );
}

/**
 * `path: message` in the language `translate` speaks; English when it is
 * missing or lacks any key of the message.
 */
export function issueLine(issue: RuleIssue, translate?: Translate): string {
  const text =
    (translate && renderLocalizable(issue.message, translate)) ?? englishOf(issue.message);
  return issue.path === null ? text : `${issue.path}: ${text}`;
}

export function issueLines(issues: readonly RuleIssue[], translate?: Translate): string[] {
  return issues.map((issue) => issueLine(issue, translate));
}

/**
 * The params of a zod refine or custom issue made by the schema's own checks:
 * the English for zod, the Localizable for format-issues.ts to pass on.
 */
export function customIssue(message: Localizable): {
  error: string;
  params: { localizable: Localizable };
} {
  return { error: englishOf(message), params: { localizable: message } };
}

/** The Localizable that customIssue() put on a zod issue, if any. */
export function customLocalizable(params: unknown): Localizable | undefined {
  const value = (params as { localizable?: unknown } | undefined)?.localizable;
  const ok =
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Localizable).key === 'string' &&
    Array.isArray((value as Localizable).params);
  return ok ? (value as Localizable) : undefined;
}
