// The servers of a site on any server (Mastodon) that Postguard guards: those the rules
// in force name (each account's `user@server`), those this build grants at install (an
// organisation's build, docs/admin/mastodon.md), and those a person added in the options
// page. A server is guarded once the browser grants its host: the worker then runs the
// site's content script there (background/server-scripts.ts).
import browser from 'webextension-polyfill';
import { z } from 'zod/mini';
import { platformInfo, platformOfHost, SERVER_HOST, type Platform } from '../core/platforms';
import { loadRulesState } from './load-rules';
import { readArea, writeLocal, type WriteResult } from './storage-area';
import { SERVERS_KEY } from './storage-keys';

/** How many servers a person may add per platform: enough for anyone, bounded storage. */
export const MAX_ADDED_SERVERS = 100;

/** Where a server's name comes from. */
export type ServerSource = 'rules' | 'build' | 'person';

export interface ServerEntry {
  host: string;
  sources: ServerSource[];
  granted: boolean;
}

const Added = z.record(z.string(), z.array(z.string()));

/** The host name as the list keeps it, or null when it is not one (a URL is accepted). */
export function serverHost(input: string): string | null {
  let host = input.trim().toLowerCase();
  const url = /^https?:\/\/([^/?#]+)/u.exec(host);
  if (url?.[1]) host = url[1];
  host = host.replace(/^@?[^@]*@/u, '').replace(/\/+$/u, '');
  return SERVER_HOST.test(host) ? host : null;
}

export const originOf = (host: string) => `https://${host}/*`;

/** The servers people added, by platform; garbage in storage reads as none. */
export async function addedServers(): Promise<Record<string, string[]>> {
  const parsed = Added.safeParse((await readArea('local', [SERVERS_KEY]))[SERVERS_KEY]);
  if (!parsed.success) return {};
  return Object.fromEntries(
    Object.entries(parsed.data).map(([platform, hosts]) => [
      platform,
      hosts.flatMap((host) => serverHost(host) ?? []).slice(0, MAX_ADDED_SERVERS),
    ]),
  );
}

/** Adds or removes a server a person named; the other platforms' lists are kept. */
export async function setAdded(
  platform: Platform,
  host: string,
  add: boolean,
): Promise<WriteResult> {
  const all = await addedServers();
  const hosts = (all[platform] ?? []).filter((h) => h !== host);
  if (add) hosts.push(host);
  if (hosts.length > MAX_ADDED_SERVERS) return { ok: false, error: `${MAX_ADDED_SERVERS}` };
  return writeLocal({ [SERVERS_KEY]: { ...all, [platform]: hosts } });
}

/** Hosts this build grants at install: its host permissions that no fixed site owns. */
function buildServers(): string[] {
  const manifest = browser.runtime.getManifest();
  const fixed = new Set((manifest.content_scripts ?? []).flatMap((s) => s.matches ?? []));
  return (manifest.host_permissions ?? [])
    .filter((pattern) => !fixed.has(pattern))
    .flatMap((pattern) => serverHost(pattern) ?? []);
}

async function isGranted(host: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [originOf(host)] });
  } catch {
    return false;
  }
}

/** Every server of `platform` Postguard knows of, in order of first mention, and its grant. */
export async function serversOf(platform: Platform): Promise<ServerEntry[]> {
  const serverOf = platformInfo(platform).serverOf;
  if (!serverOf) return [];
  const { rules } = await loadRulesState();
  const found = new Map<string, Set<ServerSource>>();
  // A fixed site's host (x.com…) is never a server: its own script guards it.
  const note = (host: string | null, source: ServerSource) => {
    if (host && platformOfHost(host) === null) {
      found.set(host, (found.get(host) ?? new Set()).add(source));
    }
  };
  for (const account of rules.accounts) {
    if (account.platform !== platform) continue;
    for (const name of [account.handle, ...(account.aliases ?? [])]) note(serverOf(name), 'rules');
  }
  buildServers().forEach((host) => note(host, 'build'));
  ((await addedServers())[platform] ?? []).forEach((host) => note(host, 'person'));
  return Promise.all(
    [...found].map(async ([host, sources]) => ({
      host,
      sources: [...sources],
      granted: await isGranted(host),
    })),
  );
}
