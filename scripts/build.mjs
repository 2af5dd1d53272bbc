// npm run build: writes dist/chrome and dist/firefox from the one manifest.json.
// Pages and the background worker are ES modules; each content script is a
// single classic (IIFE) script, as MV3 content scripts must be.
import { build } from 'vite';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { profanityList } from './lib/profanity-plugin.mjs';
import { pureSchemas } from './lib/pure-schemas.mjs';
import { iconPng } from './lib/icons.mjs';
import { manifestFor } from './lib/manifest.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
// POSTGUARD_DIST_DIR lets parallel work build elsewhere without clobbering dist/.
const dist = path.resolve(root, process.env.POSTGUARD_DIST_DIR || 'dist');
const stage = path.join(dist, '.stage');
const common = {
  configFile: false,
  logLevel: 'warn',
  plugins: [profanityList()],
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
};

export async function buildExtension() {
  await rm(dist, { recursive: true, force: true });
  await build({
    ...common,
    root: path.join(root, 'src'),
    base: './',
    build: {
      outDir: stage,
      emptyOutDir: true,
      target: 'es2022',
      modulePreload: false,
      rollupOptions: {
        input: {
          popup: path.join(root, 'src/popup.html'),
          options: path.join(root, 'src/options.html'),
          incident: path.join(root, 'src/incident.html'),
          background: path.join(root, 'src/background/index.ts'),
        },
        output: {
          entryFileNames: '[name].js',
          chunkFileNames: 'chunks/[name]-[hash].js',
          assetFileNames: 'assets/[name]-[hash][extname]',
        },
      },
    },
  });
  // The content script runs in every page of the guarded sites, so it carries
  // only what it uses. The modules of src/core and src/shared have no side
  // effects when imported, and zod schemas none when built (pure-schemas.mjs):
  // what the content script does not use (the worker's schemas, and zod: it
  // checks the rules without it, see shared/rules-state.ts) is left out.
  await build({
    ...common,
    plugins: [...common.plugins, pureSchemas()],
    build: {
      outDir: stage,
      emptyOutDir: false,
      target: 'es2022',
      rollupOptions: {
        treeshake: {
          moduleSideEffects: (id) => !/[\\/]src[\\/](core|shared)[\\/]/u.test(id),
        },
      },
      lib: {
        entry: path.join(root, 'src/content/index.ts'),
        formats: ['iife'],
        name: 'postguardContent',
        fileName: () => 'content.js',
      },
    },
  });
  await mkdir(path.join(stage, 'icons'), { recursive: true });
  for (const size of [16, 32, 48, 128]) {
    await writeFile(path.join(stage, 'icons', `icon-${size}.png`), iconPng(size));
  }
  // Files the browser reads by name: translations and the managed-policy schema.
  await cp(path.join(root, 'src/_locales'), path.join(stage, '_locales'), { recursive: true });
  await cp(path.join(root, 'src/managed-schema.json'), path.join(stage, 'managed-schema.json'));
  const source = JSON.parse(await readFile(path.join(root, 'manifest.json'), 'utf8'));
  for (const browser of ['chrome', 'firefox']) {
    const out = path.join(dist, browser);
    await cp(stage, out, { recursive: true });
    await writeFile(
      path.join(out, 'manifest.json'),
      JSON.stringify(manifestFor(source, browser), null, 2),
    );
  }
  await rm(stage, { recursive: true, force: true });
  return dist;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = await buildExtension();
  console.log(`Built ${path.relative(root, out)}/chrome and ${path.relative(root, out)}/firefox`);
}
