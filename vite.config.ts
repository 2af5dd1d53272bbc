// The build: `npm run build` (vite build) writes dist/chrome and dist/firefox.
//
// Two Vite environments, built one after the other into dist/.stage:
// - `pages`: the popup, options, incident and welcome pages and the background worker,
//   as ES modules sharing chunks;
// - `content-<platform>`, one per platform of the registry: that site's content
//   script, a self-contained classic (IIFE) script, as MV3 content scripts
//   must be. Its entry (content-entries.mjs) is src/content/start.ts with that
//   site's adapter only, so a page loads its own site's code and no other's.
//   It runs in every page of the site, so it carries only what it uses:
//   src/core and src/shared have no side effects when imported, and zod
//   schemas none when built (pure-schemas.mjs), so the worker's schemas and
//   zod are left out, and so are webextension-polyfill (native-browser.ts)
//   and the engine's English sentences (core/engine/english.ts).
// Then extension-package.mjs adds icons, _locales and the managed-policy
// schema, and writes one folder per browser with that browser's manifest,
// whose host_permissions and content scripts (one per site, on its hosts) come
// from the platform registry (src/core/platforms.ts), not from manifest.json; a
// site on any server (Mastodon) gets its script built but registered at run time.
//
// Tests use vitest.config.ts; the fixture sites are built by
// tests/fixtures/build-sites.mjs.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type EnvironmentOptions } from 'vite';
import {
  contentEntries,
  contentEntry,
  contentScriptFile,
  nativeBrowserApi,
  withoutEngineEnglish,
} from './scripts/lib/content-entries.mjs';
import { packageExtension } from './scripts/lib/extension-package.mjs';
import { profanityList } from './scripts/lib/profanity-plugin.mjs';
import { pureSchemas } from './scripts/lib/pure-schemas.mjs';
// The guarded hosts come from the platform registry (Vite bundles the config with its imports).
import { siteScripts } from './src/core/platforms';

const root = path.dirname(fileURLToPath(import.meta.url));
const src = (file: string) => path.join(root, 'src', file);
// POSTGUARD_DIST_DIR builds elsewhere (parallel work, the bench) without clobbering dist/.
const dist = path.resolve(root, process.env.POSTGUARD_DIST_DIR || 'dist');
const stage = path.join(dist, '.stage');
const target = 'es2022';
const sites = siteScripts();
/**
 * An organisation's build: the Mastodon servers it guards with no prompt, granted at
 * install (POSTGUARD_MASTODON_SERVERS=social.example.org,…; docs/admin/mastodon.md).
 */
const servers = (process.env.POSTGUARD_MASTODON_SERVERS ?? '')
  .split(',')
  .map((host) => host.trim().toLowerCase())
  .filter(Boolean);

/** The content script of `platform`: one classic script, its site's adapter only. */
function contentEnvironment(platform: string): EnvironmentOptions {
  return {
    consumer: 'client',
    build: {
      outDir: stage,
      emptyOutDir: false,
      target,
      lib: {
        entry: contentEntry(platform),
        formats: ['iife'],
        name: 'postguardContent',
        fileName: () => contentScriptFile(platform),
      },
      rollupOptions: {
        treeshake: {
          moduleSideEffects: (id: string) => !/[\\/]src[\\/](core|shared)[\\/]/u.test(id),
        },
      },
    },
  };
}
const contentEnvironments = Object.fromEntries(
  sites.map(({ platform }) => [
    `content_${platform.replace(/-/gu, '_')}`,
    contentEnvironment(platform),
  ]),
);

export default defineConfig({
  root: path.join(root, 'src'),
  base: './',
  logLevel: 'warn',
  // No .env files: the build's output depends on the sources alone.
  envDir: false,
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  plugins: [
    profanityList(),
    contentEntries(src('.')),
    nativeBrowserApi(src('.')),
    withoutEngineEnglish(),
    {
      ...pureSchemas(),
      applyToEnvironment: (environment) => environment.name.startsWith('content_'),
    },
  ],
  builder: {
    async buildApp(builder) {
      await rm(dist, { recursive: true, force: true });
      await builder.build(builder.environments.pages!);
      for (const name of Object.keys(contentEnvironments)) {
        await builder.build(builder.environments[name]!);
      }
      await packageExtension({ root, stage, dist, sites, servers });
    },
  },
  environments: {
    pages: {
      consumer: 'client',
      build: {
        outDir: stage,
        emptyOutDir: true,
        target,
        modulePreload: false,
        rollupOptions: {
          input: {
            popup: src('popup.html'),
            options: src('options.html'),
            incident: src('incident.html'),
            welcome: src('welcome.html'),
            background: src('background/index.ts'),
          },
          output: {
            entryFileNames: '[name].js',
            chunkFileNames: 'chunks/[name]-[hash].js',
            assetFileNames: 'assets/[name]-[hash][extname]',
          },
        },
      },
    },
    ...contentEnvironments,
  },
});
