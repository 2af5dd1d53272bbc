// The popup's messages at the worker's boundary: the sombre switch (only from
// Postguard's pages, never while the rules are locked, nothing else in the rule
// file changed) and the guard's status reports that set the tab's badge.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '../fakes/browser';
import { Message, TabMessage } from '../../src/shared/messages';
import { handlers } from '../../src/background/handlers';
import { importRuleText, loadRulesState } from '../../src/background/rules-store';
import { readAuditLog } from '../../src/background/audit-log';
import { BADGE_LOOKS, badgeTitle } from '../../src/background/badge';

// The English catalogue, with Chrome's placeholder rules, so badge text and titles are real.
type Entry = { message: string; placeholders?: Record<string, { content: string }> };
const catalogue = JSON.parse(readFileSync('src/_locales/en/messages.json', 'utf8')) as Record<
  string,
  Entry
>;
function getMessage(key: string, substitutions?: string | string[]): string {
  const entry = catalogue[key];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : [substitutions].flat();
  return entry.message
    .replace(/\$([A-Za-z0-9_]+)\$/g, (all, name: string) => {
      return entry.placeholders?.[name.toLowerCase()]?.content ?? all;
    })
    .replace(/\$(\d)/g, (_all, n: string) => subs[Number(n) - 1] ?? '');
}

const action = {
  setBadgeText: vi.fn(async (_details: unknown) => undefined),
  setBadgeBackgroundColor: vi.fn(async (_details: unknown) => undefined),
  setBadgeTextColor: vi.fn(async (_details: unknown) => undefined),
  setTitle: vi.fn(async (_details: unknown) => undefined),
};
Object.assign(fakeBrowser, { action, i18n: { getMessage } });

const page = { fromExtensionPage: true, tabUrl: null, tabId: null };
const contentScript = { fromExtensionPage: false, tabUrl: 'https://x.com/home', tabId: 7 };
const now = new Date('2026-11-20T10:00:00Z');
const file = (extra: object = {}) =>
  JSON.stringify({
    format: 'postguard-rules',
    version: 1,
    organization: 'Kingsford Council',
    accounts: [{ platform: 'x', handle: 'KingsfordGov', role: 'corporate' }],
    ...extra,
  });

beforeEach(() => Object.values(action).forEach((fn) => fn.mockClear()));

describe('message schemas', () => {
  it.each([
    [{ type: 'rules/set-sombre', active: true }, true],
    [{ type: 'rules/set-sombre', active: 'yes' }, false],
    [{ type: 'rules/set-sombre' }, false],
    [{ type: 'rules/set-sombre', active: true, reason: 'x' }, false],
    [
      { type: 'guard/status', platform: 'x', account: '@a', role: 'corporate', healthy: true },
      true,
    ],
    [{ type: 'guard/status', platform: 'x', account: null, role: 'unknown', healthy: false }, true],
    [
      {
        type: 'guard/status',
        platform: 'x',
        account: '@a',
        role: 'personal',
        healthy: false,
        noRules: true,
      },
      true,
    ],
    [
      {
        type: 'guard/status',
        platform: 'x',
        account: '@a',
        role: 'personal',
        healthy: false,
        noRules: 'yes',
      },
      false,
    ],
    [
      { type: 'guard/status', platform: 'myspace', account: null, role: 'unknown', healthy: true },
      false,
    ],
    [{ type: 'guard/status', platform: 'x', account: null, role: 'admin', healthy: true }, false],
    [
      {
        type: 'guard/status',
        platform: 'x',
        account: 'a'.repeat(201),
        role: 'personal',
        healthy: true,
      },
      false,
    ],
    [{ type: 'tab/status' }, false], // a content script's message, never the worker's
    [{ type: 'tab/diagnostics' }, false],
  ])('worker: %j valid: %s', (message, valid) => {
    expect(Message.safeParse(message).success).toBe(valid);
  });

  it.each([
    [{ type: 'tab/status' }, true],
    [{ type: 'tab/status', tab: 1 }, false],
    [{ type: 'tab/diagnostics' }, true],
    [{ type: 'tab/diagnostics', selectors: ['*'] }, false],
    [{ type: 'rules/get' }, false],
    ['tab/status', false],
  ])('content script: %j valid: %s', (message, valid) => {
    expect(TabMessage.safeParse(message).success).toBe(valid);
  });
});

describe('rules/set-sombre', () => {
  it('switches sombre.active and nothing else, and records it in the audit log', async () => {
    await importRuleText(file({ sombre: { reason: 'Remembrance service' } }), now);
    const before = (await loadRulesState()).rules;
    const result = await handlers['rules/set-sombre'](
      { type: 'rules/set-sombre', active: true },
      page,
    );
    expect(result.ok).toBe(true);
    const after = (await loadRulesState()).rules;
    expect(after).toEqual({ ...before, sombre: { ...before.sombre, active: true } });
    const { log } = await readAuditLog();
    expect(log.entries.at(-1)).toMatchObject({ kind: 'sombre-switched', active: true });

    await handlers['rules/set-sombre']({ type: 'rules/set-sombre', active: false }, page);
    expect((await loadRulesState()).rules).toEqual(before);
  });

  it('adds a sombre section with the format’s defaults to a file without one', async () => {
    await importRuleText(file(), now);
    const result = await handlers['rules/set-sombre'](
      { type: 'rules/set-sombre', active: true },
      page,
    );
    expect(result.ok).toBe(true);
    expect((await loadRulesState()).rules.sombre).toEqual({
      active: true,
      windows: [],
      blockEmoji: true,
      terms: [],
      roles: ['corporate', 'professional'],
    });
  });

  it('refuses a content script: a web page must not switch the mode', async () => {
    await importRuleText(file(), now);
    const result = await handlers['rules/set-sombre'](
      { type: 'rules/set-sombre', active: true },
      contentScript,
    );
    expect(result.ok).toBe(false);
    expect((await loadRulesState()).rules.sombre).toBeUndefined();
  });

  it('refuses while the rules are locked, local or managed', async () => {
    await importRuleText(file({ policy: { locked: true } }), now);
    const local = await handlers['rules/set-sombre'](
      { type: 'rules/set-sombre', active: true },
      page,
    );
    expect(local).toEqual({
      ok: false,
      errors: [
        '(root): your organisation manages these rules, so sombre-event mode cannot be switched here',
      ],
    });
    expect((await loadRulesState()).rules.sombre).toBeUndefined();

    fakeBrowser.storage.managed.reset({ rules: JSON.parse(file()) });
    const managed = await handlers['rules/set-sombre'](
      { type: 'rules/set-sombre', active: true },
      page,
    );
    expect(managed.ok).toBe(false);
  });

  it('refuses when no rule file is in force, rather than invent one', async () => {
    const result = await handlers['rules/set-sombre'](
      { type: 'rules/set-sombre', active: true },
      page,
    );
    expect(result.ok).toBe(false);
    expect((await loadRulesState()).source).toBe('none');
  });
});

describe('guard/status and the badge', () => {
  it('sets text, colours and title on the sending tab only', async () => {
    const result = await handlers['guard/status'](
      {
        type: 'guard/status',
        platform: 'x',
        account: '@KingsfordGov',
        role: 'corporate',
        healthy: true,
      },
      contentScript,
    );
    expect(result).toEqual({ ok: true });
    expect(action.setBadgeText).toHaveBeenCalledWith({ tabId: 7, text: 'CORP' });
    expect(action.setBadgeBackgroundColor).toHaveBeenCalledWith({ tabId: 7, color: '#b3261e' });
    expect(action.setBadgeTextColor).toHaveBeenCalledWith({ tabId: 7, color: '#ffffff' });
    expect(action.setTitle).toHaveBeenCalledWith({
      tabId: 7,
      title: 'Postguard: posting as @KingsfordGov on X (corporate)',
    });
  });

  it('is refused from an extension page, which has no guarded tab', async () => {
    const result = await handlers['guard/status'](
      { type: 'guard/status', platform: 'x', account: null, role: 'unknown', healthy: true },
      page,
    );
    expect(result.ok).toBe(false);
    expect(action.setBadgeText).not.toHaveBeenCalled();
  });

  it('has a short text for every role, and titles for unknown accounts and problems', () => {
    expect(
      Object.fromEntries(
        Object.entries(BADGE_LOOKS).map(([role, look]) => [role, getMessage(look.textKey)]),
      ),
    ).toEqual({ corporate: 'CORP', professional: 'PRO', personal: 'ME', unknown: '?' });
    expect(
      badgeTitle({ platform: 'linkedin', account: null, role: 'unknown', healthy: true }),
    ).toBe('Postguard: the account on LinkedIn cannot be detected');
    expect(
      badgeTitle({ platform: 'facebook', account: 'Jane Doe', role: 'personal', healthy: false }),
    ).toBe(
      'Postguard: posting as Jane Doe on Facebook (personal). Needs attention: open Postguard for details.',
    );
    expect(
      badgeTitle({
        platform: 'x',
        account: '@janedoe_fun',
        role: 'personal',
        healthy: false,
        noRules: true,
      }),
    ).toBe(
      'Postguard: posting as @janedoe_fun on X (no rules set). Needs attention: open Postguard for details.',
    );
  });
});
