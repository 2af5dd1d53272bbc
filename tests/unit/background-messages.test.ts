// The worker's message boundary: every message is parsed by the one schema,
// and only Postguard's own pages may replace or export the rules.
import { describe, expect, it } from 'vitest';
import { Message } from '../../src/shared/messages';
import { handlers } from '../../src/background/handlers';
import { loadRulesState } from '../../src/background/rules-store';
import { readAuditLog } from '../../src/background/audit-log';

const page = { fromExtensionPage: true, tabUrl: null };
const contentScript = { fromExtensionPage: false, tabUrl: 'https://x.com/home' };
const rules = JSON.stringify({ format: 'postguard-rules', version: 1, accounts: [] });

describe('message schema', () => {
  it.each([
    [{ type: 'rules/get' }, true],
    [{ type: 'rules/summary' }, true],
    [{ type: 'rules/summary', rules: {} }, false],
    [{ type: 'rules/import', text: '{}' }, true],
    [{ type: 'rules/import' }, false],
    [{ type: 'rules/import', text: 5 }, false],
    [{ type: 'rules/get', extra: 1 }, false],
    [{ type: 'rules/delete' }, false],
    ['rules/get', false],
    [null, false],
  ])('%j valid: %s', (message, valid) => {
    expect(Message.safeParse(message).success).toBe(valid);
  });
});

describe('handlers', () => {
  it('refuses an import that comes from a web page’s content script', async () => {
    const result = await handlers['rules/import'](
      { type: 'rules/import', text: rules },
      contentScript,
    );
    expect(result.ok).toBe(false);
    expect((await loadRulesState()).source).toBe('none');
  });

  it('refuses edited rules from a content script, and invalid ones from the options page', async () => {
    const edited = JSON.parse(rules);
    expect(
      (await handlers['rules/save']({ type: 'rules/save', rules: edited }, contentScript)).ok,
    ).toBe(false);
    const invalid = await handlers['rules/save'](
      {
        type: 'rules/save',
        rules: { ...edited, accounts: [{ platform: 'x', handle: '', role: 'corporate' }] },
      },
      page,
    );
    expect(invalid.ok).toBe(false);
    expect((await loadRulesState()).source).toBe('none');
    const saved = await handlers['rules/save']({ type: 'rules/save', rules: edited }, page);
    expect(saved.ok).toBe(true);
    expect((await loadRulesState()).source).toBe('import');
  });

  it('refuses to export the rules to a content script', async () => {
    expect((await handlers['rules/export']({ type: 'rules/export' }, contentScript)).ok).toBe(
      false,
    );
  });

  it('says what the popup shows of the rules, their summary and sombre section, not every term', async () => {
    const file = JSON.stringify({
      format: 'postguard-rules',
      version: 1,
      organization: 'Kingsford Council',
      accounts: [],
      bannedTerms: [{ term: 'bomb' }],
      sombre: { active: true, reason: 'Remembrance service' },
    });
    await handlers['rules/import']({ type: 'rules/import', text: file }, page);
    const answer = await handlers['rules/summary']({ type: 'rules/summary' }, page);
    expect(answer).toEqual({
      ok: true,
      summary: expect.objectContaining({ organization: 'Kingsford Council', bannedTerms: 1 }),
      sombre: expect.objectContaining({ active: true, reason: 'Remembrance service' }),
    });
    expect(answer).not.toHaveProperty('rules');
  });

  it('imports from the options page and records the import in the audit log', async () => {
    const result = await handlers['rules/import'](
      { type: 'rules/import', text: rules, fileName: 'rules.json' },
      page,
    );
    expect(result.ok).toBe(true);
    const { log } = await readAuditLog();
    expect(log.entries.map((e) => [e.kind, 'fileName' in e ? e.fileName : null])).toEqual([
      ['rules-imported', 'rules.json'],
    ]);
  });
});
