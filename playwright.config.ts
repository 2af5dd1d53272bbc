import { defineConfig } from '@playwright/test';

// The browser itself (with the extension loaded) is launched by tests/e2e/fixtures.ts:
// one Chromium per worker, reset before each test (tests/e2e/shared-browser.ts). Three
// workers on a 2-core machine, every test free to run on any of them: a test spends most
// of its time waiting (the dialog's input protection, the send delay), and the long grids
// would otherwise run one file per worker. A trace is recorded only on a retry: recording
// every test costs about half a second each.
// The send grids (a test runs a surface's cells in turn, tests/e2e/cells.ts) are the longest
// tests: their project comes first, so that no worker is left with one of them at the end
// while the others stand idle.
// Managed policy is machine-wide (a file every Chromium on the machine reads at start:
// managed-policy.spec.ts), so its spec runs alone, in order, after every other test.
const GRIDS = /(send-grid|release-matrix)\.spec\.ts$/u;
const POLICY = /managed-policy\.spec\.ts$/u;

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  workers: Number(process.env.POSTGUARD_E2E_WORKERS) || 3,
  fullyParallel: true,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  // The list, then one line per browser (tests/support/project-summary.ts).
  reporter: [['list'], ['./tests/support/project-summary.ts']],
  timeout: 30_000,
  expect: { timeout: 5_000 },
  outputDir: 'test-results',
  use: {
    trace: 'on-first-retry',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'grids', testMatch: GRIDS },
    { name: 'sites', testIgnore: [GRIDS, POLICY] },
    // Firefox ESR through puppeteer-core (tests/firefox/): its own browser, beside the others.
    { name: 'firefox', testDir: 'tests/firefox' },
    {
      name: 'policy',
      testMatch: POLICY,
      dependencies: ['grids', 'sites'],
      fullyParallel: false,
    },
  ],
});
