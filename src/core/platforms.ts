// The sites Postguard guards, each described once. Whatever differs by site,
// apart from reading its pages (the adapter in src/content/sites/<id>/ does
// that), comes from here: the rule file's platform values, the hosts the
// manifest asks for and the content script runs on (written by the build,
// vite.config.ts), the site's name in every view, how an account is shown and
// compared, what a handle may look like, and where to look for an account
// after an incident.
//
// Adding a site is three production changes: an entry here, its folder
// src/content/sites/<id>/ (its index.ts exporting the adapter), and its
// strings in src/_locales/en/messages.json. tests/unit/platform-registry.test.ts
// names what else it needs (fixture site, e2e driver, docs page).
import { BLUESKY_HANDLE, MASTODON_HANDLE, X_HANDLE, X_PROFILE } from './handle-patterns';
import { normalizeHandle } from './rules/handles';

export {
  BLUESKY_HANDLE,
  MASTODON_HANDLE,
  SERVER_HOST,
  X_HANDLE,
  X_SCREEN_NAME,
} from './handle-patterns';

/** Where to look for an account's posts: its profile, or the site's search for its name. */
export type ProfileLink =
  { kind: 'profile'; url: string; handle: string } | { kind: 'search'; url: string; name: string };

/** What a site allows in a handle, when it allows less than any text. */
export interface HandleFormat {
  /** A handle or alias as a rule file may list it. */
  pattern: RegExp;
  /** The messages.json key (rules_…) of the problem when a listed name does not fit. */
  problemKey: string;
}

/** A handle format in English (FORMAT_ENGLISH). */
export interface HandleFormatEnglish {
  /** The problem, as messages.json says it (core/rules/issue-messages.ts). */
  problem: string;
  /** The format, for the published JSON Schema's description of a handle. */
  summary: string;
}

export interface PlatformInfo {
  /**
   * Exact host names (https only, no wildcards): the manifest's hosts and the adapter's.
   * Empty for a site on any server (`servers`).
   */
  hosts: readonly string[];
  /**
   * For a site anyone may run on a server of their own (Mastodon): the server a handle
   * names, whose pages Postguard guards once a person (or the organisation's build) grants
   * them; null when the handle names none. background/server-scripts.ts keeps the
   * site's content script on exactly those servers.
   */
  serverOf?(handle: string): string | null;
  /** messages.json key of the site's name as people read it (popup, badge, audit, incident). */
  nameKey: string;
  /** messages.json key of the rule file's value as the rule editor offers it. */
  valueKey: string;
  /** The name in English: a brand, the same in every language (core's rule-file problems). */
  brand: string;
  /** The site shows an account as `@handle` (true) or by a name (false). */
  at: boolean;
  /** The comparable form of a handle or shown name: names equal in it are one account. */
  normalize(name: string): string;
  /** What a handle may look like; absent when any name is allowed. */
  format?: HandleFormat;
  /** Where to find the account `name` (trimmed, not empty) to delete a post. */
  profileLink(name: string): ProfileLink;
  /**
   * messages.json key of why the incident guide links to a search, not a
   * profile, when the general incident_delete_search_why does not say it.
   */
  searchWhyKey?: string;
}

const search = (url: string, name: string): ProfileLink => ({ kind: 'search', url, name });

export const PLATFORM_INFO = {
  // X allows only 1 to 15 ASCII letters, digits and _ (docs/rule-file.md#accounts),
  // so anything else in a listed handle is a mistake: a zero-width space, a
  // Cyrillic `о`, a right-to-left override, a space or an emoji pasted in by a
  // careless admin would make it miss (or, worse, match) another account.
  x: {
    hosts: ['x.com', 'twitter.com', 'mobile.x.com'],
    nameKey: 'popup_platform_x',
    valueKey: 'editor_platform_x',
    brand: 'X',
    at: true,
    normalize: normalizeHandle,
    format: {
      pattern: X_HANDLE,
      problemKey: 'rules_x_handle',
    },
    profileLink(name) {
      const handle = name.replace(/^@/u, '');
      if (X_PROFILE.test(handle))
        return { kind: 'profile', url: `https://x.com/${handle}`, handle };
      return search(`https://x.com/search?q=${encodeURIComponent(name)}&f=user`, name);
    },
    searchWhyKey: 'incident_delete_search_x_why',
  },
  // docs/sites/facebook.md: a profile or Page shows a name, which has no
  // address of its own: the best link is the site's search for it.
  facebook: {
    hosts: ['www.facebook.com', 'web.facebook.com', 'm.facebook.com'],
    nameKey: 'popup_platform_facebook',
    valueKey: 'editor_platform_facebook',
    brand: 'Facebook',
    at: false,
    normalize: normalizeHandle,
    profileLink: (name) =>
      search(`https://www.facebook.com/search/top/?q=${encodeURIComponent(name)}`, name),
  },
  // docs/sites/linkedin.md: the author control shows a member's or a company page's name.
  linkedin: {
    hosts: ['www.linkedin.com'],
    nameKey: 'popup_platform_linkedin',
    valueKey: 'editor_platform_linkedin',
    brand: 'LinkedIn',
    at: false,
    normalize: normalizeHandle,
    profileLink: (name) =>
      search(
        `https://www.linkedin.com/search/results/all/?keywords=${encodeURIComponent(name)}`,
        name,
      ),
  },
  // docs/sites/bluesky.md: an account is a domain-name handle, shown as `@handle`.
  bluesky: {
    hosts: ['bsky.app'],
    nameKey: 'popup_platform_bluesky',
    valueKey: 'editor_platform_bluesky',
    brand: 'Bluesky',
    at: true,
    normalize: normalizeHandle,
    format: {
      pattern: BLUESKY_HANDLE,
      problemKey: 'rules_bluesky_handle',
    },
    profileLink(name) {
      const handle = name.replace(/^@/u, '');
      if (BLUESKY_HANDLE.test(handle))
        return { kind: 'profile', url: `https://bsky.app/profile/${handle}`, handle };
      return search(`https://bsky.app/search?q=${encodeURIComponent(name)}`, name);
    },
  },
  // docs/sites/mastodon.md: any server; an account is `user@server`, its profile there.
  mastodon: {
    hosts: [],
    nameKey: 'popup_platform_mastodon',
    valueKey: 'editor_platform_mastodon',
    brand: 'Mastodon',
    at: true,
    normalize: normalizeHandle,
    format: {
      pattern: MASTODON_HANDLE,
      problemKey: 'rules_mastodon_handle',
    },
    serverOf(handle) {
      const name = handle.trim().replace(/^@/u, '');
      return MASTODON_HANDLE.test(name) ? name.slice(name.indexOf('@') + 1).toLowerCase() : null;
    },
    profileLink(name) {
      const handle = name.trim().replace(/^@/u, '');
      if (!MASTODON_HANDLE.test(handle)) {
        return search(`https://mastodon.social/search?q=${encodeURIComponent(name)}`, name);
      }
      const [user, server] = handle.split('@') as [string, string];
      return { kind: 'profile', url: `https://${server.toLowerCase()}/@${user}`, handle };
    },
  },
} as const satisfies Record<string, PlatformInfo>;

export type Platform = keyof typeof PLATFORM_INFO;

/**
 * The English of each handle format: its rule-file problem, as messages.json says it, and
 * its description in the published JSON Schema. Kept apart from PLATFORM_INFO, which every
 * content script carries, since those word problems with the browser's own messages.
 */
export const FORMAT_ENGLISH: Partial<Record<Platform, HandleFormatEnglish>> = {
  x: {
    problem:
      'is not an X handle: 1 to 15 letters A to Z, digits or _, with no spaces or other characters',
    summary:
      'the screen name, with or without @: 1 to 15 letters A to Z, digits or _, nothing else',
  },
  bluesky: {
    problem:
      'is not a Bluesky handle: a domain name such as name.bsky.social, with no spaces or other characters',
    summary:
      'the handle, with or without @: a domain name such as name.bsky.social (letters A to Z, digits, inner hyphens, dots)',
  },
  mastodon: {
    problem:
      'is not a Mastodon account: user@server, such as press@social.example.org, with no spaces or other characters',
    summary:
      'the account as user@server, with or without a leading @: the server is required (e.g. press@social.example.org)',
  },
};

/** The platforms in the registry's order: the rule file's `platform` values. */
export const PLATFORMS: readonly [Platform, ...Platform[]] = Object.keys(PLATFORM_INFO) as [
  Platform,
  ...Platform[],
];

export function isPlatform(value: unknown): value is Platform {
  return typeof value === 'string' && Object.hasOwn(PLATFORM_INFO, value);
}

/** The registry's entry for `platform`, typed as any entry (optional fields included). */
export function platformInfo(platform: Platform): PlatformInfo {
  return PLATFORM_INFO[platform];
}

/** The platform whose site is at `hostname`, if Postguard guards it. */
export function platformOfHost(hostname: string): Platform | null {
  return PLATFORMS.find((p) => platformInfo(p).hosts.includes(hostname)) ?? null;
}

/** The manifest's match patterns (host_permissions, content script matches), in registry order. */
export function hostMatchPatterns(): string[] {
  return siteScripts().flatMap((site) => site.matches);
}

/** A site's content script as the build writes it into the manifest. */
export interface SiteScript {
  platform: Platform;
  /** The match patterns of its fixed hosts: empty for a site on any server. */
  matches: string[];
  /**
   * On any server (Mastodon): no fixed hosts; the manifest asks for any https host as an
   * optional permission, and the worker registers the script where one is granted.
   */
  anyServer: boolean;
}

/** Each site with its match patterns, in registry order: a content script each (the build). */
export function siteScripts(): SiteScript[] {
  return PLATFORMS.map((platform) => ({
    platform,
    matches: platformInfo(platform).hosts.map((host) => `https://${host}/*`),
    anyServer: platformInfo(platform).serverOf !== undefined,
  }));
}

/** The platforms on any server (Mastodon), whose content scripts the worker registers. */
export function serverPlatforms(): Platform[] {
  return PLATFORMS.filter((platform) => platformInfo(platform).serverOf !== undefined);
}

/** How a handle reads in a sentence: `@handle` where the site shows one, else the name as shown. */
export function displayHandle(platform: Platform, shown: string): string {
  return platformInfo(platform).at ? `@${shown.replace(/^@/u, '')}` : shown;
}

/**
 * The comparable form of an account's name on `platform` ('' when it names
 * none). `platform` is a string: a rule file being checked may name one that
 * does not exist, compared the default way.
 */
export function comparableName(platform: string, name: string): string {
  return (isPlatform(platform) ? platformInfo(platform).normalize : normalizeHandle)(name);
}

/** The key two names of accounts share when they are one account. */
export function accountKey(platform: string, name: string): string {
  return `${platform}\n${comparableName(platform, name)}`;
}
