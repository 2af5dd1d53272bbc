// The extension API as the content scripts use it: the browser's own, without
// webextension-polyfill. The build puts this module where content code imports the
// polyfill (scripts/lib/content-entries.mjs, nativeBrowserApi); the pages and the worker
// keep the polyfill. What content code calls returns promises in both browsers' MV3 APIs
// (storage, runtime.sendMessage) or is synchronous (i18n, runtime.getURL), and messages
// are answered through sendResponse (tab-status.ts): the polyfill's wrapping adds nothing
// there but a tenth of every guarded page's script.
import type { Browser } from 'webextension-polyfill';

const scope = globalThis as { browser?: Browser; chrome?: Browser };

/** Firefox's `browser`, else Chrome's `chrome` (MV3: the same promise-returning calls). */
const browser: Browser = scope.browser ?? (scope.chrome as Browser);

export default browser;
