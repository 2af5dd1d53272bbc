// The rules store's boundary: what is stored is validated on every read, a
// damaged value falls back and is reported, and a refused import changes nothing.
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from '../fakes/browser';
import { importRuleText, loadRulesState, exportRuleText } from '../../src/background/rules-store';
import { LAST_GOOD_KEY, RULES_KEY } from '../../src/shared/storage-keys';

const now = new Date('2026-11-20T10:00:00Z');
const file = (extra: object = {}) =>
  JSON.stringify({
    format: 'postguard-rules',
    version: 1,
    organization: 'Kingsford Council',
    accounts: [{ platform: 'x', handle: 'KingsfordGov', role: 'corporate' }],
    ...extra,
  });

describe('rules store', () => {
  it('has no rules and no problems before anything is imported', async () => {
    const state = await loadRulesState();
    expect(state.source).toBe('none');
    expect(state.rules.accounts).toEqual([]);
    expect(state.problems).toEqual([]);
  });

  it('imports a valid file and reads it back with defaults applied', async () => {
    const result = await importRuleText(file(), now);
    expect(result.ok).toBe(true);
    const state = await loadRulesState();
    expect(state.source).toBe('import');
    expect(state.rules.organization).toBe('Kingsford Council');
    expect(state.rules.policy.unknownAccount).toBe('confirm');
    expect(state.savedAt).toBe(now.toISOString());
  });

  it('refuses a bad file with path: message lines and leaves storage exactly as it was', async () => {
    await importRuleText(file(), now);
    const before = structuredClone(fakeBrowser.storage.local.data());
    const result = await importRuleText(file({ bannedterms: [] }), now);
    expect(result).toEqual({ ok: false, errors: ['bannedterms: unknown key'] });
    expect(fakeBrowser.storage.local.data()).toEqual(before);
  });

  it('falls back to the last good rules when the stored rules are damaged, and says so', async () => {
    await importRuleText(file(), now);
    await fakeBrowser.storage.local.set({ [RULES_KEY]: 'garbage{' });
    const state = await loadRulesState();
    expect(state.source).toBe('last-good');
    expect(state.rules.organization).toBe('Kingsford Council');
    expect(state.problems).toHaveLength(1);
    expect(state.problems[0]).toMatch(/Saved rules are damaged/);
    // The damaged value is reported, not silently dropped.
    expect(fakeBrowser.storage.local.data()[RULES_KEY]).toBe('garbage{');
  });

  it('reports rules damaged inside (valid shape, invalid content) with the path', async () => {
    await importRuleText(file(), now);
    const stored = fakeBrowser.storage.local.data()[RULES_KEY] as { rulesText: string };
    const damaged = stored.rulesText.replace('"role":"corporate"', '"role":"boss"');
    expect(damaged).not.toBe(stored.rulesText);
    await fakeBrowser.storage.local.set({ [RULES_KEY]: { ...stored, rulesText: damaged } });
    const state = await loadRulesState();
    expect(state.source).toBe('last-good');
    expect(state.problems[0]).toContain('accounts[0].role');
  });

  it('saves the rules as JSON text, and says a cut-off text is damaged', async () => {
    await importRuleText(file(), now);
    const stored = fakeBrowser.storage.local.data()[RULES_KEY] as Record<string, unknown>;
    expect(Object.keys(stored).sort()).toEqual(['rulesText', 'savedAt']);
    expect(JSON.parse(stored.rulesText as string)).toEqual((await loadRulesState()).rules);
    const cut = { ...stored, rulesText: (stored.rulesText as string).slice(0, 40) };
    await fakeBrowser.storage.local.set({ [RULES_KEY]: cut });
    const state = await loadRulesState();
    expect(state.source).toBe('last-good');
    expect(state.problems[0]).toMatch(/Saved rules are damaged/);
  });

  it('still reads rules saved by earlier versions, as an object', async () => {
    const rules = JSON.parse(file());
    await fakeBrowser.storage.local.set({ [RULES_KEY]: { savedAt: now.toISOString(), rules } });
    const state = await loadRulesState();
    expect(state.source).toBe('import');
    expect(state.rules.organization).toBe('Kingsford Council');
    expect(state.problems).toEqual([]);
  });

  it('refuses a saved value with both the text and the object', async () => {
    const rules = JSON.parse(file());
    const both = { savedAt: now.toISOString(), rules, rulesText: file() };
    await fakeBrowser.storage.local.set({ [RULES_KEY]: both });
    const state = await loadRulesState();
    expect(state.source).toBe('none');
    expect(state.problems[0]).toMatch(/Saved rules are damaged/);
  });

  it('guards with no rules, and reports both, when both copies are damaged', async () => {
    await fakeBrowser.storage.local.set({ [RULES_KEY]: 42, [LAST_GOOD_KEY]: { savedAt: 'x' } });
    const state = await loadRulesState();
    expect(state.source).toBe('none');
    expect(state.problems).toHaveLength(2);
  });

  it('lets managed policy win over local rules and lock them', async () => {
    await importRuleText(file(), now);
    fakeBrowser.storage.managed.reset({ rules: JSON.parse(file({ organization: 'Managed Org' })) });
    const state = await loadRulesState();
    expect(state.source).toBe('managed');
    expect(state.locked).toBe(true);
    expect(state.rules.organization).toBe('Managed Org');
    const refused = await importRuleText(file(), now);
    expect(refused.ok).toBe(false);
  });

  it('exports the rules in force as a file that imports back to the same rules', async () => {
    await importRuleText(file({ workTerms: ['our residents'] }), now);
    const first = await loadRulesState();
    const exported = await exportRuleText(now);
    expect(exported.fileName).toBe('postguard-kingsford-council-2026-11-20.json');
    await importRuleText(exported.text, now);
    // Export stamps the file's exportedAt; every rule comes back the same.
    expect((await loadRulesState()).rules).toEqual({
      ...first.rules,
      exportedAt: '2026-11-20T10:00:00Z',
    });
  });
});
