// The admin guide's example policy files (docs/admin/examples) are what admins copy: each
// must carry the Kingsford rule file intact, name the extension by the ids the manifest
// gives it, and survive Chrome's filtering by src/managed-schema.json unchanged.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateRuleFile } from '../../src/core/rules/parse';

// Vitest runs from the repository root.
const EXAMPLES = 'docs/admin/examples';
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
type Json = Record<string, unknown>;

const manifest = readJson('manifest.json') as {
  key: string;
  browser_specific_settings: { gecko: { id: string } };
};
const kingsford = readJson('docs/examples/kingsford-council.json');
const managedSchema = readJson('src/managed-schema.json') as Schema;
const ruleFileSchema = readJson('docs/rule-file.schema.json') as Schema;

/** Chrome's extension id: SHA-256 of the manifest key, first 32 hex digits written a–p. */
function chromeIdOf(key: string): string {
  const hex = createHash('sha256').update(Buffer.from(key, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

const CHROME_ID = chromeIdOf(manifest.key);
const GECKO_ID = manifest.browser_specific_settings.gecko.id;

interface Schema {
  type?: string;
  properties?: Record<string, Schema>;
  additionalProperties?: Schema | boolean;
  items?: Schema;
  [keyword: string]: unknown;
}

// --- A model of what Chrome does with a policy value, as measured with Chromium 156 (see
// docs/admin/README.md, "How Chrome checks the rules"): a key the schema does not describe is
// dropped silently; a value of the wrong type anywhere refuses the whole policy.
type Filtered = { ok: true; value: unknown; dropped: string[] } | { ok: false; at: string };

function typeOk(type: string | undefined, value: unknown): boolean {
  switch (type) {
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'array':
      return Array.isArray(value);
    case 'string':
      return typeof value === 'string';
    case 'boolean':
      return typeof value === 'boolean';
    case 'number':
      return typeof value === 'number';
    case 'integer':
      return Number.isInteger(value);
    default:
      return false;
  }
}

function chromeFilter(schema: Schema, value: unknown, path = 'rules'): Filtered {
  if (!typeOk(schema.type, value)) return { ok: false, at: path };
  const dropped: string[] = [];
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (const [i, item] of value.entries()) {
      const result = chromeFilter(schema.items ?? {}, item, `${path}[${i}]`);
      if (!result.ok) return result;
      out.push(result.value);
      dropped.push(...result.dropped);
    }
    return { ok: true, value: out, dropped };
  }
  if (schema.type === 'object') {
    const out: Json = {};
    for (const [key, item] of Object.entries(value as Json)) {
      const extra = typeof schema.additionalProperties === 'object' && schema.additionalProperties;
      const sub = schema.properties?.[key] ?? (extra || undefined);
      if (!sub) {
        dropped.push(`${path}.${key}`);
        continue;
      }
      const result = chromeFilter(sub, item, `${path}.${key}`);
      if (!result.ok) return result;
      out[key] = result.value;
      dropped.push(...result.dropped);
    }
    return { ok: true, value: out, dropped };
  }
  return { ok: true, value, dropped };
}

const rulesSchema = managedSchema.properties?.rules as Schema;

/** The rule file an example carries: valid, Kingsford's, and passed by Chrome unchanged. */
function expectKingsfordRules(rules: unknown) {
  const checked = validateRuleFile(rules);
  expect(checked.ok ? [] : checked.errors).toEqual([]);
  expect(rules).toEqual(kingsford);
  expect(chromeFilter(rulesSchema, rules)).toEqual({ ok: true, value: rules, dropped: [] });
}

describe('the extension ids', () => {
  it('are the ones the guide names', () => {
    expect(CHROME_ID).toBe('ibngchompjeikdflalaiifhjfelpfedo');
    expect(GECKO_ID).toBe('postguard@postguard.example');
    const guide = readFileSync('docs/admin/README.md', 'utf8');
    expect(guide).toContain(CHROME_ID);
    expect(guide).toContain(GECKO_ID);
  });
});

describe('docs/admin/examples', () => {
  it('has the four documented examples', () => {
    expect(readdirSync(EXAMPLES).sort()).toEqual([
      'chrome-linux-policy.json',
      'chrome-windows.reg',
      'edge-linux-policy.json',
      'firefox-policies.json',
    ]);
  });

  it.each(['chrome-linux-policy.json', 'edge-linux-policy.json'])(
    '%s: force-installs the extension by its id and sets its rules',
    (name) => {
      const policy = readJson(`${EXAMPLES}/${name}`) as {
        ExtensionInstallForcelist: string[];
        '3rdparty': { extensions: Record<string, Json> };
      };
      const forced = policy.ExtensionInstallForcelist.map((entry) => entry.split(';'));
      expect(forced).toEqual([[CHROME_ID, expect.stringMatching(/^https:\/\//)]]);
      expect(Object.keys(policy['3rdparty'].extensions)).toEqual([CHROME_ID]);
      expect(Object.keys(policy['3rdparty'].extensions[CHROME_ID] ?? {})).toEqual(['rules']);
      expectKingsfordRules(policy['3rdparty'].extensions[CHROME_ID]?.rules);
    },
  );

  it('firefox-policies.json: force-installs by the gecko id and sets its rules', () => {
    const { policies } = readJson(`${EXAMPLES}/firefox-policies.json`) as {
      policies: {
        ExtensionSettings: Record<string, { installation_mode: string; install_url: string }>;
        '3rdparty': { Extensions: Record<string, Json> };
      };
    };
    expect(Object.keys(policies.ExtensionSettings)).toEqual([GECKO_ID]);
    expect(policies.ExtensionSettings[GECKO_ID]).toEqual({
      installation_mode: 'force_installed',
      install_url: expect.stringMatching(/^https:\/\/.+\.xpi$/),
    });
    expect(Object.keys(policies['3rdparty'].Extensions)).toEqual([GECKO_ID]);
    expectKingsfordRules(policies['3rdparty'].Extensions[GECKO_ID]?.rules);
  });

  describe('chrome-windows.reg', () => {
    const text = readFileSync(`${EXAMPLES}/chrome-windows.reg`, 'utf8');
    const keys = parseReg(text);
    const CHROME = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome';

    it('is a regedit file', () => {
      expect(text.split(/\r?\n/)[0]).toBe('Windows Registry Editor Version 5.00');
      // regedit reads a file without a byte order mark as ANSI: keep it ASCII.
      expect(text).toMatch(/^[\x20-\x7e\r\n]*$/);
    });

    it('force-installs the extension by its id', () => {
      const forced = keys.get(`${CHROME}\\ExtensionInstallForcelist`);
      expect([...(forced?.values() ?? [])].map((entry) => entry.split(';'))).toEqual([
        [CHROME_ID, 'https://clients2.google.com/service/update2/crx'],
      ]);
    });

    it('sets the rules as a REG_SZ holding the rule file as JSON text', () => {
      const policy = keys.get(`${CHROME}\\3rdparty\\extensions\\${CHROME_ID}\\policy`);
      expect([...(policy?.keys() ?? [])]).toEqual(['rules']);
      expectKingsfordRules(JSON.parse(policy?.get('rules') ?? 'null'));
    });
  });
});

/**
 * Enough of the .reg format for the examples: [key] lines, then "name"="string" values
 * (REG_SZ) with \\ and \" escapes. Comments (;) and blank lines are skipped; any other
 * line (dword:, hex:, a continuation) is refused so that the test notices it.
 */
function parseReg(text: string): Map<string, Map<string, string>> {
  const keys = new Map<string, Map<string, string>>();
  let current: Map<string, string> | null = null;
  for (const line of text.split(/\r?\n/).slice(1)) {
    if (line.trim() === '' || line.startsWith(';')) continue;
    const key = /^\[([^\]]+)\]$/.exec(line);
    if (key) {
      current = new Map();
      keys.set(key[1] ?? '', current);
      continue;
    }
    const value = /^"((?:[^"\\]|\\.)*)"="((?:[^"\\]|\\.)*)"$/.exec(line);
    if (!value || !current) throw new Error(`not a REG_SZ value line: ${line.slice(0, 80)}`);
    const unescape = (s: string) => s.replace(/\\(.)/g, '$1');
    current.set(unescape(value[1] ?? ''), unescape(value[2] ?? ''));
  }
  return keys;
}

describe('src/managed-schema.json', () => {
  const CHROME_TYPES = ['array', 'boolean', 'integer', 'number', 'object', 'string'];
  // Keywords Chrome acts on, plus the two it shows to admins; nothing else is used here
  // (Chrome ignores unknown keywords, so they would only mislead a reader).
  const USED = ['type', 'title', 'description', 'properties', 'additionalProperties', 'items'];

  function problems(schema: Schema, path: string): string[] {
    const out: string[] = [];
    if (typeof schema.type !== 'string' || !CHROME_TYPES.includes(schema.type)) {
      // A type list, "any" or no type makes Chrome refuse to load the extension (measured).
      out.push(`${path}: type must be one of ${CHROME_TYPES.join(', ')}`);
    }
    for (const keyword of Object.keys(schema)) {
      if (!USED.includes(keyword)) out.push(`${path}: keyword ${keyword}`);
    }
    if ('additionalProperties' in schema && typeof schema.additionalProperties !== 'object') {
      out.push(`${path}: additionalProperties must be a schema (false stops the extension)`);
    }
    for (const [key, sub] of Object.entries(schema.properties ?? {})) {
      out.push(...problems(sub, `${path}.${key}`));
    }
    if (typeof schema.additionalProperties === 'object') {
      out.push(...problems(schema.additionalProperties, `${path}.*`));
    }
    if (schema.items) out.push(...problems(schema.items, `${path}[]`));
    return out;
  }

  it('is in the form Chrome loads: top-level object, one type per schema', () => {
    expect(managedSchema.type).toBe('object');
    expect(managedSchema).not.toHaveProperty('additionalProperties');
    expect(Object.keys(managedSchema.properties ?? {})).toEqual(['rules']);
    expect(problems(managedSchema, '(top)')).toEqual([]);
  });

  it('describes every field of the rule file, so that Chrome drops none of them', () => {
    // Walks the published rule-file JSON Schema (generated from the zod schema) beside it.
    const missing: string[] = [];
    const walk = (full: Schema, managed: Schema | undefined, path: string) => {
      if (!managed) return void missing.push(`${path}: not described`);
      const type = full.type === 'integer' ? ['integer', 'number'] : [full.type];
      if (!type.includes(managed.type)) missing.push(`${path}: ${managed.type} ≠ ${full.type}`);
      for (const [key, sub] of Object.entries(full.properties ?? {})) {
        walk(sub, managed.properties?.[key], `${path}.${key}`);
      }
      if (full.items) walk(full.items, managed.items, `${path}[]`);
    };
    walk(ruleFileSchema, rulesSchema, 'rules');
    expect(missing).toEqual([]);
  });

  it.each(readdirSync('docs/examples').filter((name) => name.endsWith('.json')))(
    'lets docs/examples/%s through unchanged',
    (name) => {
      const rules = readJson(`docs/examples/${name}`);
      expect(chromeFilter(rulesSchema, rules)).toEqual({ ok: true, value: rules, dropped: [] });
    },
  );

  it('checks types only: a wrong role or a fractional delay reaches Postguard, which names it', () => {
    const rules = structuredClone(kingsford) as {
      accounts: Json[];
      policy: Json;
    };
    (rules.accounts[1] as Json).role = 'boss';
    rules.policy.sendDelaySeconds = 2.5;
    expect(chromeFilter(rulesSchema, rules)).toMatchObject({ ok: true, dropped: [] });
    const checked = validateRuleFile(rules);
    expect(checked.ok ? [] : checked.errors).toEqual([
      expect.stringMatching(/^accounts\[1\]\.role: /),
      expect.stringMatching(/^policy\.sendDelaySeconds: /),
    ]);
  });

  it('never lets a misspelt field vanish: text reaches Postguard, anything else stops the policy', () => {
    const withText = { ...(kingsford as Json), bannedterms: 'bomb' };
    expect(chromeFilter(rulesSchema, withText)).toMatchObject({ ok: true, dropped: [] });
    const checked = validateRuleFile(withText);
    expect(checked.ok ? [] : checked.errors).toEqual(['bannedterms: unknown key']);

    const withList = { ...(kingsford as Json), bannedterms: [{ term: 'bomb' }] };
    expect(chromeFilter(rulesSchema, withList)).toEqual({ ok: false, at: 'rules.bannedterms' });
  });
});
