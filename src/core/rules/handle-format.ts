// What a handle may look like on each site: the platform registry's `format`
// (core/platforms.ts, which says why X's is strict). Shared by both rule-file
// validators (schema.ts, shared/rules-state.ts); the X adapter reads the
// page's form of it (X_SCREEN_NAME) from the registry too, so a handle the
// file may list is exactly a handle the page may show.
import { isPlatform, platformInfo, type HandleFormat } from '../platforms';

/**
 * What a handle may look like on `platform`; undefined when any name is
 * allowed. `platform` is a string: the entry being checked may name none.
 */
export function handleFormatOf(platform: string): HandleFormat | undefined {
  return isPlatform(platform) ? platformInfo(platform).format : undefined;
}

/** Whether `name` may be a handle or alias of an account on `platform`. */
export function isHandleOf(platform: string, name: string): boolean {
  return handleFormatOf(platform)?.pattern.test(name) ?? true;
}

/**
 * The problem with a name `isHandleOf` refuses, in English, as the
 * stored-value checker (shared/rules-state.ts) words it: the same sentence
 * as the format's messages.json key, which the zod schema's message is made
 * from in the admin's language.
 */
export function handleProblem(platform: string): string {
  return handleFormatOf(platform)?.problem ?? '';
}
