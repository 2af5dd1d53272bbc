// One manifest.json source; each browser gets what it understands.
export function manifestFor(source, browser) {
  const manifest = structuredClone(source);
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
