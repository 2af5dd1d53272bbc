// The content script's tab status on the fixture X: what the popup is told
// (account, role, why it is unknown, guard health, sombre mode, organisation),
// who may ask, and the `guard/status` reports that drive the toolbar badge.
import { readFileSync } from 'node:fs';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { fakeBrowser } from '../fakes/browser';
import { parseRuleFile } from '../../src/core/rules/parse';
import { resolveRules, type RulesState } from '../../src/shared/rules-state';
import { RULES_KEY } from '../../src/shared/storage-keys';
import { createRulesSnapshot, type RulesSnapshot } from '../../src/content/rules-snapshot';
import { readTabStatus, startTabStatus } from '../../src/content/tab-status';
import { xAdapter } from '../../src/content/sites/x';
import type { SiteAdapter } from '../../src/content/sites/adapter';
import { renderFixtureX, unmountFixture } from './render-fixture-x';

// Vitest runs from the repository root.
const parsed = parseRuleFile(readFileSync('docs/examples/kingsford-council.json', 'utf8'));
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const kingsford = parsed.rules;
const stored = (rules = kingsford) => ({ savedAt: '2026-11-20T10:00:00Z', rules });
const noon = new Date('2026-11-20T12:00:00Z');
const duringWindow = new Date('2026-11-11T10:00:00Z');

type Listener = (
  message: unknown,
  sender: Runtime.MessageSender,
  sendResponse: (answer: unknown) => void,
) => unknown;
const listeners = new Set<Listener>();
const sendMessage = vi.fn(async (_message: unknown): Promise<unknown> => ({ ok: true }));
Object.assign(fakeBrowser.runtime, {
  sendMessage,
  onMessage: {
    addListener: (l: Listener) => listeners.add(l),
    removeListener: (l: Listener) => listeners.delete(l),
  },
});

const popupSender = {
  id: fakeBrowser.runtime.id,
  url: fakeBrowser.runtime.getURL('popup.html?tab=3'),
};
/**
 * Each listener's answer as the browser takes it: a listener that returns true answers
 * later through sendResponse (a promise here); any other return value is no answer.
 */
const ask = (message: unknown, sender: Runtime.MessageSender = popupSender) =>
  [...listeners].map((listener) => {
    let respond: (answer: unknown) => void = () => {};
    const answer = new Promise((resolve) => (respond = resolve));
    return listener(message, sender, respond) === true ? answer : undefined;
  });

let snapshot: RulesSnapshot | null = null;
let stop: (() => void) | null = null;

beforeEach(() => {
  listeners.clear();
  sendMessage.mockClear();
});
afterEach(async () => {
  stop?.();
  snapshot?.dispose();
  stop = snapshot = null;
  await unmountFixture();
});

const state = (rules = kingsford): RulesState => resolveRules({ [RULES_KEY]: stored(rules) });

describe('readTabStatus', () => {
  it('names the account as X shows it, its role and label, and the rules in force', async () => {
    const doc = await renderFixtureX({ active: 'KingsfordGov' });
    expect(readTabStatus(xAdapter, state(), doc, noon)).toEqual({
      platform: 'x',
      account: '@KingsfordGov',
      role: 'corporate',
      label: 'Council newsroom',
      health: { ok: true, problems: [] },
      sombre: { on: false, active: false },
      organization: 'Kingsford Council',
      locked: false,
    });
  });

  it('says why the account cannot be detected when X hides it, as a problem of the open compose box', async () => {
    const doc = await renderFixtureX({
      hideSwitcher: true,
      hideProfileLink: true,
      hideAvatars: true,
    });
    const status = readTabStatus(xAdapter, state(), doc, noon);
    expect(status.account).toBeNull();
    expect(status.role).toBe('unknown');
    expect(status.unknownReason).toBe('The page does not show which account is active.');
    // Home's compose box is open: the account it would post from cannot be read.
    expect(status.health).toEqual({ ok: false, problems: [{ code: 'account-not-shown' }] });
  });

  it('reports sombre mode from a scheduled window, with the manual switch still off', async () => {
    const doc = await renderFixtureX({ active: 'janedoe_fun' });
    const status = readTabStatus(xAdapter, state(), doc, duringWindow);
    expect(status.role).toBe('personal');
    expect(status.sombre).toEqual({ on: true, reason: 'Remembrance service', active: false });
  });

  it('reports no rules, damaged rules and an unreadable page as problems', async () => {
    const doc = await renderFixtureX();
    expect(readTabStatus(xAdapter, resolveRules({}), doc, noon).health).toEqual({
      ok: false,
      problems: [{ code: 'no-rules' }],
    });
    const damaged = resolveRules({ [RULES_KEY]: 'garbage{' });
    expect(readTabStatus(xAdapter, damaged, doc, noon).health.problems).toEqual([
      { code: 'rules-damaged', detail: 'Saved rules are damaged (not a saved rule set)' },
    ]);
    const broken: SiteAdapter = {
      ...xAdapter,
      readAccount: () => {
        throw new Error('the markup changed');
      },
    };
    const status = readTabStatus(broken, state(), doc, noon);
    expect(status.health.problems).toEqual([
      { code: 'page-unreadable', detail: 'the markup changed' },
    ]);
    expect(status.role).toBe('unknown');
  });

  it('says when the rules are locked', async () => {
    const doc = await renderFixtureX();
    const locked = { ...kingsford, policy: { ...kingsford.policy, locked: true } };
    expect(readTabStatus(xAdapter, state(locked), doc, noon).locked).toBe(true);
  });
});

async function start(options: Parameters<typeof renderFixtureX>[0] = {}) {
  await fakeBrowser.storage.local.set({ [RULES_KEY]: stored() });
  await renderFixtureX(options);
  snapshot = createRulesSnapshot();
  await snapshot.ready();
  stop = startTabStatus({ win: window, adapter: xAdapter, snapshot, now: () => noon });
}

const reports = () =>
  sendMessage.mock.calls
    .map(([message]) => message as { type: string })
    .filter((message) => message.type === 'guard/status');

describe('startTabStatus', () => {
  it('answers `tab/status` from Postguard’s own pages only', async () => {
    await start();
    const [answer] = ask({ type: 'tab/status' });
    await expect(answer).resolves.toMatchObject({
      ok: true,
      status: { account: '@KingsfordGov', role: 'corporate' },
    });
    // Another extension, a page that is not Postguard's, an unknown or malformed message.
    expect(ask({ type: 'tab/status' }, { ...popupSender, id: 'other-extension' })).toEqual([
      undefined,
    ]);
    expect(
      ask({ type: 'tab/status' }, { id: fakeBrowser.runtime.id, url: 'https://x.com/' }),
    ).toEqual([undefined]);
    expect(ask({ type: 'tab/status' }, { id: fakeBrowser.runtime.id })).toEqual([undefined]);
    expect(ask({ type: 'rules/get' })).toEqual([undefined]);
    expect(ask({ type: 'tab/status', extra: true })).toEqual([undefined]);
  });

  it('answers `tab/diagnostics` with the page’s part of the report, to Postguard’s own pages only', async () => {
    await start({ hideSwitcher: true, hideProfileLink: true, hideAvatars: true });
    const [answer] = ask({ type: 'tab/diagnostics' });
    const { report } = (await answer) as { report: string };
    // The page's part, as JSON; the popup adds the browser and the version (popup/diagnostics.ts).
    expect(JSON.parse(report)).toMatchObject({ site: 'x', health: ['account-not-shown'] });
    expect(report).not.toContain('KingsfordGov');
    expect(ask({ type: 'tab/diagnostics' }, { ...popupSender, id: 'other-extension' })).toEqual([
      undefined,
    ]);
    expect(
      ask({ type: 'tab/diagnostics' }, { id: fakeBrowser.runtime.id, url: 'https://x.com/' }),
    ).toEqual([undefined]);
    expect(ask({ type: 'tab/diagnostics', selectors: ['*'] })).toEqual([undefined]);
  });

  it('reports the account and role to the worker, again only when they change', async () => {
    await start({ active: 'KingsfordGov' });
    await vi.waitFor(() =>
      expect(reports()).toEqual([
        {
          type: 'guard/status',
          platform: 'x',
          account: '@KingsfordGov',
          role: 'corporate',
          healthy: true,
        },
      ]),
    );
    // Unrelated page changes report nothing new.
    document.body.append(Object.assign(document.createElement('div'), { ariaLabel: 'noise' }));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(reports()).toHaveLength(1);

    // Switched with X's account menu: the switcher, the Profile link and the avatars follow.
    await act(async () =>
      (
        document.querySelector('[data-testid="SideNav_AccountSwitcher_Button"]') as HTMLElement
      ).click(),
    );
    await act(async () =>
      (
        document.querySelector('[data-testid="AccountSwitcher_Item-janedoe_fun"]') as HTMLElement
      ).click(),
    );
    // The report waits for the page to settle; a busy machine may take longer than
    // vi.waitFor's default second.
    await vi.waitFor(
      () => expect(reports().at(-1)).toMatchObject({ account: '@janedoe_fun', role: 'personal' }),
      { timeout: 5_000 },
    );
    expect(reports()).toHaveLength(2);
  });

  it('reports again when a page comes back from the back/forward cache', async () => {
    await start();
    await vi.waitFor(() => expect(reports()).toHaveLength(1));
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    expect(reports()).toHaveLength(2);
  });

  it('leaves no listener, observer or timer behind once stopped', async () => {
    await start();
    await vi.waitFor(() => expect(reports()).toHaveLength(1));
    stop?.();
    stop = null;
    expect(listeners.size).toBe(0);
    const avatar = document.querySelector('[data-testid^="UserAvatar-Container-"]')!;
    avatar.setAttribute('data-testid', 'UserAvatar-Container-janedoe_fun');
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(reports()).toHaveLength(1);
  });
});
