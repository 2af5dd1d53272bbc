// The post the incident guide starts from: the newest `post-released` entry of
// the audit log. Stored entries are only loosely checked (an older or newer
// Postguard may have written them), so each field is checked here again.
import * as z from 'zod/mini';
import { PLATFORMS, ROLES, type Platform, type Role } from '../rules/schema';

export interface ReleasedPost {
  platform: Platform;
  account: string | null;
  role: Role | 'unknown';
  /** When the worker recorded it (ISO). */
  at: string;
  page: string | null;
  /** As `policy.auditContent` kept it: absent, masked with • or whole. */
  post?: string;
}

const MAX_PAGE = 2_000;
const MAX_POST = 70_000;

const Released = z.looseObject({
  kind: z.literal('post-released'),
  at: z.iso.datetime({ offset: true }),
  platform: z.enum(PLATFORMS),
  account: z.nullable(z.string().check(z.maxLength(200))),
  role: z.enum([...ROLES, 'unknown'] as const),
  page: z.optional(z.nullable(z.string())),
  post: z.optional(z.string()),
});

/** The newest well-formed released post of `entries` (oldest first, as the log keeps them). */
export function lastReleasedPost(entries: readonly unknown[]): ReleasedPost | null {
  for (let i = entries.length - 1; i >= 0; i--) {
    const parsed = Released.safeParse(entries[i]);
    if (!parsed.success) continue;
    const { platform, account, role, at, page, post } = parsed.data;
    return {
      platform,
      account,
      role,
      at,
      // Cut to what the incident's schema keeps, so a long one is shortened, not lost.
      page: page ? page.slice(0, MAX_PAGE) : null,
      ...(post === undefined ? {} : { post: post.slice(0, MAX_POST) }),
    };
  }
  return null;
}
