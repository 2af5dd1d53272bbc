// A Playwright reporter that ends a run with one line per browser: how many tests passed,
// failed, were flaky or skipped in Chromium (the `grids`, `sites` and `policy` projects) and
// in Firefox ESR (the `firefox` project), so a CI log shows each browser's layer at a glance.
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

type Tally = Record<'passed' | 'failed' | 'flaky' | 'skipped', number>;

const browserOf = (test: TestCase) =>
  test.parent.project()?.name === 'firefox' ? 'Firefox ESR' : 'Chromium';

export default class ProjectSummary implements Reporter {
  private readonly last = new Map<TestCase, TestResult>();

  onTestEnd(test: TestCase, result: TestResult): void {
    this.last.set(test, result);
  }

  onEnd(result: FullResult): void {
    const tallies = new Map<string, Tally>();
    for (const test of this.last.keys()) {
      const browser = browserOf(test);
      const tally = tallies.get(browser) ?? { passed: 0, failed: 0, flaky: 0, skipped: 0 };
      const outcome = test.outcome();
      if (outcome === 'expected') tally.passed++;
      else if (outcome === 'flaky') tally.flaky++;
      else if (outcome === 'skipped') tally.skipped++;
      else tally.failed++;
      tallies.set(browser, tally);
    }
    for (const [browser, tally] of [...tallies].sort()) {
      const counts = Object.entries(tally)
        .filter(([, n]) => n > 0)
        .map(([what, n]) => `${n} ${what}`)
        .join(', ');
      console.log(`${browser} layer: ${counts}`);
    }
    console.log(`Browser tests: ${result.status}`);
  }

  printsToStdio(): boolean {
    return false;
  }
}
