export * from './events';
export { postForAudit } from './redact';
export * from './export';
