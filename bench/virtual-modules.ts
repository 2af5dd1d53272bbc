// The engine imports the profanity list as `virtual:profanity-en`, a module that only the
// build's Vite plugin provides. Under tsx there is no Vite, so this registers a Node resolve
// hook that answers that one specifier with the same list the build emits (as a data: URL).
// The engine's own code then runs untransformed by any bundler, as tsx compiles it.
import { register } from 'node:module';
import { englishProfanity } from '../scripts/lib/profanity-plugin.mjs';

// The hook runs on Node's loader thread, so it is a module of its own (here a data: URL).
const HOOK = `
let url;
export function initialize(data) { url = data.url; }
export function resolve(specifier, context, next) {
  return specifier === 'virtual:profanity-en' ? { url, shortCircuit: true } : next(specifier, context);
}`;

let registered = false;

export function registerVirtualModules(): void {
  if (registered) return;
  registered = true;
  const list = `export default ${JSON.stringify(englishProfanity())};`;
  register(`data:text/javascript,${encodeURIComponent(HOOK)}`, {
    data: { url: `data:text/javascript,${encodeURIComponent(list)}` },
  });
}
