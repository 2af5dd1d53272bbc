// The site drivers, by platform: one per platform of the registry (src/core/platforms.ts).
import type { Platform } from '../../../src/core/platforms';
import { blueskyDriver } from './bluesky';
import { facebookDriver } from './facebook';
import { linkedinDriver } from './linkedin';
import { mastodonDriver } from './mastodon';
import type { SiteDriver } from './site-driver';
import { xDriver } from './x';

export const DRIVERS: Record<Platform, SiteDriver> = {
  x: xDriver,
  facebook: facebookDriver,
  linkedin: linkedinDriver,
  bluesky: blueskyDriver,
  mastodon: mastodonDriver,
};
