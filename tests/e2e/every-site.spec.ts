// What Postguard does the same way on every guarded site (tests/drive/scenarios.ts), in
// Chromium: each scenario once per platform of the registry, through its site driver
// (tests/drive/drivers/) on a Playwright page (playwright-tab.ts). The same list runs in
// Firefox ESR (tests/firefox/every-site.spec.ts).
import { PLATFORMS } from '../../src/core/platforms';
import { DRIVERS } from '../drive/drivers';
import { SCENARIOS } from '../drive/scenarios';
import { test } from './fixtures';
import { playwrightBrowser } from './playwright-tab';

for (const platform of PLATFORMS) {
  const site = DRIVERS[platform];
  test.describe(platform, () => {
    if (site.build === 'organisation') test.use({ organisationBuild: true });
    for (const scenario of SCENARIOS) {
      test(scenario.title, ({ context }) => scenario.run(playwrightBrowser(context), site));
    }
  });
}
