// Which adapter guards which host. Adding a site = one adapter + one line here.
import type { SiteAdapter } from './adapter';
import { xAdapter } from './x';

const SITES: { hosts: readonly string[]; adapter: SiteAdapter }[] = [
  { hosts: ['x.com', 'twitter.com', 'mobile.x.com'], adapter: xAdapter },
];

export function adapterFor(hostname: string): SiteAdapter | null {
  return SITES.find((site) => site.hosts.includes(hostname))?.adapter ?? null;
}
