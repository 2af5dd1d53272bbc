// The published JSON Schema of the rule file (docs/rule-file.schema.json),
// generated from the zod schema by scripts/write-schema.ts (`npm run schema`).
// Build-time only: the descriptions live here, not in schema.ts, so they stay
// out of the content script. Checks that JSON Schema cannot express (handles
// unique per platform, windows that end after they start, text that is not
// blank) are still made on import; the descriptions say so. Each site's
// handle format (core/platforms.ts), a zod refinement (schema.ts), is written
// out here (withHandleFormats), so that editors flag a malformed handle as it
// is typed.
import * as z from 'zod/mini';
import { FORMAT_ENGLISH, PLATFORMS, platformInfo } from '../platforms';
import { ruleFileSchema } from './schema';

export const RULE_FILE_SCHEMA_ID = 'https://postguard.example/schema/rule-file-v1.schema.json';

/** The sites' names (brands) whose handles have a format (`true`) or are free names. */
const brands = (formatted: boolean) =>
  PLATFORMS.map(platformInfo)
    .filter((info) => !!info.format === formatted)
    .map((info) => info.brand);

/** What a handle is, site by site (core/platforms.ts): each format, then the sites of free names. */
function handleDescription(): string {
  return [
    ...PLATFORMS.flatMap((p) => {
      const english = FORMAT_ENGLISH[p];
      return english ? [`${platformInfo(p).brand}: ${english.summary}.`] : [];
    }),
    `${brands(false).join(', ')}: the posting identity's shown name, written any way.`,
  ].join(' ');
}

const DESCRIPTIONS: Record<string, string> = {
  '': 'A Postguard rule file, format version 1: which social media accounts belong to the organisation, what each may post, and the policy for staff. Import it in the options page or push it through browser policy (managed storage key "rules").',
  $schema: 'Optional: the address of this JSON Schema, for editors.',
  format: 'Always "postguard-rules".',
  version: 'Format version. A file with a higher version is refused whole by an older Postguard.',
  organization: 'Shown in the options page and popup.',
  exportedAt: 'When the file was exported (ISO 8601 date and time).',
  accounts:
    "The organisation's accounts (may be empty). The same platform + handle (or alias) twice is an error; matching ignores case, a leading @ and surrounding or repeated white space.",
  'accounts[].platform': 'The site.',
  'accounts[].handle': `${handleDescription()} Invisible characters (zero-width spaces, bidi controls) are ignored when names are compared.`,
  'accounts[].role':
    "corporate: the organisation's channel; professional: a person's own account that says where they work; personal.",
  'accounts[].label': 'A name for people, shown in the dialog.',
  'accounts[].aliases': `Other handles or shown names of the same account; on ${brands(true).join(', ')}, held to the same format as handle.`,
  bannedTerms: 'Words, phrases or #hashtags that may not be posted.',
  'bannedTerms[].term': 'A word, phrase or #hashtag; a trailing * means "word starting with".',
  'bannedTerms[].action': 'block: the post cannot be sent; confirm: the person must confirm.',
  'bannedTerms[].roles': 'The account roles the term applies to.',
  'bannedTerms[].note': 'Shown to the person when the term is found.',
  workTerms:
    'Phrases and hashtags that mark work content: a post containing one from a personal account needs confirmation.',
  sombre:
    'Sombre-event mode: on while active is true or the current time is inside one of the windows.',
  'sombre.active': 'Turns the mode on now.',
  'sombre.reason': 'Shown with every post while the mode is on.',
  'sombre.windows': 'Periods when the mode is on by itself; end must be later than start.',
  'sombre.windows[].reason': 'Shown instead of sombre.reason during this window.',
  'sombre.allowedHashtags': 'If given, every other hashtag is blocked while the mode is on.',
  'sombre.blockEmoji': 'Block light-hearted emoji (laughing, winking, partying, celebration).',
  'sombre.terms': 'Words blocked while the mode is on.',
  'sombre.roles': 'The account roles the mode applies to.',
  toneCheck:
    'Optional: which accounts the tone check (policy.toneCheck) covers, and whether it learns their style. Newer than the first files of version 1: a file without it stays valid.',
  'toneCheck.roles':
    'The account roles whose posts are checked, each listed once; when absent, corporate and professional.',
  'toneCheck.learn':
    'Learn each account\'s usual style on this device from the posts the person releases; the profile never leaves the browser. When absent: on, unless policy.auditContent is "none".',
  builtinLists: 'Word lists maintained with Postguard, for corporate and professional accounts.',
  'builtinLists.profanity': 'Swearing, including masked spellings such as f***ing.',
  policy: 'How Postguard treats accounts and posts.',
  'policy.confirmCorporate': 'Every post from a corporate account needs confirmation naming it.',
  'policy.unknownAccount': 'What happens when the page does not reveal which account is active.',
  'policy.unlistedRole': 'The role of an account that is detected but not listed.',
  'policy.allowOverride':
    'Whether a person may post past a block, after typing the account handle.',
  'policy.sendDelaySeconds':
    'After a corporate post is released, hold it this long with an Undo button.',
  'policy.locked': 'Staff cannot edit the rules locally.',
  'policy.auditContent': "How much of a post's text the local audit log keeps.",
  'policy.toneCheck':
    'What happens when a post on an account of the checked roles (toneCheck.roles) reads like a personal post (drinking, bed and tiredness, private messages, slang, insults, complaints about the job…): confirm: the person must confirm; block: the post cannot be sent; off: not checked.',
};

type Node = Record<string, unknown>;

function nodeAt(root: Node, path: string): Node {
  let node = root;
  for (const part of path ? path.split('.') : []) {
    const list = part.endsWith('[]');
    const props = node.properties as Record<string, Node> | undefined;
    let next = props?.[list ? part.slice(0, -2) : part];
    if (next && list) next = next.items as Node | undefined;
    // Fail the build rather than publish a schema with a stale description.
    if (!next) throw new Error(`json-schema.ts: no field "${path}" in the rule file schema`);
    node = next;
  }
  return node;
}

// zod writes non-standard formats (e.g. "starts_with") next to the pattern
// that already says it; strict validators such as ajv refuse unknown formats.
function dropNonStandardFormats(node: unknown): void {
  if (typeof node !== 'object' || node === null) return;
  const obj = node as Node;
  if (obj.format === 'starts_with') delete obj.format;
  for (const inner of Object.values(obj)) dropNonStandardFormats(inner);
}

/**
 * On a site with a handle format, handle and aliases must match it: an
 * if/then on the account object (one per such site, under allOf when several).
 */
function withHandleFormats(root: Node): void {
  const account = nodeAt(root, 'accounts[]');
  const rules = PLATFORMS.flatMap((platform) => {
    const format = platformInfo(platform).format;
    if (!format) return [];
    const pattern = { pattern: format.pattern.source };
    return [
      {
        if: { properties: { platform: { const: platform } }, required: ['platform'] },
        then: { properties: { handle: pattern, aliases: { items: pattern } } },
      },
    ];
  });
  if (rules.length === 1) Object.assign(account, rules[0]);
  else if (rules.length > 1) account.allOf = rules;
}

export function ruleFileJsonSchema(): Node {
  const generated = z.toJSONSchema(ruleFileSchema, {
    io: 'input',
    target: 'draft-2020-12',
  }) as Node;
  dropNonStandardFormats(generated);
  withHandleFormats(generated);
  // A refinement in schema.ts (uniqueRoles) that JSON Schema can say.
  nodeAt(generated, 'toneCheck.roles').uniqueItems = true;
  for (const [path, text] of Object.entries(DESCRIPTIONS)) {
    // Put the description first in each node, where people read it.
    const node = nodeAt(generated, path);
    const rest = { ...node };
    for (const key of Object.keys(node)) delete node[key];
    Object.assign(node, { description: text }, rest);
  }
  const { $schema, ...body } = generated;
  return { $schema, $id: RULE_FILE_SCHEMA_ID, title: 'Postguard rule file, version 1', ...body };
}

/** The exact text of docs/rule-file.schema.json. */
export function ruleFileJsonSchemaText(): string {
  return `${JSON.stringify(ruleFileJsonSchema(), null, 2)}\n`;
}
