// Vite plugin: turns the built files into the two unpacked extensions. After
// every environment is built into dist/.stage, it adds what the browser reads
// by name (icons, _locales, the managed-policy schema) and writes dist/chrome
// and dist/firefox, each with the manifest that browser understands
// (manifest.mjs), its hosts those of the platform registry.
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { iconPng } from './icons.mjs';
import { manifestFor } from './manifest.mjs';

/**
 * @param {{ root: string, stage: string, dist: string, sites: readonly { platform: string, matches: readonly string[], anyServer: boolean }[], servers?: readonly string[] }} options
 *   sites: each guarded site's platform and match patterns (src/core/platforms.ts);
 *   servers: Mastodon servers this build grants at install (manifest.mjs)
 * @returns {Promise<void>}
 */
export async function packageExtension({ root, stage, dist, sites, servers = [] }) {
  await mkdir(path.join(stage, 'icons'), { recursive: true });
  for (const size of [16, 32, 48, 128]) {
    await writeFile(path.join(stage, 'icons', `icon-${size}.png`), iconPng(size));
  }
  await cp(path.join(root, 'src/_locales'), path.join(stage, '_locales'), { recursive: true });
  await cp(path.join(root, 'src/managed-schema.json'), path.join(stage, 'managed-schema.json'));
  const source = JSON.parse(await readFile(path.join(root, 'manifest.json'), 'utf8'));
  for (const browser of ['chrome', 'firefox']) {
    const out = path.join(dist, browser);
    await rm(out, { recursive: true, force: true });
    await cp(stage, out, { recursive: true });
    await writeFile(
      path.join(out, 'manifest.json'),
      JSON.stringify(manifestFor(source, browser, sites, servers), null, 2),
    );
  }
  await rm(stage, { recursive: true, force: true });
}
