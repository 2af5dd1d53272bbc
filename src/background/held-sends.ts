// Posts held by the send delay, from countdown start to their end: released,
// undone, or never sent because the page was left. A guard says so itself on
// `pagehide` when it can; when it could not (a crash, a killed tab), a hold
// still counting well past its end is taken as left. The popup reports the
// unsent ones until the person dismisses them.
import * as z from 'zod/mini';
import type { GuardEvent } from '../core/audit';
import { PLATFORMS, ROLES } from '../core/rules/schema';
import type { UnsentHold } from '../shared/messages';
import { readArea, removeLocal, writeLocal } from '../shared/storage-area';
import { HELD_DAMAGED_KEY, HELD_KEY } from '../shared/storage-keys';
import { appendAudit } from './audit-log';
import { serialized } from './serial';

/** Keep at most this many: a hold is small, but storage is not a queue. */
const HELD_LIMIT = 50;
/** How long past its countdown's end a hold may still be reported as released. */
const GRACE_MS = 10_000;

const Held = z.strictObject({
  holdId: z.string(),
  platform: z.enum(PLATFORMS),
  account: z.nullable(z.string()),
  role: z.enum([...ROLES, 'unknown'] as const),
  at: z.iso.datetime(),
  seconds: z.number(),
  page: z.nullable(z.string()),
  state: z.enum(['counting', 'unsent']),
  why: z.optional(z.enum(['page-left', 'composer-closed'])),
});
type Held = z.infer<typeof Held>;

async function readHeld(): Promise<Held[]> {
  const raw = (await readArea('local', [HELD_KEY]))[HELD_KEY];
  const parsed = z.array(Held).safeParse(raw ?? []);
  if (parsed.success) return parsed.data;
  // Nothing in a damaged list can be trusted; it is set aside and replaced, and
  // the popup says a post may not have been sent (until dismissed).
  await writeLocal({ [HELD_DAMAGED_KEY]: raw });
  return [];
}

const inTurn = serialized();

function update(change: (held: Held[]) => Held[]) {
  return inTurn(async () => {
    const next = change(await readHeld()).slice(-HELD_LIMIT);
    await writeLocal({ [HELD_KEY]: next });
    return next;
  });
}

/** Follows a guard's events: a countdown starts, ends, or is abandoned. */
export function trackHold(event: GuardEvent, page: string | null, now: Date) {
  // A box with no layout is not logged (audit-bounds.ts); nor is its countdown followed.
  if ('hasLayout' in event && event.hasLayout === false) return undefined;
  if (event.kind === 'send-held') {
    const { holdId, platform, account, role, seconds } = event;
    const at = now.toISOString();
    const held: Held = { holdId, platform, account, role, seconds, page, at, state: 'counting' };
    return update((all) => [...all.filter((h) => h.holdId !== holdId), held]);
  }
  if ((event.kind === 'post-released' && event.holdId) || event.kind === 'undone') {
    return update((all) => all.filter((h) => h.holdId !== event.holdId));
  }
  if (event.kind === 'hold-abandoned') {
    const why = event.why;
    return update((all) =>
      all.map((h) => (h.holdId === event.holdId ? { ...h, state: 'unsent' as const, why } : h)),
    );
  }
  return undefined;
}

function toUnsent({ holdId, platform, account, at, page, why }: Held): UnsentHold {
  return { holdId, platform, account, at, page, why: why ?? 'page-left' };
}

/** Whether a damaged list of held posts was replaced and not yet dismissed. */
export async function heldDamaged(): Promise<boolean> {
  return (await readArea('local', [HELD_DAMAGED_KEY]))[HELD_DAMAGED_KEY] !== undefined;
}

/** The held posts that never went out; overdue ones are recorded as abandoned now. */
export async function unsentHolds(now: Date): Promise<UnsentHold[]> {
  const overdue: Held[] = [];
  const all = await update((held) =>
    held.map((h) => {
      const end = Date.parse(h.at) + h.seconds * 1000 + GRACE_MS;
      if (h.state !== 'counting' || end > now.getTime()) return h;
      overdue.push(h);
      return { ...h, state: 'unsent' as const, why: 'page-left' as const };
    }),
  );
  for (const { platform, account, role, holdId, page } of overdue) {
    const event = { platform, account, role, holdId, why: 'page-left' } as const;
    await appendAudit({ kind: 'hold-abandoned', ...event }, { page }, now);
  }
  return all.filter((h) => h.state === 'unsent').map(toUnsent);
}

export async function dismissHolds(holdIds: string[]) {
  await removeLocal([HELD_DAMAGED_KEY]);
  return update((all) => all.filter((h) => !holdIds.includes(h.holdId)));
}
