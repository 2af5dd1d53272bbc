// Shared by the attack-audit-*.test.ts (not a test file itself): guard events as a tab sends
// them, through the worker's message schema and handler, as the browser would deliver them.
import { Message } from '../../src/shared/messages';
import { handlers, type Sender } from '../../src/background/handlers';

export const fromTab = (tabId: number, tabUrl = 'https://x.com/home'): Sender => ({
  fromExtensionPage: false,
  tabUrl,
  tabId,
});

const who = { platform: 'x', account: '@janedoe_fun', role: 'personal' } as const;

/** A post the guard let through, as the content script reports it. */
export const released = (post?: string, more: Record<string, unknown> = {}) => ({
  kind: 'post-released',
  ...who,
  action: 'allow',
  codes: [],
  ...(post === undefined ? {} : { post }),
  ...more,
});

/** Another event of a judged send (`dialog-shown`, `confirmed`…). */
export const judged = (kind: string, post?: string, more: Record<string, unknown> = {}) => ({
  ...released(post, more),
  kind,
  action: 'confirm',
  codes: ['corporate-account'],
});

/** Sends `event` from `sender` as the browser delivers it: parsed by the one message schema. */
export async function record(event: unknown, sender: Sender = fromTab(7)) {
  const parsed = Message.safeParse({ type: 'audit/guard', event });
  if (!parsed.success) return { ok: false as const, errors: [parsed.error.message] };
  const message = parsed.data as Extract<Message, { type: 'audit/guard' }>;
  return handlers['audit/guard'](message, sender);
}

/** A corporate post the guard asks about, as its report carries it. */
export const confirmVerdict = {
  action: 'confirm',
  role: 'corporate',
  account: { shown: 'KingsfordGov', listed: true },
  sombre: { on: false },
  reasons: [{ code: 'corporate-account', action: 'confirm', message: 'Corporate', spans: [] }],
} as const;

export const xAdapter = { platform: 'x', formatAccount: (h: string) => `@${h}` } as const;
