export * from './state';
export * from './prefill';
export * from './steps';
export * from './profile';
export * from './drafts';
export * from './report';
export * from './time';
export type { Text } from '../localizable';
