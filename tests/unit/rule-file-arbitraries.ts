// Generated rule files for the robustness tests (not a test file itself): valid files that
// use every part of the format, and malformed ones of nine kinds, each with the check its
// refusal must pass.
import fc from 'fast-check';
import {
  MAX_ACCOUNTS,
  MAX_LABEL_LENGTH,
  MAX_NOTE_LENGTH,
  MAX_RULE_FILE_BYTES,
  MAX_TERM_LENGTH,
  MAX_TERMS,
  PLATFORMS,
  ROLES,
  normalizeHandle,
  type Platform,
} from '../../src/core/rules';
import { formatPath } from '../../src/core/rules/format-issues';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };
type Path = (string | number)[];

// ---------------------------------------------------------------------------------------
// Valid files: every section of the format, every optional field sometimes present.

const word = fc.stringMatching(/^[a-z][a-z0-9 ]{0,20}[a-z0-9]$/);
const tagWord = fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,15}$/);
const handleName = fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,14}$/);
/** A handle each platform allows (core/platforms.ts): a new platform must say what its are. */
const HANDLES: Record<Platform, fc.Arbitrary<string>> = {
  x: handleName,
  facebook: handleName,
  linkedin: handleName,
  bluesky: fc.stringMatching(/^[a-z][a-z0-9-]{0,12}[a-z0-9]\.(bsky\.social|gov\.uk|org)$/),
  mastodon: fc.stringMatching(/^[a-z][a-z0-9_]{0,12}@(mastodon\.social|social\.[a-z]{2,8}\.org)$/),
};
const role = fc.constantFrom(...ROLES);
const roles = fc.uniqueArray(role, { minLength: 1 });
const term = fc.oneof(
  word,
  word.map((w) => `${w}*`),
  tagWord.map((w) => `#${w}`),
);
const instant = fc
  .date({ min: new Date('2020-01-01Z'), max: new Date('2030-01-01Z'), noInvalidDate: true })
  .map((d) => d.toISOString());

const account = fc.constantFrom(...PLATFORMS).chain((platform) =>
  fc.record(
    {
      platform: fc.constant(platform),
      handle: HANDLES[platform],
      role,
      label: word,
      aliases: fc.array(HANDLES[platform], { maxLength: 2 }),
    },
    { requiredKeys: ['platform', 'handle', 'role'] },
  ),
);

interface AccountIn {
  platform: string;
  handle: string;
  role: string;
  label?: string;
  aliases?: string[];
}

/** Drops every handle or alias that another entry already uses (the format refuses those). */
function uniqueAccounts(accounts: AccountIn[]) {
  const taken = new Set<string>();
  const key = (platform: string, name: string) => `${platform}\n${normalizeHandle(name)}`;
  const out = [];
  for (const a of accounts) {
    if (taken.has(key(a.platform, a.handle))) continue;
    const own = new Set([key(a.platform, a.handle)]);
    const aliases = (a.aliases ?? []).filter((alias) => {
      const k = key(a.platform, alias);
      if (taken.has(k) || own.has(k)) return false;
      own.add(k);
      return true;
    });
    own.forEach((k) => taken.add(k));
    out.push(a.aliases === undefined ? a : { ...a, aliases });
  }
  return out;
}

const sombreWindow = fc
  .record({ start: instant, end: instant, reason: word }, { requiredKeys: ['start', 'end'] })
  .filter((w) => w.start !== w.end)
  .map((w) => (w.start < w.end ? w : { ...w, start: w.end, end: w.start }));

export const validFile = fc.record(
  {
    $schema: fc.constant('https://postguard.example/rule-file.schema.json'),
    format: fc.constant('postguard-rules'),
    version: fc.constant(1),
    organization: word,
    exportedAt: instant,
    accounts: fc.array(account, { maxLength: 6 }).map(uniqueAccounts),
    bannedTerms: fc.array(
      fc.record(
        { term, action: fc.constantFrom('block', 'confirm'), roles, note: word },
        { requiredKeys: ['term'] },
      ),
      { maxLength: 5 },
    ),
    workTerms: fc.array(term, { maxLength: 4 }),
    sombre: fc.record(
      {
        active: fc.boolean(),
        reason: word,
        windows: fc.array(sombreWindow, { maxLength: 2 }),
        allowedHashtags: fc.array(
          tagWord.map((w) => `#${w}`),
          { maxLength: 3 },
        ),
        blockEmoji: fc.boolean(),
        terms: fc.array(term, { maxLength: 3 }),
        roles,
      },
      { requiredKeys: [] },
    ),
    toneCheck: fc.record({ roles, learn: fc.boolean() }, { requiredKeys: [] }),
    builtinLists: fc.record(
      { profanity: fc.constantFrom('block', 'confirm', 'off') },
      { requiredKeys: [] },
    ),
    policy: fc.record(
      {
        confirmCorporate: fc.boolean(),
        unknownAccount: fc.constantFrom('allow', 'confirm', 'block'),
        unlistedRole: role,
        allowOverride: fc.boolean(),
        sendDelaySeconds: fc.integer({ min: 0, max: 60 }),
        locked: fc.boolean(),
        auditContent: fc.constantFrom('none', 'redacted', 'full'),
        toneCheck: fc.constantFrom('off', 'confirm', 'block'),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ['format', 'version', 'accounts'] },
) as unknown as fc.Arbitrary<JsonObject>;

/** How the file's text is laid out: compact, pretty, tabs, or with a byte order mark. */
export const layout = fc.constantFrom<(v: unknown) => string>(
  (v) => JSON.stringify(v),
  (v) => JSON.stringify(v, null, 2),
  (v) => `${JSON.stringify(v, null, '\t')}\n`,
  (v) => `\uFEFF${JSON.stringify(v, null, 2)}\r\n`,
);

// ---------------------------------------------------------------------------------------
// Malformed files. Each case is the file's text and what its refusal must say.

export interface Malformed {
  kind: string;
  text: string;
  /** Problems with the refusal's lines, for the failure message; empty when it says the right thing. */
  check: (errors: string[]) => string[];
}

/** Some line is about `path` (and says `what`). */
function about(path: string, what = '') {
  return (errors: string[]) => {
    const hit = errors.some((e) => e.startsWith(`${path}: `) && e.includes(what));
    return hit ? [] : [`no line about ${path}${what ? ` saying "${what}"` : ''}`];
  };
}

/** One line only, about the whole file. */
const aboutRoot = (what: RegExp) => (errors: string[]) =>
  errors.length === 1 && what.test(errors[0]!) ? [] : [`expected one line matching ${what}`];

function* walk(value: Json, path: Path = []): Generator<[Path, Json]> {
  yield [path, value];
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* walk(value[i]!, [...path, i]);
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) yield* walk(v, [...path, k]);
  }
}

export const kindOf = (v: unknown) =>
  v === null ? 'null' : Array.isArray(v) ? 'array' : (typeof v as 'string' | 'object');

/** Sets `path` in `doc` (own property, even for "__proto__"), creating objects on the way. */
function setAt(doc: JsonObject, path: Path, value: Json): void {
  let at: Record<string | number, Json> = doc;
  for (const key of path.slice(0, -1)) {
    if (at[key] === undefined) Object.defineProperty(at, key, own({}));
    at = at[key] as Record<string | number, Json>;
  }
  Object.defineProperty(at, path.at(-1)!, own(value));
}
const own = (value: Json) => ({ value, enumerable: true, writable: true, configurable: true });

const anyOfKind: Record<string, fc.Arbitrary<Json>> = {
  string: fc.string({ maxLength: 8 }),
  number: fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })),
  boolean: fc.boolean(),
  null: fc.constant(null),
  array: fc.array(fc.oneof(fc.integer(), fc.string({ maxLength: 3 })), { maxLength: 2 }),
  object: fc.dictionary(fc.stringMatching(/^[a-z]{1,5}$/), fc.integer(), { maxKeys: 2 }),
};

/** Wrong types at any path of the file: a number for a handle, a list for the policy… */
const wrongType = fc
  .tuple(validFile, fc.nat(), fc.nat(), fc.gen())
  .map(([generated, pick, kindPick, gen]): Malformed => {
    const doc = structuredClone(generated); // fast-check reuses generated values
    const all = [...walk(doc)].filter(([path]) => path.length > 0);
    const [path, old] = all[pick % all.length]!;
    const kinds = Object.keys(anyOfKind).filter((k) => k !== kindOf(old));
    const value = gen(() => anyOfKind[kinds[kindPick % kinds.length]!]!);
    setAt(doc, path, value);
    return { kind: 'wrong type', text: JSON.stringify(doc), check: about(formatPath(path)) };
  });

const KNOWN_KEYS = new Set(
  ['$schema', 'format', 'version', 'organization', 'exportedAt', 'accounts', 'bannedTerms']
    .concat(['workTerms', 'sombre', 'builtinLists', 'policy', 'platform', 'handle', 'role'])
    .concat(['label', 'aliases', 'term', 'action', 'roles', 'note', 'active', 'reason'])
    .concat(['windows', 'start', 'end', 'allowedHashtags', 'blockEmoji', 'terms', 'profanity'])
    .concat(['confirmCorporate', 'unknownAccount', 'unlistedRole', 'allowOverride'])
    .concat(['sendDelaySeconds', 'locked', 'auditContent', 'toneCheck', 'learn']),
);

/** Keys the format does not have, in any object: typos, prototype names, odd characters. */
const unknownKey = fc
  .tuple(
    validFile,
    fc.nat(),
    fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'bannedterms'),
      fc.constantFrom('Format', 'format ', 'rôle', 'a.b', 'a"b', '[0]', '\u200bformat', '\n'),
    ),
    fc.jsonValue({ maxDepth: 2 }),
  )
  .filter(([, , key]) => !KNOWN_KEYS.has(key))
  .map(([generated, pick, key, value]): Malformed => {
    const doc = structuredClone(generated); // fast-check reuses generated values
    const objects = [...walk(doc)].filter(([, v]) => kindOf(v) === 'object');
    const [path] = objects[pick % objects.length]!;
    setAt(doc, [...path, key], value as Json);
    const line = `${formatPath([...path, key])}: unknown key`;
    return {
      kind: 'unknown key',
      text: JSON.stringify(doc),
      check: (errors) => (errors.includes(line) ? [] : [`no line "${line}"`]),
    };
  });

const filled = (n: number, make: (i: number) => Json) =>
  Array.from({ length: n }, (_, i) => make(i));

type Placed = { path: Path; value: Json; at?: Path };

/** Tone check values outside their set: an action, no roles, an unknown or repeated role. */
const toneCheckValue = fc.oneof(
  fc
    .constantFrom<Json>('ask', 'allow', 'Confirm', 'none', '')
    .map((value): Placed => ({ path: ['policy', 'toneCheck'], value })),
  fc.constantFrom<Placed>(
    { path: ['toneCheck', 'roles'], value: [] },
    { path: ['toneCheck', 'roles'], value: ['boss'], at: [0] },
    { path: ['toneCheck', 'roles'], value: ['corporate', 'corporate'], at: [1] },
    { path: ['toneCheck', 'roles'], value: ['personal', 'corporate', 'personal'], at: [2] },
    { path: ['toneCheck', 'learn'], value: 'yes' },
  ),
);

/** Numbers out of range, lists over their limit, tone check values outside their set. */
const outOfRange = validFile.chain((doc) =>
  fc
    .oneof(
      fc
        .oneof(
          fc.integer({ min: -1e9, max: -1 }),
          fc.integer({ min: 61, max: 1e9 }),
          fc.double({ min: 0.01, max: 59.99, noNaN: true }).filter((n) => !Number.isInteger(n)),
          fc.constantFrom(1e308, -1e308, Number.MAX_SAFE_INTEGER + 2),
        )
        .map((n) => ({ path: ['policy', 'sendDelaySeconds'] as Path, value: n as Json })),
      fc
        .oneof(
          fc.integer({ min: -1e6, max: 0 }),
          fc.double({ min: -3, max: 3, noNaN: true }).filter((n) => !Number.isInteger(n)),
        )
        .map((n) => ({ path: ['version'] as Path, value: n as Json })),
      fc.constantFrom(
        {
          path: ['accounts'] as Path,
          value: filled(MAX_ACCOUNTS + 1, (i) => ({
            platform: 'x',
            handle: `a${i}`,
            role: 'personal',
          })),
        },
        { path: ['bannedTerms'] as Path, value: filled(MAX_TERMS + 1, (i) => ({ term: `t${i}` })) },
        { path: ['workTerms'] as Path, value: filled(MAX_TERMS + 1, (i) => `w${i}`) },
        { path: ['sombre', 'terms'] as Path, value: filled(MAX_TERMS + 1, (i) => `s${i}`) },
        {
          path: ['sombre', 'allowedHashtags'] as Path,
          value: filled(MAX_TERMS + 1, (i) => `#h${i}`),
        },
      ),
      toneCheckValue,
    )
    .map(({ path, value, at = [] }: Placed): Malformed => {
      const copy = structuredClone(doc);
      if (path[0] === 'sombre' && kindOf(copy.sombre) !== 'object') copy.sombre = {};
      if (path[0] === 'policy' && kindOf(copy.policy) !== 'object') copy.policy = {};
      setAt(copy, path, value);
      const check = about(formatPath([...path, ...at]));
      return { kind: 'out of range', text: JSON.stringify(copy), check };
    }),
);

/** Text fields and their longest length; hashtags must also start with #. */
const LIMITED: [RegExp, number][] = [
  [/^organization$/, MAX_LABEL_LENGTH],
  [/^accounts\[\d+\]\.(label|handle|aliases\[\d+\])$/, MAX_TERM_LENGTH],
  [/^bannedTerms\[\d+\]\.term$/, MAX_TERM_LENGTH],
  [/^bannedTerms\[\d+\]\.note$/, MAX_NOTE_LENGTH],
  [/^workTerms\[\d+\]$/, MAX_TERM_LENGTH],
  [/^sombre\.(reason|windows\[\d+\]\.reason)$/, MAX_LABEL_LENGTH],
  [/^sombre\.(terms|allowedHashtags)\[\d+\]$/, MAX_TERM_LENGTH],
];

/** Too long, empty or blank text; and a file over 1 MiB made of one long organisation name. */
const badString = fc
  .tuple(
    validFile,
    fc.nat(),
    fc.integer({ min: 1, max: 500 }),
    fc.constantFrom('too long', 'empty', 'blank', 'over 1 MiB'),
  )
  .map(([generated, pick, extra, how]): Malformed => {
    const doc = structuredClone(generated); // fast-check reuses generated values
    if (how === 'over 1 MiB') {
      doc.organization = 'é'.repeat(MAX_RULE_FILE_BYTES / 2 + extra);
      return {
        kind: 'bad string',
        text: JSON.stringify(doc),
        check: aboutRoot(/^\(root\): .*1 MiB/),
      };
    }
    const limited = [...walk(doc)].flatMap(([path]) => {
      const limit = LIMITED.find(([re]) => re.test(formatPath(path)))?.[1];
      return limit === undefined ? [] : [{ path, limit }];
    });
    const { path, limit } = limited[pick % limited.length] ?? {
      path: ['organization'],
      limit: MAX_LABEL_LENGTH,
    };
    const hashtag = formatPath(path).includes('allowedHashtags') ? '#' : '';
    const value =
      how === 'too long' ? hashtag + 'y'.repeat(limit + extra) : how === 'empty' ? '' : ' \t ';
    setAt(doc, path, value);
    return { kind: 'bad string', text: JSON.stringify(doc), check: about(formatPath(path)) };
  });

const fullWidth = (s: string) =>
  s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

/** The same platform and handle twice, spelt differently, as a handle or as an alias. */
const duplicateHandle = fc
  .tuple(
    validFile,
    fc.nat(),
    fc.constantFrom<(s: string) => string>(
      (s) => s,
      (s) => s.toUpperCase(),
      (s) => `@${s}`,
      (s) => `  ${s.toLowerCase()}\t`,
      fullWidth,
    ),
    fc.boolean(),
  )
  .map(([generated, pick, spell, asAlias]): Malformed => {
    const doc = structuredClone(generated); // fast-check reuses generated values
    const accounts = doc.accounts as JsonObject[];
    if (accounts.length === 0) {
      accounts.push({ platform: 'x', handle: 'KingsfordGov', role: 'corporate' });
    }
    const first = accounts[pick % accounts.length]!;
    const j = accounts.length;
    const copy = spell(first.handle as string);
    accounts.push(
      asAlias
        ? { platform: first.platform!, handle: `other-${j}`, role: 'personal', aliases: [copy] }
        : { platform: first.platform!, handle: copy, role: 'personal' },
    );
    const path = asAlias ? `accounts[${j}].aliases[0]` : `accounts[${j}].handle`;
    return {
      kind: 'duplicate handle',
      text: JSON.stringify(doc),
      check: about(path, 'already listed'),
    };
  });

/** A file from a newer Postguard is refused whole, with one sentence saying so. */
const newerVersion = fc
  .tuple(validFile, fc.oneof(fc.integer({ min: 2, max: 2 ** 31 }), fc.constant(1e21)))
  .map(([generated, version]): Malformed => {
    const doc = structuredClone(generated); // fast-check reuses generated values
    doc.version = version;
    return {
      kind: 'newer version',
      text: JSON.stringify(doc),
      check: aboutRoot(/^version: .*newer version/),
    };
  });

/** Text that is not JSON: cut short, trailing commas, comments, single quotes, NaN… */
const invalidJson = fc
  .tuple(validFile, layout, fc.nat(), fc.integer({ min: 0, max: 8 }))
  .map(([generated, write, pick, how]): Malformed => {
    const doc = structuredClone(generated); // fast-check reuses generated values
    const text = write(doc);
    const lastBrace = text.lastIndexOf('}');
    const broken = [
      () => text.slice(0, pick % lastBrace), // cut short (possibly to nothing at all)
      () => `${text.slice(0, lastBrace)},}`,
      () => text.replace('"format"', "'format'"),
      () => text.replace('{', "{\n  // the council's rules\n"),
      () => text.replace('postguard-rules', 'postguard\u0001rules'),
      () => `${text}${['x', '{}', ',', ']'][pick % 4]}`,
      () => text.replace('postguard-rules', 'postguard\\q-rules'),
      () => text.replace(/"version":\s*1/, '"version": NaN'),
      () => text.replace('"accounts"', 'accounts'),
    ][how]!();
    return {
      kind: 'invalid JSON',
      text: broken,
      check: aboutRoot(/^\(root\): not valid JSON at line \d+, column \d+: \S/),
    };
  });

/** Valid JSON whose top level is not an object: a list, a number, a string, null… */
const nonObjectRoot = fc
  .oneof(
    fc.jsonValue().filter((v) => kindOf(v) !== 'object'),
    validFile.map((doc) => [doc]),
    validFile.map((doc) => JSON.stringify(doc)),
  )
  .map((value): Malformed => ({
    kind: 'non-object root',
    text: JSON.stringify(value),
    check: aboutRoot(/^\(root\): \S/),
  }));

/** Tens of thousands of levels of [ or {, where the file has a field, or not closed at all. */
const hugeNesting = fc
  .tuple(
    validFile,
    fc.integer({ min: 1_000, max: 100_000 }),
    fc.constantFrom('root', 'organization', 'accounts', 'policy', 'unknown', 'unclosed'),
  )
  .map(([generated, depth, where]): Malformed => {
    const doc = structuredClone(generated); // fast-check reuses generated values
    const arrays = `${'['.repeat(depth)}${']'.repeat(depth)}`;
    const objects = `${'{"a":'.repeat(depth)}0${'}'.repeat(depth)}`;
    const field = (key: string, nested: string) => {
      delete doc[key];
      return `${JSON.stringify(doc).slice(0, -1)},${JSON.stringify(key)}:${nested}}`;
    };
    const cases: Record<string, [string, Malformed['check']]> = {
      root: [arrays, aboutRoot(/^\(root\): \S/)],
      organization: [field('organization', arrays), about('organization')],
      accounts: [field('accounts', arrays), about('accounts[0]')],
      policy: [field('policy', objects), about('policy.a', 'unknown key')],
      unknown: [field('deep', objects), about('deep', 'unknown key')],
      unclosed: ['['.repeat(depth), aboutRoot(/^\(root\): not valid JSON at line 1, column \d+/)],
    };
    const [text, check] = cases[where]!;
    return { kind: 'huge nesting', text, check };
  });

export const malformed = fc.oneof(
  wrongType,
  unknownKey,
  outOfRange,
  badString,
  duplicateHandle,
  newerVersion,
  invalidJson,
  nonObjectRoot,
  hugeNesting,
);

// `path: message`: `(root)`, or keys as the options page writes them (`accounts[2].role`,
// `policy.a`, `["odd key"]`), then a colon and the message.
export const PATH_LINE =
  /^(?:\(root\)|[A-Za-z_$][\w$]*|\[(?:\d+|"(?:[^"\\]|\\.)*")\])(?:\.[A-Za-z_$][\w$]*|\[(?:\d+|"(?:[^"\\]|\\.)*")\])*: \S/;
