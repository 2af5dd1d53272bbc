// When a site changes its markup: a compose box whose send control or account
// cannot be found is a guard problem with the adapter's code, and the compose
// indicator, the tab status (popup, badge) and the audit log all say which
// part is missing. A stand-in adapter over plain markup, so these hold for
// every site whatever its adapter finds.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '../fakes/browser';
import { parseRuleFile } from '../../src/core/rules/parse';
import { GuardEvent } from '../../src/core/audit';
import { resolveRules } from '../../src/shared/rules-state';
import { RULES_KEY } from '../../src/shared/storage-keys';
import { createRulesSnapshot, type RulesSnapshot } from '../../src/content/rules-snapshot';
import { startIndicators } from '../../src/content/indicators';
import { readTabStatus, startTabStatus } from '../../src/content/tab-status';
import type { AccountRead, ComposeSurface, SiteAdapter } from '../../src/content/sites/adapter';

const parsed = parseRuleFile(readFileSync('docs/examples/kingsford-council.json', 'utf8'));
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const stored = { savedAt: '2026-11-20T10:00:00Z', rules: parsed.rules };
const noon = new Date('2026-11-20T12:00:00Z');

/**
 * Compose boxes are `.box` (editors `.editor`, send `.send`); the account is
 * `[data-account]` on the page, and two that differ disagree.
 */
const testAdapter: SiteAdapter = {
  platform: 'x',
  selectors: { editor: ['.editor'], sendButton: ['.send'], account: ['[data-account]'] },
  watch: { anchors: '.box, [data-account]', arrivals: '.editor, .send, [data-account]' },
  shell: () => 'test',
  findSurfaces: (doc) =>
    [...doc.querySelectorAll('.box')].map((root): ComposeSurface => ({
      root,
      kind: 'inline',
      editors: [...root.querySelectorAll('.editor')],
      sendControl: root.querySelector<HTMLElement>('.send'),
    })),
  clickSendAt: () => null,
  keyboardSendAt: () => null,
  isSendEnabled: () => true,
  readTexts: (surface) => surface.editors.map((editor) => editor.textContent ?? ''),
  readAccount(_surface, doc): AccountRead {
    const names = new Set([...doc.querySelectorAll('[data-account]')].map((el) => el.textContent));
    const [name] = names;
    if (names.size > 1) return { handle: null, problem: 'accounts-disagree' };
    return name ? { handle: name } : { handle: null, problem: 'account-not-shown' };
  },
  formatAccount: (handle) => `@${handle}`,
};

const page = (html: string) => {
  document.body.innerHTML = html;
  return document;
};
const BOX = '<div class="box"><div class="editor" contenteditable="true"></div>';
const SEND = '<button class="send">Post</button>';
const state = () => resolveRules({ [RULES_KEY]: stored });

describe('the health of the compose boxes on the page', () => {
  it('is good with no compose box open, whatever the page shows of the account', () => {
    const status = readTabStatus(testAdapter, state(), page('<p>timeline</p>'), noon);
    expect(status.health).toEqual({ ok: true, problems: [] });
    expect(status.unknownReason).toBe('The page does not show which account is active.');
  });

  it('is good with a compose box whose parts are all found', () => {
    const doc = page(`<i data-account>KingsfordGov</i>${BOX}${SEND}</div>`);
    expect(readTabStatus(testAdapter, state(), doc, noon).health).toEqual({
      ok: true,
      problems: [],
    });
  });

  it('names the missing send control, and the account problem, by the adapter’s codes', () => {
    const doc = page(`<i data-account>KingsfordGov</i>${BOX}</div>`);
    expect(readTabStatus(testAdapter, state(), doc, noon).health).toEqual({
      ok: false,
      problems: [{ code: 'send-control-missing' }],
    });
    const disagree = page(`<i data-account>KingsfordGov</i><i data-account>janedoe_fun</i>
      ${BOX}${SEND}</div>`);
    expect(readTabStatus(testAdapter, state(), disagree, noon).health).toEqual({
      ok: false,
      problems: [{ code: 'accounts-disagree' }],
    });
  });
});

describe('the compose indicator', () => {
  let snapshot: RulesSnapshot | null = null;
  let stop: (() => void) | null = null;
  afterEach(() => {
    stop?.();
    snapshot?.dispose();
    stop = snapshot = null;
  });

  async function indicatorText(html: string) {
    await fakeBrowser.storage.local.set({ [RULES_KEY]: stored });
    page(html);
    snapshot = createRulesSnapshot();
    await snapshot.ready();
    stop = startIndicators(window, testAdapter, snapshot);
    let text = '';
    await vi.waitFor(() => {
      const host = document.querySelector('[data-postguard="indicator"]');
      text = host?.shadowRoot?.querySelector('[role="status"]')?.textContent ?? '';
      expect(text).not.toBe('');
    });
    return text;
  }

  it('says the account is unknown and why, in the words of the problem', async () => {
    const text = await indicatorText(`<i data-account>KingsfordGov</i>
      <i data-account>janedoe_fun</i>${BOX}${SEND}</div>`);
    expect(text).toBe(
      'Posting as unknown account— The page shows two different accounts as the active one.',
    );
  });

  it('says the send button could not be found, next to the account it does know', async () => {
    const text = await indicatorText(`<i data-account>KingsfordGov</i>${BOX}</div>`);
    expect(text).toBe(
      "Posting as @KingsfordGov · corporate— The compose box's send button could not be found.",
    );
  });

  it('says both when both are missing, the account first', async () => {
    const text = await indicatorText(`${BOX}</div>`);
    expect(text).toBe(
      "Posting as unknown account— The page does not show which account is active. The compose box's send button could not be found.",
    );
  });
});

describe('the audit log', () => {
  const sendMessage = vi.fn(async (_message: unknown): Promise<unknown> => ({ ok: true }));
  let stop: (() => void) | null = null;
  let snapshot: RulesSnapshot | null = null;
  beforeEach(() => {
    sendMessage.mockClear();
    Object.assign(fakeBrowser.runtime, { sendMessage });
  });
  afterEach(() => {
    stop?.();
    snapshot?.dispose();
    stop = snapshot = null;
  });

  const healthEvents = () =>
    sendMessage.mock.calls
      .map(([message]) => message as { type: string; event?: { kind: string } })
      .filter(
        (message) => message.type === 'audit/guard' && message.event?.kind === 'health-changed',
      )
      .map((message) => message.event);

  it('records each health change with the same codes, in events the worker accepts', async () => {
    await fakeBrowser.storage.local.set({ [RULES_KEY]: stored });
    page(`<i data-account>KingsfordGov</i>${BOX}</div>`);
    snapshot = createRulesSnapshot();
    await snapshot.ready();
    stop = startTabStatus({ win: window, adapter: testAdapter, snapshot, now: () => noon });
    await vi.waitFor(() =>
      expect(healthEvents()).toEqual([
        { kind: 'health-changed', platform: 'x', ok: false, problems: ['send-control-missing'] },
      ]),
    );

    // The site puts its send button back: working again.
    document.querySelector('.box')!.append(
      Object.assign(document.createElement('button'), {
        className: 'send',
      }),
    );
    await vi.waitFor(() => expect(healthEvents()).toHaveLength(2));
    expect(healthEvents()[1]).toEqual({
      kind: 'health-changed',
      platform: 'x',
      ok: true,
      problems: [],
    });
    for (const event of healthEvents()) expect(GuardEvent.safeParse(event).success).toBe(true);
  });

  it('tells the worker again when another part goes missing, so an open popup follows', async () => {
    await fakeBrowser.storage.local.set({ [RULES_KEY]: stored });
    page(`${BOX}${SEND}</div>`);
    snapshot = createRulesSnapshot();
    await snapshot.ready();
    stop = startTabStatus({ win: window, adapter: testAdapter, snapshot, now: () => noon });
    const statuses = () =>
      sendMessage.mock.calls.filter(
        ([message]) => (message as { type: string }).type === 'guard/status',
      );
    await vi.waitFor(() => expect(statuses()).toHaveLength(1));
    // Still unhealthy, still no account: now the send button is gone as well.
    document.querySelector('.send')!.remove();
    await vi.waitFor(() => expect(statuses()).toHaveLength(2));
    expect(statuses()[1]?.[0]).toMatchObject({ account: null, role: 'unknown', healthy: false });
    expect(healthEvents().at(-1)).toMatchObject({
      ok: false,
      problems: ['send-control-missing', 'account-not-shown'],
    });
  });
});
