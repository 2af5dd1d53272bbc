import { defineConfig } from '@playwright/test';

// The browser itself (with the extension loaded) is launched by tests/e2e/fixtures.ts,
// one fresh Chromium per test. Two workers on a 2-core machine: a test spends most of
// its time waiting on its browser, so two browsers at once nearly halve the run.
// Managed policy is machine-wide (a file every Chromium on the machine reads at start:
// managed-policy.spec.ts), so its spec runs alone, after every other test has finished.
export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  workers: Number(process.env.POSTGUARD_E2E_WORKERS) || 2,
  fullyParallel: false,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  reporter: 'list',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  outputDir: 'test-results',
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'sites', testIgnore: /managed-policy\.spec\.ts$/u },
    { name: 'policy', testMatch: /managed-policy\.spec\.ts$/u, dependencies: ['sites'] },
  ],
});
