// Pages saved from the live sites (evidence grade R, docs/sites/x.md): they live in
// the shared folder beside this repository (`<repo>/../shared/real-dom`, or
// POSTGUARD_REAL_DOM). The files stay there, never in the repository (they are
// the sites' markup and other people's posts). Adding a page is an entry here;
// tests/e2e/real-dom.spec.ts and tests/dom/real-dom.test.ts loop over them.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Platform } from '../../src/core/rules/schema';

export interface RealDomSnapshot {
  /** Path under the real-dom folder. */
  file: string;
  /** The URL it is served at (the content script injects by URL). */
  url: string;
  platform: Platform;
  /** The account the page was saved signed in as, as the site shows it. */
  account: string;
  /** The post's editable (exactly one on the page). */
  editor: string;
  /** The send control of that compose box. */
  sendButton: string;
  /** What the site's own script does once text is typed, which cannot run offline. */
  enableSend: 'remove-disabled';
  /**
   * Every place the page shows the account: removed one by one, the account
   * must still be read from what is left; all removed, it must be unknown.
   */
  accountTraces: { name: string; selector: string }[];
}

export const SNAPSHOTS: RealDomSnapshot[] = [
  {
    file: 'x/home-2025-11.html',
    url: 'https://x.com/home',
    platform: 'x',
    account: '@__regenerate',
    editor: '[contenteditable="true"][data-testid="tweetTextarea_0"]',
    sendButton: 'button[data-testid="tweetButtonInline"]',
    enableSend: 'remove-disabled',
    accountTraces: [
      { name: 'account switcher', selector: '[data-testid="SideNav_AccountSwitcher_Button"]' },
      { name: 'Profile link', selector: 'a[data-testid="AppTabBar_Profile_Link"]' },
      {
        name: 'composer avatar',
        selector: '[data-testid="primaryColumn"] [data-testid="UserAvatar-Container-__regenerate"]',
      },
    ],
  },
];

/** Vitest and Playwright both run from the repository's root. */
const REPO = process.cwd();

/** The shared real-dom folder: POSTGUARD_REAL_DOM, else `<repo>/../shared/real-dom`. */
export const REAL_DOM_DIR =
  process.env.POSTGUARD_REAL_DOM || resolve(REPO, '..', 'shared', 'real-dom');

/** The snapshot's file; throws, saying where it looked, when the folder or file is missing. */
export function snapshotPath(snapshot: RealDomSnapshot): string {
  const path = join(REAL_DOM_DIR, snapshot.file);
  if (!existsSync(path)) {
    throw new Error(
      `real-dom snapshot ${snapshot.file} is missing: expected ${path} ` +
        '(the shared real-dom folder beside the repository, or set POSTGUARD_REAL_DOM)',
    );
  }
  return path;
}
