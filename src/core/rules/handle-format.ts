// What a handle may look like on each site: the platform registry's `format`
// (core/platforms.ts, which says why X's is strict). Shared by both rule-file
// checks (schema.ts, check-sections.ts); the X adapter reads the
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
