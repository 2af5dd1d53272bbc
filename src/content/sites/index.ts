// Which adapter guards which host. Adding a site = one adapter + one line here.
import type { SiteAdapter } from './adapter';
import { xAdapter } from './x';
import { facebookAdapter } from './facebook';
import { linkedinAdapter } from './linkedin';

const SITES: { hosts: readonly string[]; adapter: SiteAdapter }[] = [
  { hosts: ['x.com', 'twitter.com', 'mobile.x.com'], adapter: xAdapter },
  { hosts: ['www.facebook.com', 'web.facebook.com', 'm.facebook.com'], adapter: facebookAdapter },
  { hosts: ['www.linkedin.com'], adapter: linkedinAdapter },
];

export function adapterFor(hostname: string): SiteAdapter | null {
  return SITES.find((site) => site.hosts.includes(hostname))?.adapter ?? null;
}
