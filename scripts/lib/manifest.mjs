// One manifest.json source; each browser gets what it understands. The hosts
// are not written in manifest.json (its host_permissions and content script
// matches are empty there): they are the platform registry's
// (src/core/platforms.ts, hostMatchPatterns), passed in by the build
// (vite.config.ts), so a site's hosts are listed once.

/**
 * @param {Record<string, any>} source manifest.json
 * @param {'chrome' | 'firefox'} browser
 * @param {readonly string[]} hostPatterns the guarded sites' match patterns
 */
export function manifestFor(source, browser, hostPatterns) {
  const listed = [source.host_permissions, ...source.content_scripts.map((s) => s.matches)];
  if (listed.some((hosts) => !Array.isArray(hosts) || hosts.length > 0)) {
    throw new Error(
      'manifest.json: leave host_permissions and content_scripts[].matches empty; ' +
        'the hosts come from src/core/platforms.ts',
    );
  }
  if (hostPatterns.length === 0) throw new Error('manifestFor: no host patterns');
  const manifest = structuredClone(source);
  manifest.host_permissions = [...hostPatterns];
  for (const script of manifest.content_scripts) script.matches = [...hostPatterns];
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
