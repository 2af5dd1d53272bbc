// Opening a page saved from a live site with the extension loaded, typing into it as a person
// does, and counting what gets past the guard to the page: shared by the real-markup specs.
import type { BrowserContext, Page } from '@playwright/test';
import { expect } from './fixtures';
import { serveSnapshot } from './real-dom';
import { setRules, ruleFile } from './rules';
import type { RealDomSnapshot } from '../real-dom/snapshots';
import { enterText } from './typing';

export const TEXT = 'Quarterly figures are out today';

/** Opens the snapshot with the extension loaded and its account corporate; waits for the guard. */
export async function open(
  snapshot: RealDomSnapshot,
  fixtures: { context: BrowserContext },
  allowed: Set<string>,
): Promise<Page> {
  const { context } = fixtures;
  const handle = snapshot.account.replace(/^@/, '');
  await setRules(
    context,
    ruleFile({
      organization: 'Real page check',
      accounts: [{ platform: snapshot.platform, handle, role: 'corporate' }],
    }),
  );
  await serveSnapshot(context, snapshot, allowed);
  const page = await context.newPage();
  await page.goto(snapshot.url);
  await expect(page.locator(snapshot.editor)).toHaveCount(1);
  // Ready when the person can see who is posting: on a busy machine the guard starts on this
  // large page seconds after the markup is in, and a send before that is not the guard's.
  await expect(page.getByRole('status').filter({ hasText: 'Posting as' })).toBeVisible({
    timeout: 20_000,
  });
  return page;
}

/** Types into the editor, then does what the site's own script does once there is text. */
export async function write(page: Page, snapshot: RealDomSnapshot) {
  const editor = page.locator(snapshot.editor);
  await editor.click();
  // Into the editor's first text block, where the site's editor keeps the caret.
  await editor.evaluate((el) => {
    const block = el.querySelector('[data-block] span') ?? el;
    getSelection()?.collapse(block, 0);
  });
  await enterText(page, TEXT);
  await expect(editor).toContainText(TEXT);
  if (snapshot.enableSend === 'remove-disabled') {
    await page.locator(snapshot.sendButton).evaluate((button) => {
      button.removeAttribute('disabled');
      button.removeAttribute('aria-disabled');
      button.setAttribute('tabindex', '0');
    });
  }
}

/** Counts clicks on the send button and Ctrl/Cmd+Enter keydowns that get past the guard. */
export async function countSends(page: Page, snapshot: RealDomSnapshot) {
  await page.evaluate((sendButton) => {
    const w = window as unknown as { __reached: string[] };
    w.__reached = [];
    document.addEventListener('click', (e) => {
      if ((e.target as Element).closest(sendButton)) w.__reached.push('click');
    });
    document.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) w.__reached.push('keydown');
    });
  }, snapshot.sendButton);
  return () => page.evaluate(() => (window as unknown as { __reached: string[] }).__reached);
}
