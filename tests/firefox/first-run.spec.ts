// First run in Firefox: with no policy, Firefox refuses the managed-storage read, so the
// install is not a managed one and the welcome page opens (src/background/first-run.ts).
// The harness closed it, and says whether it came (firefox-browser.ts).
import { expect, test } from './fixtures';

test('the install opened the welcome page: with no policy, Firefox refuses managed storage, so not managed', ({
  firefox,
}) => {
  expect(firefox.welcomeOpened).toBe(true);
});
