// Which adapter guards which host: the host's platform in the registry
// (core/platforms.ts), and that platform's adapter here. The map's type names
// every platform, so a platform without an adapter does not compile, and
// each adapter must say it is its platform's.
import { platformOfHost, type Platform } from '../../core/platforms';
import type { SiteAdapter } from './adapter';
import { facebookAdapter } from './facebook';
import { linkedinAdapter } from './linkedin';
import { xAdapter } from './x';

export const ADAPTERS: { readonly [P in Platform]: SiteAdapter<P> } = {
  x: xAdapter,
  facebook: facebookAdapter,
  linkedin: linkedinAdapter,
};

export function adapterFor(hostname: string): SiteAdapter | null {
  const platform = platformOfHost(hostname);
  return platform ? ADAPTERS[platform] : null;
}
