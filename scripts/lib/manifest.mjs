// One manifest.json source; each browser gets what it understands. The hosts
// are not written in manifest.json (its host_permissions and its one content
// script's matches and js are empty there, a template): they are the platform
// registry's (src/core/platforms.ts, siteScripts), passed in by the build
// (vite.config.ts), so a site's hosts are listed once. Each site gets a content
// script of its own, on its own hosts (content-entries.mjs). A site on any server
// (Mastodon) has no fixed hosts: the manifest asks for every https host as an optional
// permission, which a person grants server by server (the options page), and the worker
// registers the site's script where one is granted (src/background/server-scripts.ts). An
// organisation's build may list its servers (`servers`): granted at install, no prompt.
import { contentScriptFile } from './content-entries.mjs';

/**
 * @param {Record<string, any>} source manifest.json
 * @param {'chrome' | 'firefox'} browser
 * @param {readonly { platform: string, matches: readonly string[], anyServer?: boolean }[]} sites
 *   each guarded site's platform and match patterns, in the registry's order
 * @param {readonly string[]} [servers] host names of servers on any-server sites that this
 *   build grants at install (an organisation's build, docs/admin/mastodon.md)
 */
export function manifestFor(source, browser, sites, servers = []) {
  const template = source.content_scripts;
  if (
    !Array.isArray(source.host_permissions) ||
    source.host_permissions.length > 0 ||
    !Array.isArray(template) ||
    template.length !== 1 ||
    template[0].matches?.length !== 0 ||
    template[0].js?.length !== 0
  ) {
    throw new Error(
      'manifest.json: leave host_permissions empty and give one content script with empty ' +
        'matches and js: the sites and their hosts come from src/core/platforms.ts',
    );
  }
  if (
    sites.length === 0 ||
    sites.some((site) => (site.matches.length === 0) !== !!site.anyServer)
  ) {
    throw new Error('manifestFor: a site without host patterns, or on any server with some');
  }
  const badServer = servers.find((host) => !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/u.test(host));
  if (badServer !== undefined)
    throw new Error(`manifestFor: not a server's host name: ${badServer}`);
  const manifest = structuredClone(source);
  const fixed = sites.filter((site) => !site.anyServer);
  manifest.host_permissions = [
    ...fixed.flatMap((site) => site.matches),
    ...servers.map((host) => `https://${host}/*`),
  ];
  manifest.content_scripts = fixed.map((site) => ({
    ...structuredClone(template[0]),
    matches: [...site.matches],
    js: [contentScriptFile(site.platform)],
  }));
  if (sites.some((site) => site.anyServer)) {
    // Asked for one server at a time, from a person's click (the options page).
    manifest.optional_host_permissions = ['https://*/*'];
    manifest.permissions = [...manifest.permissions, 'scripting'];
  }
  if (browser === 'firefox') {
    // Firefox runs MV3 backgrounds as event pages (background.scripts), has no
    // use for Chrome's `key`, and takes its fixed id from gecko.id.
    manifest.background = { scripts: [source.background.service_worker], type: 'module' };
    delete manifest.key;
    delete manifest.minimum_chrome_version;
  } else {
    delete manifest.browser_specific_settings;
  }
  return manifest;
}
