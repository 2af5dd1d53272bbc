// Every key Postguard keeps in browser storage, in one place: the worker, the
// content script and the pages read and watch the same values, and
// tests/unit/storage-corrupt.test.ts finds each `…_KEY` here and checks that
// garbage in it is survived.

/** The rules in force, as imported or edited: `{ savedAt, rulesText }` (shared/rules-state.ts). */
export const RULES_KEY = 'rules';
/** The last rules that were saved whole, for when `rules` is damaged. */
export const LAST_GOOD_KEY = 'rulesLastGood';
/** The keys of storage.local that hold rules: a change to either may change the rules in force. */
export const LOCAL_RULES_KEYS = [RULES_KEY, LAST_GOOD_KEY];
/** The rule file an organisation pushes through browser policy, in storage.managed. */
export const MANAGED_RULES_KEY = 'rules';

/**
 * That the first run was handled: `{ welcome: 'opened' | 'managed', at }`
 * (background/first-run.ts), so that the welcome page opens once, never on an update.
 */
export const FIRST_RUN_KEY = 'firstRun';

/** The audit log (background/audit-store.ts). */
export const AUDIT_KEY = 'audit';
/** A damaged audit log, set aside for someone to look at. */
export const AUDIT_DAMAGED_KEY = 'auditDamaged';
/** Events storage refused to record: how many, of which kinds, when. */
export const AUDIT_LOST_KEY = 'auditLost';
/** The keys of the audit log, the damaged log and events lost: what the options page follows. */
export const AUDIT_KEYS = [AUDIT_KEY, AUDIT_DAMAGED_KEY, AUDIT_LOST_KEY];

/** Posts held by the send delay (background/held-sends.ts). */
export const HELD_KEY = 'heldSends';
/** Set when a damaged list was replaced: a held post may have gone unreported. */
export const HELD_DAMAGED_KEY = 'heldSendsDamaged';

/** The incident guide's saved state (incident/api.ts). */
export const INCIDENT_KEY = 'incident';

/**
 * Servers a person added in the options page, by platform (Mastodon): `{ mastodon: [host…] }`
 * (shared/servers.ts). Those the rules name need no entry here.
 */
export const SERVERS_KEY = 'servers';

/**
 * The style profiles learned on this device, by account (core/tone/style-book.ts): hashed
 * word counts of the posts released, no text. Written by the worker, read by the guard.
 */
export const STYLE_KEY = 'styleProfiles';
