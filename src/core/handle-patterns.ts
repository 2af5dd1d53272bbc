// What a handle may look like on each site, as patterns (the registry's `format`,
// core/platforms.ts, says where each is used). Each follows the site's own rules:
// docs/sites/<site>.md#account.

/** An X screen name as the page shows it, no `@` (docs/sites/x.md#account). */
export const X_SCREEN_NAME = /^[A-Za-z0-9_]{1,15}$/;
/** An X handle as an admin may list it: a screen name, with or without its `@`. */
export const X_HANDLE = /^@?[A-Za-z0-9_]{1,15}$/;
/**
 * A Bluesky handle as an admin may list it, with or without its `@`: a domain name
 * (atproto's handle syntax: labels of letters, digits and inner hyphens, at least two,
 * the last starting with a letter; 253 characters at most). docs/sites/bluesky.md#account
 */
export const BLUESKY_HANDLE =
  /^@?(?=[^@]{1,253}$)(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/u;
/**
 * A Mastodon account as an admin may list it: `user@server`, with or without its leading
 * `@`. The user part as Mastodon allows it (letters, digits, _ and inner dots or hyphens,
 * 30 at most); the server part is required: the same name on two servers is two accounts.
 * The server is a host name as BLUESKY_HANDLE's domain (253 characters at most).
 * docs/sites/mastodon.md#account
 */
export const MASTODON_HANDLE =
  /^@?[A-Za-z0-9_](?:[A-Za-z0-9_.-]{0,28}[A-Za-z0-9_])?@(?=[^@]{1,253}$)(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/u;
/** A Mastodon server's host name, as the options page keeps one (no port, no path). */
export const SERVER_HOST =
  /^(?=[^@]{1,253}$)(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/u;
/** An X profile address: 15 characters today, older handles up to 20. */
export const X_PROFILE = /^[A-Za-z0-9_]{1,20}$/u;
