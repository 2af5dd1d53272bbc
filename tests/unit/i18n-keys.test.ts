// The English messages.json against the source: every key the code uses
// exists, every message is described for translators, none is unused, and
// placeholders follow the WebExtensions messages.json format.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Vitest runs from the repository root.
const SRC = 'src';
const MESSAGES_FILE = join(SRC, '_locales/en/messages.json');

interface Placeholder {
  content?: unknown;
  example?: unknown;
}
interface Message {
  message?: unknown;
  description?: unknown;
  placeholders?: Record<string, Placeholder>;
}

const messages = JSON.parse(readFileSync(MESSAGES_FILE, 'utf8')) as Record<string, Message>;
const keys = Object.keys(messages);

function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path, pattern);
    return pattern.test(entry.name) ? [path] : [];
  });
}

const code = filesUnder(SRC, /\.(ts|tsx)$/).map((path) => ({
  path,
  text: readFileSync(path, 'utf8'),
}));
const declarative = [
  'manifest.json',
  ...filesUnder(SRC, /\.html$/),
  ...filesUnder(SRC, /^managed-schema\.json$/),
].map((path) => ({ path, text: readFileSync(path, 'utf8') }));

/**
 * The areas a key's name starts with (ui-contract: keys are named by where they
 * show). Sentences shown in several places are named by what they are about:
 * `rules_` a problem in a rule file, `site_` why a site's account cannot be
 * seen, `error_` a request a page made that failed.
 */
const AREAS = [
  'ext',
  'role',
  'dialog',
  'indicator',
  'reason',
  'options',
  'editor',
  'incident',
  'popup',
  'badge',
  'rules',
  'site',
  'error',
  'countdown',
  'welcome',
];
const isAreaKey = (key: string) =>
  /^[a-z0-9]+(?:_[a-z0-9]+)+$/.test(key) && AREAS.some((area) => key.startsWith(`${area}_`));

/** Keys passed literally to t(…) and to core's localizable(…). */
function calledKeys(): { path: string; key: string }[] {
  const call = /\b(?:t|localizable)\(\s*(['"`])([^'"`$]*)\1/g;
  return code.flatMap(({ path, text }) =>
    [...text.matchAll(call)].map((m) => ({ path, key: m[2] ?? '' })),
  );
}

/** Every string literal that looks like a message key (tables of keys, e.g. badge looks). */
function keyLikeLiterals(): { path: string; key: string }[] {
  const literal = /(['"`])([a-z][a-z0-9]*(?:_[a-z0-9]+)+)\1/g;
  return code.flatMap(({ path, text }) =>
    [...text.matchAll(literal)]
      .map((m) => m[2] ?? '')
      .filter(isAreaKey)
      .map((key) => ({ path, key })),
  );
}

/** Keys made from a template literal (`popup_role_${role}`): their fixed start. */
function templatePrefixes(): string[] {
  const template = /`([a-z][a-z0-9_]*_)\$\{/g;
  return code.flatMap(({ text }) => [...text.matchAll(template)].map((m) => m[1] ?? ''));
}

describe('messages.json', () => {
  it('is a JSON object of messages, each with a message and a description', () => {
    expect(keys.length).toBeGreaterThan(0);
    const problems = keys.flatMap((key) => {
      const entry = messages[key];
      const out: string[] = [];
      if (typeof entry?.message !== 'string') out.push(`${key}: no message`);
      if (typeof entry?.description !== 'string' || entry.description.trim().length < 10)
        out.push(`${key}: no description for translators`);
      return out;
    });
    expect(problems).toEqual([]);
  });

  it('names keys by area (dialog_, indicator_, options_, editor_, incident_, …)', () => {
    const badNames = keys.filter((key) => !/^[A-Za-z0-9_]+$/.test(key) || key.startsWith('@@'));
    expect(badNames).toEqual([]);
    const outsideAreas = keys.filter((key) => !isAreaKey(key) && !/^ext[A-Z]\w+$/.test(key));
    expect(outsideAreas).toEqual([]);
  });

  it('has no two keys that differ only in case (browsers look keys up case-insensitively)', () => {
    const lower = keys.map((key) => key.toLowerCase());
    expect(lower.filter((key, i) => lower.indexOf(key) !== i)).toEqual([]);
  });
});

describe('placeholders', () => {
  for (const key of keys) {
    const entry = messages[key] ?? {};
    const text = typeof entry.message === 'string' ? entry.message : '';
    const defined = Object.keys(entry.placeholders ?? {});

    it(`${key}: every $NAME$ is defined, every definition is used, each takes $1…$n in order`, () => {
      // A `$` starts $$ (a dollar sign) or $NAME$; anything else is a mistake.
      const tokens = [...text.matchAll(/\$(\$|[A-Za-z0-9_@]+\$)?/g)].map((m) => m[0]);
      expect(tokens.filter((token) => token === '$')).toEqual([]);
      // Named placeholders only: a translator sees what $ACCOUNT$ is; $1 in a message says nothing.
      expect(text).not.toMatch(/\$[1-9]/);
      const used = tokens
        .filter((token) => token !== '$$')
        .map((token) => token.slice(1, -1).toLowerCase());
      expect([...new Set(used)].sort()).toEqual([...defined].map((n) => n.toLowerCase()).sort());

      const contents = defined.map((name) => entry.placeholders?.[name]?.content);
      for (const name of defined) {
        expect(name, `${key}: placeholder names are lower case`).toMatch(/^[a-z][a-z0-9_]*$/);
        const placeholder = entry.placeholders?.[name] ?? {};
        expect(placeholder.content, `${key}.${name}.content`).toMatch(/^\$[1-9]$/);
        expect(typeof placeholder.example, `${key}.${name}.example`).toBe('string');
      }
      // $1…$n, each once: a substitution is never lost or shown twice.
      const numbers = contents.map((c) => Number(String(c).slice(1))).sort();
      expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    });
  }
});

describe('keys in the source', () => {
  it('every key passed to t(…) or localizable(…) exists', () => {
    const called = calledKeys();
    expect(called.length).toBeGreaterThan(100);
    const missing = called.filter(({ key }) => !(key in messages));
    expect(missing).toEqual([]);
  });

  it('every key-like string in the source exists (tables of keys included)', () => {
    const missing = keyLikeLiterals().filter(({ key }) => !(key in messages));
    expect(missing).toEqual([]);
  });

  it('every __MSG_key__ in manifest.json and the pages exists', () => {
    const missing = declarative.flatMap(({ path, text }) =>
      [...text.matchAll(/__MSG_(\w+)__/g)]
        .map((m) => m[1] ?? '')
        .filter((key) => !(key in messages))
        .map((key) => ({ path, key })),
    );
    expect(missing).toEqual([]);
  });

  it('has no unused message', () => {
    const sources = [...code, ...declarative];
    const prefixes = templatePrefixes();
    const unused = keys.filter((key) => {
      const forms = [`'${key}'`, `"${key}"`, `\`${key}\``, `__MSG_${key}__`];
      if (sources.some(({ text }) => forms.some((form) => text.includes(form)))) return false;
      return !prefixes.some((prefix) => key.startsWith(prefix));
    });
    expect(unused).toEqual([]);
  });
});
