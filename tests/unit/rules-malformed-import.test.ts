// Issue 7: thousands of generated rule files, imported the way the options page imports
// them: a `rules/import` message to the background worker (src/background/index.ts, with
// the fake browser's storage). Every malformed file is refused with `path: message` lines
// that name the broken place, and the stored state (the rules in force, the backup copy and
// the audit log) is exactly what it was. Every valid file imports, exports and imports back
// to the same rules.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '../fakes/browser';
import { validateRuleFile } from '../../src/core/rules';
import { fromOptionsPage, importText, rulesInForce } from './background-harness';
import { PATH_LINE, layout, malformed, validFile } from './rule-file-arbitraries';

const NOW = new Date('2026-12-01T08:30:00Z');
const KINGSFORD = readFileSync('docs/examples/kingsford-council.json', 'utf8');

beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterAll(() => {
  vi.useRealTimers();
});

const MALFORMED_RUNS = 2_000;
// Shrinking a failure among files of 10,001 terms can take minutes; report what it has by then.
const TIME_LIMIT = { interruptAfterTimeLimit: 60_000, markInterruptAsFailure: true };

describe('malformed rule files, imported through the background worker', () => {
  it(`${MALFORMED_RUNS.toLocaleString('en-GB')} generated files: each refused with path: message lines, nothing stored changes`, async () => {
    // A person's working rules, and the audit line of their import, are in storage.
    expect((await importText(KINGSFORD, 'kingsford-council.json')).ok).toBe(true);
    const stored = structuredClone(fakeBrowser.storage.local.data());
    const inForce = await rulesInForce();
    const seen = new Map<string, number>();

    await fc.assert(
      fc.asyncProperty(malformed, async ({ kind, text, check }) => {
        fakeBrowser.storage.local.reset(stored);
        seen.set(kind, (seen.get(kind) ?? 0) + 1);
        const response = await importText(text);
        if (response.ok) expect.fail(`a ${kind} file was imported`);
        expect(response.errors.length).toBeGreaterThan(0);
        const unpathed = response.errors.filter((e) => !PATH_LINE.test(e));
        expect(unpathed).toEqual([]);
        expect(check(response.errors), response.errors.join('\n')).toEqual([]);
        expect(fakeBrowser.storage.local.data()).toEqual(stored);
        expect(await rulesInForce()).toEqual(inForce);
      }),
      { numRuns: MALFORMED_RUNS, ...TIME_LIMIT },
    );

    // Every kind of damage was tried, many times each.
    expect([...seen.keys()].sort()).toEqual(
      [
        'bad string',
        'duplicate handle',
        'huge nesting',
        'invalid JSON',
        'newer version',
        'non-object root',
        'out of range',
        'unknown key',
        'wrong type',
      ].sort(),
    );
    for (const [kind, n] of seen) expect(n, kind).toBeGreaterThanOrEqual(100);
  }, 120_000);

  it('a newer version is refused with a `version: …` line', async () => {
    const response = await importText(
      JSON.stringify({ format: 'postguard-rules', version: 2, accounts: [] }),
    );
    expect(response).toMatchObject({ ok: false, errors: [expect.stringMatching(/^version: /)] });
  });
});

describe('valid rule files, imported, exported and imported back', () => {
  it('give the same rules and the same file (300 generated files)', async () => {
    await fc.assert(
      fc.asyncProperty(validFile, layout, async (input, write) => {
        fakeBrowser.storage.local.reset();
        const imported = await importText(write(input));
        if (!imported.ok) expect.fail(imported.errors.join('\n'));
        const first = await rulesInForce();
        const expected = validateRuleFile(JSON.parse(JSON.stringify(input)));
        if (!expected.ok) expect.fail(expected.errors.join('\n'));
        expect(first.rules).toEqual(expected.rules);

        const exported = await fromOptionsPage<{ ok: true; text: string }>({
          type: 'rules/export',
        });
        // Every value the admin wrote is in the exported file as written; defaults are added.
        const { exportedAt: _stamp, ...written } = input;
        expect(JSON.parse(exported.text)).toMatchObject(written);

        // A fresh browser (a file with policy.locked cannot be replaced), then the export.
        fakeBrowser.storage.local.reset();
        const again = await importText(exported.text);
        if (!again.ok) expect.fail(again.errors.join('\n'));
        const second = await rulesInForce();
        expect(second.rules).toEqual({ ...first.rules, exportedAt: '2026-12-01T08:30:00Z' });
        const reexported = await fromOptionsPage<{ ok: true; text: string }>({
          type: 'rules/export',
        });
        expect(reexported.text).toBe(exported.text);
      }),
      { numRuns: 300, ...TIME_LIMIT },
    );
  }, 90_000);
});
