// The rule file, format version 1, as a zod/mini schema. This is the single
// source of truth: the TypeScript types, the import checks and the published
// JSON Schema (docs/rule-file.schema.json) all come from it. zod/mini because
// the schema also ships in the content script, where bundle size matters.
//
// Every object is strict: a typo such as `bannedterms` must be refused, not
// silently ignored. Messages are written by format-issues.ts, not here; the
// checks zod cannot describe carry their own message (issues.ts: customIssue).
import * as z from 'zod/mini';
import { localizable } from '../localizable';
import { customIssue } from './issues';
import {
  MAX_ACCOUNTS,
  MAX_LABEL_LENGTH,
  MAX_NOTE_LENGTH,
  MAX_SEND_DELAY_SECONDS,
  MAX_TERM_LENGTH,
  MAX_TERMS,
  RULE_FILE_FORMAT,
  RULE_FILE_VERSION,
} from './limits';
import { uniqueHandles } from './unique-handles';
import { normalizeHandle } from './handles';
import { handleFormatOf } from './handle-format';
import { PLATFORMS, type Platform } from '../platforms';

// The platforms are the registry's (core/platforms.ts).
export { PLATFORMS, type Platform };
export const ROLES = ['corporate', 'professional', 'personal'] as const;
/** Roles that term rules and sombre mode cover unless the file says otherwise. */
export const DEFAULT_RULE_ROLES: readonly Role[] = ['corporate', 'professional'];

const platform = z.enum(PLATFORMS);
const role = z.enum(ROLES);

// A string of white space only is never meant; "" is left to minLength so that
// the person sees one message, not two.
const notBlank = z.refine<string>(
  (s) => s.length === 0 || s.trim() !== '',
  customIssue(localizable('rules_not_blank')),
);
const text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max), notBlank);

/** A word, phrase or #hashtag; a trailing `*` means "word starting with". */
const term = z.string().check(
  z.minLength(1),
  z.maxLength(MAX_TERM_LENGTH),
  notBlank,
  z.refine<string>(
    (s) => s.trim() === '' || /[^\s#*]/u.test(s),
    customIssue(localizable('rules_term_needs_letter')),
  ),
);

const handle = z.string().check(
  z.minLength(1),
  z.maxLength(MAX_TERM_LENGTH),
  z.refine<string>(
    (s) => s.length === 0 || normalizeHandle(s) !== '',
    customIssue(localizable('rules_handle_empty')),
  ),
);

const hashtag = z.string().check(z.maxLength(MAX_TERM_LENGTH), z.startsWith('#'));

// Accepts an offset ("+01:00") as well as "Z": admins write local times.
const dateTime = z.iso.datetime({ offset: true });

const roleList = z._default(z.array(role).check(z.minLength(1)), () => [...DEFAULT_RULE_ROLES]);
const termList = z.array(term).check(z.maxLength(MAX_TERMS));

/** Each role once (toneCheck.roles): a role listed again is refused where it is. */
const uniqueRoles = z.superRefine<Role[]>((roles, ctx) => {
  roles.forEach((r, i) => {
    if (roles.indexOf(r) === i) return;
    const { error, params } = customIssue(localizable('rules_duplicate_role', r));
    ctx.addIssue({ code: 'custom', path: [i], message: error, params });
  });
});

/**
 * A handle or alias must be one its site allows (handle-format.ts). Run even when
 * the entry has other problems, so every problem is listed at once (the entry
 * is read defensively); a name refused already (empty, too long) is left to
 * that one message.
 */
const handleFormats = z.superRefine<unknown>(
  (entry, ctx) => {
    const { platform, handle, aliases } = entry as Record<string, unknown>;
    const format = handleFormatOf(String(platform));
    if (!format) return;
    const names: [unknown, (string | number)[]][] = [[handle, ['handle']]];
    if (Array.isArray(aliases)) aliases.forEach((alias, i) => names.push([alias, ['aliases', i]]));
    for (const [name, path] of names) {
      if (typeof name !== 'string' || name.length > MAX_TERM_LENGTH) continue;
      if (normalizeHandle(name) === '' || format.pattern.test(name)) continue;
      const { error, params } = customIssue(localizable(format.problemKey));
      ctx.addIssue({ code: 'custom', path, message: error, params });
    }
  },
  { when: ({ value }) => typeof value === 'object' && value !== null },
);

export const accountSchema = z
  .strictObject({
    platform,
    handle,
    role,
    label: z.optional(text(MAX_LABEL_LENGTH)),
    aliases: z.optional(z.array(handle)),
  })
  .check(handleFormats);

export const bannedTermSchema = z.strictObject({
  term,
  action: z._default(z.enum(['block', 'confirm']), 'block'),
  roles: roleList,
  note: z.optional(text(MAX_NOTE_LENGTH)),
});

export const sombreWindowSchema = z
  .strictObject({ start: dateTime, end: dateTime, reason: z.optional(text(MAX_LABEL_LENGTH)) })
  .check(
    z.superRefine((w, ctx) => {
      if (Date.parse(w.start) >= Date.parse(w.end)) {
        const { error, params } = customIssue(localizable('rules_window_end'));
        ctx.addIssue({ code: 'custom', path: ['end'], message: error, params });
      }
    }),
  );

export const sombreSchema = z.strictObject({
  active: z._default(z.boolean(), false),
  reason: z.optional(text(MAX_LABEL_LENGTH)),
  windows: z._default(z.array(sombreWindowSchema), []),
  allowedHashtags: z.optional(z.array(hashtag).check(z.maxLength(MAX_TERMS))),
  blockEmoji: z._default(z.boolean(), true),
  terms: z._default(termList, []),
  roles: roleList,
});

export const builtinListsSchema = z.strictObject({
  profanity: z._default(z.enum(['block', 'confirm', 'off']), 'confirm'),
});

// Left without defaults: the engine resolves them (tone-settings.ts), learn from
// policy.auditContent, so an absent value follows that setting.
export const toneCheckSchema = z.strictObject({
  roles: z.optional(z.array(role).check(z.minLength(1), uniqueRoles)),
  learn: z.optional(z.boolean()),
});

export const policySchema = z.strictObject({
  confirmCorporate: z._default(z.boolean(), true),
  unknownAccount: z._default(z.enum(['allow', 'confirm', 'block']), 'confirm'),
  unlistedRole: z._default(role, 'personal'),
  allowOverride: z._default(z.boolean(), false),
  sendDelaySeconds: z._default(z.int().check(z.minimum(0), z.maximum(MAX_SEND_DELAY_SECONDS)), 0),
  locked: z._default(z.boolean(), false),
  auditContent: z._default(z.enum(['none', 'redacted', 'full']), 'redacted'),
  toneCheck: z._default(z.enum(['off', 'confirm', 'block']), 'confirm'),
});

export const ruleFileSchema = z.strictObject({
  // Lets admins point their editor at the published JSON Schema.
  $schema: z.optional(z.string()),
  format: z.literal(RULE_FILE_FORMAT),
  version: z.literal(RULE_FILE_VERSION),
  organization: z.optional(text(MAX_LABEL_LENGTH)),
  exportedAt: z.optional(dateTime),
  accounts: z.array(accountSchema).check(z.maxLength(MAX_ACCOUNTS), uniqueHandles),
  bannedTerms: z._default(z.array(bannedTermSchema).check(z.maxLength(MAX_TERMS)), []),
  workTerms: z._default(termList, []),
  sombre: z.optional(sombreSchema),
  toneCheck: z.optional(toneCheckSchema),
  // prefault, not default: `{}` goes through the object so its own defaults apply.
  builtinLists: z.prefault(builtinListsSchema, {}),
  policy: z.prefault(policySchema, {}),
});

/** A rule file as imported: every default applied. */
export type RuleFile = z.output<typeof ruleFileSchema>;
/** A rule file as an admin may write it: defaulted fields optional. */
export type RuleFileInput = z.input<typeof ruleFileSchema>;
export type Role = (typeof ROLES)[number];
export type Account = z.output<typeof accountSchema>;
export type BannedTerm = z.output<typeof bannedTermSchema>;
export type TermAction = BannedTerm['action'];
export type Sombre = z.output<typeof sombreSchema>;
export type SombreWindow = z.output<typeof sombreWindowSchema>;
export type BuiltinLists = z.output<typeof builtinListsSchema>;
export type ListSetting = BuiltinLists['profanity'];
export type Policy = z.output<typeof policySchema>;
export type UnknownAccountAction = Policy['unknownAccount'];
export type AuditContent = Policy['auditContent'];
export type ToneCheck = z.output<typeof toneCheckSchema>;
export type ToneAction = Policy['toneCheck'];
