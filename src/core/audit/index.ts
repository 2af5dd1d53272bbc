export * from './events';
export { postForAudit } from './redact';
export { MAX_AUDIT_POST_CHARS, truncatePost, truncationMarker } from './truncate';
export * from './export';
export * from './limits';
