// What Postguard does the same way on every guarded site (tests/drive/scenarios.ts), in
// Firefox ESR: each scenario once per platform of the registry, through its site driver
// (tests/drive/drivers/) on a puppeteer-core page (puppeteer-tab.ts). The same list runs in
// Chromium (tests/e2e/every-site.spec.ts).
import { PLATFORMS } from '../../src/core/platforms';
import { DRIVERS } from '../drive/drivers';
import { SCENARIOS } from '../drive/scenarios';
import { test } from './fixtures';

for (const platform of PLATFORMS) {
  const site = DRIVERS[platform];
  test.describe(platform, () => {
    if (site.build === 'organisation') test.use({ organisationBuild: true });
    for (const scenario of SCENARIOS) {
      test(scenario.title, ({ siteBrowser }) => scenario.run(siteBrowser, site));
    }
  });
}
