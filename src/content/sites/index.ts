// Which adapter guards which host: the host's platform in the registry
// (core/platforms.ts), and the adapter of that platform's folder here. Every
// `sites/<platform>/index.ts` exports its adapter as default and is found by
// the bundler. No content script imports this module: each site's script
// imports its own adapter only (scripts/lib/content-entries.mjs); the tests,
// the bench and the demo use it to reach every adapter, and
// tests/unit/platform-registry.test.ts fails when a platform has no adapter,
// or a folder no platform.
import { isPlatform, platformOfHost, type Platform } from '../../core/platforms';
import type { SiteAdapter } from './adapter';

const FOLDERS = import.meta.glob<SiteAdapter>('./*/index.ts', { eager: true, import: 'default' });

/** Each adapter by its platform; one that names another platform is ignored. */
export const ADAPTERS: Partial<Readonly<Record<Platform, SiteAdapter>>> = Object.fromEntries(
  Object.entries(FOLDERS).flatMap(([path, adapter]) => {
    const folder = path.split('/')[1] ?? '';
    return isPlatform(folder) && adapter.platform === folder ? [[folder, adapter]] : [];
  }),
);

export function adapterFor(hostname: string): SiteAdapter | null {
  const platform = platformOfHost(hostname);
  return (platform && ADAPTERS[platform]) || null;
}
