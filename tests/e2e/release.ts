// Releasing a held post as a person does: a click on "Post as …" or "Post anyway" once its
// input protection is over (src/content/ui/input-protection.ts), which the button says by
// dropping aria-disabled. Playwright's click waits for an enabled element too, but retries
// after 20, 100, 100 and then 500 ms, so most of its clicks landed a third of a second after
// the button was armed, in hundreds of releases (README.md, "Two commands").
import type { Locator } from '@playwright/test';
import { untilArmed } from '../drive/armed';

/** Clicks `button` as soon as it no longer says aria-disabled="true". */
export async function clickWhenArmed(button: Locator): Promise<void> {
  await button.evaluate(untilArmed);
  await button.click();
}
