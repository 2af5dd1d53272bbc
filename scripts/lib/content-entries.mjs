// One content script per site: the entry of platform P is a module the build makes up,
// `virtual:postguard-content/P`, which starts src/content/start.ts with P's adapter
// (src/content/sites/P/index.ts, its default export) and imports nothing of another site.
// A page of one site so loads that site's code only, and adding a site adds its script
// without a file of its own here (vite.config.ts builds one per platform of the registry).
import path from 'node:path';

const PREFIX = 'virtual:postguard-content/';
const RESOLVED = `\0${PREFIX}`;

/** The module id of platform `platform`'s content script entry. */
export const contentEntry = (platform) => `${PREFIX}${platform}`;

/** The file the manifest names for platform `platform`'s content script. */
export const contentScriptFile = (platform) => `content-${platform}.js`;

/**
 * @param {string} srcDir the absolute path of src/
 * @returns {import('vite').Plugin}
 */
export function contentEntries(srcDir) {
  const file = (relative) => JSON.stringify(path.join(srcDir, relative).split(path.sep).join('/'));
  return {
    name: 'postguard-content-entries',
    // Vite's library mode hands the entry over as a path under the root: `src/virtual:…`.
    resolveId(id) {
      const at = id.indexOf(PREFIX);
      return at >= 0 ? `\0${id.slice(at)}` : null;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return null;
      const platform = id.slice(RESOLVED.length);
      if (!/^[a-z][a-z0-9-]*$/u.test(platform)) throw new Error(`no such site: ${platform}`);
      return [
        `import adapter from ${file(`content/sites/${platform}/index.ts`)};`,
        `import { startContent } from ${file('content/start.ts')};`,
        'startContent(adapter);',
      ].join('\n');
    },
  };
}

/**
 * In the content scripts only, `webextension-polyfill` is the browser's own API
 * (src/content/native-browser.ts says why).
 * @param {string} srcDir the absolute path of src/
 * @returns {import('vite').Plugin}
 */
export function nativeBrowserApi(srcDir) {
  const native = path.join(srcDir, 'content/native-browser.ts');
  return {
    name: 'postguard-native-browser-api',
    enforce: 'pre',
    applyToEnvironment: (environment) => environment.name.startsWith('content_'),
    resolveId: (id) => (id === 'webextension-polyfill' ? native : null),
  };
}

/**
 * In the content scripts only, the engine's English sentences (src/core/engine/english.ts)
 * are an empty table: the dialog words each reason with the browser's messages
 * (src/shared/dialog-text.ts), and English there would only be a second copy of
 * _locales/en (english.ts says why).
 * @returns {import('vite').Plugin}
 */
export function withoutEngineEnglish() {
  const english = /[\\/]src[\\/]core[\\/]engine[\\/]english\.ts$/u;
  return {
    name: 'postguard-without-engine-english',
    enforce: 'pre',
    applyToEnvironment: (environment) => environment.name.startsWith('content_'),
    load: (id) => (english.test(id) ? 'export const ENGLISH_TEMPLATES = {};' : null),
  };
}
