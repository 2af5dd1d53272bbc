// Where to find the post to delete it. On X the account is a handle, so its
// profile has an address. Facebook and LinkedIn show only a name (a Page's or
// a person's), which has no address of its own: the best link is the site's
// search for that name, and the page says so.
import type { Platform } from '../rules/schema';

export type ProfileLink =
  { kind: 'profile'; url: string; handle: string } | { kind: 'search'; url: string; name: string };

/** X handles: letters, digits and underscores (15 today; older ones up to 20). */
const X_HANDLE = /^[A-Za-z0-9_]{1,20}$/u;

export function profileLink(platform: Platform | null, account: string): ProfileLink | null {
  const name = account.trim();
  if (!platform || name === '') return null;
  const query = encodeURIComponent(name);
  switch (platform) {
    case 'x': {
      const handle = name.replace(/^@/u, '');
      if (X_HANDLE.test(handle)) return { kind: 'profile', url: `https://x.com/${handle}`, handle };
      return { kind: 'search', url: `https://x.com/search?q=${query}&f=user`, name };
    }
    case 'facebook':
      return { kind: 'search', url: `https://www.facebook.com/search/top/?q=${query}`, name };
    case 'linkedin':
      return {
        kind: 'search',
        url: `https://www.linkedin.com/search/results/all/?keywords=${query}`,
        name,
      };
  }
}
