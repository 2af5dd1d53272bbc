// The Firefox layer's fixtures: one Firefox ESR per Playwright worker (a launch costs 3 to 5
// seconds: ../shared/firefox-testing.md), with the extension as built or, for a spec that
// asks, an organisation's build; reset before each test as tests/e2e/shared-browser.ts
// resets Chromium (no tab of an earlier test, the extension's storage empty). After each
// test, nothing may have reached the network but Firefox's own services (dead-proxy.ts).
import { test as base, expect } from '@playwright/test';
import type { SiteBrowser } from '../drive/tab';
import { rulesStorageItems } from '../e2e/rules';
import { startDeadProxy, type DeadProxy } from './dead-proxy';
import {
  EXTENSION_DIR,
  launchFirefox,
  ORGANISATION_EXTENSION_DIR,
  type FirefoxHarness,
} from './firefox-browser';
import { puppeteerTab } from './puppeteer-tab';

export { expect };

interface WorkerFixtures {
  deadProxy: DeadProxy;
  /** This worker's Firefox with `build` installed: launched when first asked for. */
  firefoxWith: (build: Build) => Promise<FirefoxHarness>;
}

type Build = 'shipped' | 'organisation';

interface TestFixtures {
  /** Install the organisation's build (Mastodon's test servers granted) instead. */
  organisationBuild: boolean;
  firefox: FirefoxHarness;
  /** The shared scenarios' view of this worker's Firefox (tests/drive/tab.ts). */
  siteBrowser: SiteBrowser;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  deadProxy: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const proxy = await startDeadProxy();
      await use(proxy);
      await proxy.close();
    },
    { scope: 'worker' },
  ],
  firefoxWith: [
    async ({ deadProxy }, use) => {
      const launched = new Map<Build, Promise<FirefoxHarness>>();
      await use((build) => {
        const extensionDir = build === 'organisation' ? ORGANISATION_EXTENSION_DIR : EXTENSION_DIR;
        if (!launched.has(build))
          launched.set(build, launchFirefox({ extensionDir, proxyPort: deadProxy.port }));
        return launched.get(build)!;
      });
      await Promise.all([...launched.values()].map(async (firefox) => (await firefox).close()));
    },
    { scope: 'worker', timeout: 60_000 },
  ],
  organisationBuild: [false, { option: true }],
  firefox: async ({ firefoxWith, organisationBuild }, use) => {
    await use(await firefoxWith(organisationBuild ? 'organisation' : 'shipped'));
  },
  siteBrowser: async ({ firefox, deadProxy }, use) => {
    await firefox.closeTabs();
    await firefox.clearStorage();
    const before = deadProxy.notBrowsers().length;
    await use({
      name: 'firefox',
      newTab: async () => puppeteerTab(await firefox.newTab()),
      setRules: (rules) => firefox.setStorage(rulesStorageItems(rules)),
      untilGuarded: (host) =>
        expect
          .poll(() => firefox.registeredServers(), { timeout: 20_000 })
          .toContain(`https://${host}/*`),
    });
    await firefox.closeTabs();
    expect(deadProxy.notBrowsers().slice(before), 'requests Postguard made itself').toEqual([]);
  },
});
