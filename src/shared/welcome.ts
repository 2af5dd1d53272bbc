// The welcome page (src/welcome/): where it is in the build, and its three ways in, each a
// section that a link may open at (`welcome.html#accounts`). The worker opens it on install
// (background/first-run.ts); the popup opens it at a section while no rules are in force.

/** The welcome page, in the build (vite.config.ts). */
export const WELCOME_PAGE = 'welcome.html';

/** Import the organisation's rule file, set up my own accounts, my organisation manages this. */
export const WELCOME_SECTIONS = ['import', 'accounts', 'managed'] as const;
export type WelcomeSection = (typeof WELCOME_SECTIONS)[number];

export function isWelcomeSection(value: string): value is WelcomeSection {
  return (WELCOME_SECTIONS as readonly string[]).includes(value);
}
