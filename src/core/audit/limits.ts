// The audit log's limits (docs/audit-log.md#limits-per-tab): the worker keeps them
// (background/audit-bounds.ts), the options page words them.

/** The most entries the log keeps; the oldest go first, counted. */
export const AUDIT_LIMIT = 2000;
/** The most the stored log may take, as the browser counts its quota (10 MB in Chrome). */
export const AUDIT_BYTE_BUDGET = 2 * 1024 * 1024;
/** A tab's entries a minute, beyond which its events are counted, not logged. */
export const AUDIT_TAB_RATE = 30;
/** The share of the log (of its bytes and of its entries) a tab's entries may take in an hour. */
export const AUDIT_TAB_SHARE = 0.25;
