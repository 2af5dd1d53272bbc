// Where to find the post to delete it: the account's profile where its name
// is an address (an X handle), else the site's search for the name, and the
// page says so. Each site's link is the platform registry's (core/platforms.ts).
import { platformInfo, type Platform, type ProfileLink } from '../platforms';

export type { ProfileLink };

export function profileLink(platform: Platform | null, account: string): ProfileLink | null {
  const name = account.trim();
  if (!platform || name === '') return null;
  return platformInfo(platform).profileLink(name);
}
