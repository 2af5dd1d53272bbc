// Runs the content script of a site on any server (Mastodon) on exactly the servers that
// are both known (the rules, this build, a person: shared/servers.ts) and granted by the
// browser. The manifest cannot list them, so the script is registered at run time
// (scripting.registerContentScripts) and kept in step whenever the rules, the servers a
// person added, or the granted permissions change. webext-dynamic-content-scripts does
// the same for every script of the manifest's; Postguard's fixed sites keep their
// manifest scripts, so this registers the one script the manifest leaves out.
import browser from 'webextension-polyfill';
import { serverPlatforms, type Platform } from '../core/platforms';
import { serversOf, originOf } from '../shared/servers';
import { LOCAL_RULES_KEYS, SERVERS_KEY } from '../shared/storage-keys';
import { serialized } from './serial';

/** The registered script's id: one per platform on any server. */
export const scriptId = (platform: Platform) => `postguard-${platform}`;
/** The script's file in the build (scripts/lib/content-entries.mjs names it the same). */
export const scriptFile = (platform: Platform) => `content-${platform}.js`;

/** The match patterns of `platform`'s known and granted servers. */
async function grantedMatches(platform: Platform): Promise<string[]> {
  const servers = await serversOf(platform);
  return servers.filter((s) => s.granted).map((s) => originOf(s.host));
}

async function syncPlatform(platform: Platform): Promise<void> {
  const id = scriptId(platform);
  const matches = await grantedMatches(platform);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (matches.length === 0) {
    if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [id] });
    return;
  }
  const same = existing[0]?.matches?.slice().sort().join('\n') === matches.sort().join('\n');
  if (same) return;
  const script = {
    id,
    js: [scriptFile(platform)],
    matches,
    runAt: 'document_start' as const,
    allFrames: false,
  };
  if (existing.length > 0) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
}

const oneAtATime = serialized();

/** Brings every any-server script in step; a failure is reported, never thrown. */
export function syncServerScripts(): Promise<void> {
  return oneAtATime(async () => {
    for (const platform of serverPlatforms()) {
      await syncPlatform(platform).catch((error: unknown) => {
        console.error(`Postguard: could not register the ${platform} script`, error);
      });
    }
  });
}

/** What may change the servers: rules (local or managed), a person's list, permissions. */
function concernsServers(changes: Record<string, unknown>, area: string): boolean {
  if (area === 'managed') return true;
  return area === 'local' && [...LOCAL_RULES_KEYS, SERVERS_KEY].some((key) => key in changes);
}

/** Keeps the scripts in step from now on; returns the function that stops it. */
export function keepServerScriptsInStep(): () => void {
  // A browser without these (none Postguard supports today) guards the fixed sites only.
  if (serverPlatforms().length === 0 || !browser.scripting || !browser.permissions) {
    return () => {};
  }
  const onStorage = (changes: Record<string, unknown>, area: string) => {
    if (concernsServers(changes, area)) void syncServerScripts();
  };
  const onPermissions = () => void syncServerScripts();
  browser.storage.onChanged.addListener(onStorage);
  browser.permissions.onAdded.addListener(onPermissions);
  browser.permissions.onRemoved.addListener(onPermissions);
  void syncServerScripts();
  return () => {
    browser.storage.onChanged.removeListener(onStorage);
    browser.permissions.onAdded.removeListener(onPermissions);
    browser.permissions.onRemoved.removeListener(onPermissions);
  };
}
