// The demo's walk-throughs of the sites added after the first three (scripts/demo.ts):
// Bluesky, legacy TweetDeck at x.com/i/tweetdeck, and the council's Mastodon server; and
// the tone check on X.
import type { BrowserContext, Page } from '@playwright/test';

type Shot = (name: string, what: string) => Promise<void>;

/** Bluesky: Ctrl+Enter publishes directly in the app; from the council's account it asks first. */
export async function blueskyWalkThrough(context: BrowserContext, shooter: (p: Page) => Shot) {
  const page = await context.newPage();
  await page.goto('https://bsky.app/?active=kingsford.gov.uk&compose=open');
  const editor = page.locator('[data-testid="composePostView"] .ProseMirror');
  await editor.click();
  await page.keyboard.type('Garden waste collections restart on Monday 🌱');
  await page.keyboard.press('Control+Enter');
  await page.getByRole('alertdialog').waitFor();
  await shooter(page)(
    '9-bluesky-confirm.png',
    'Bluesky: Ctrl+Enter from @kingsford.gov.uk asks first',
  );
  await page.keyboard.press('Escape');
}

/** Legacy TweetDeck: one tweet from the council and from Jane's own account at once is blocked. */
export async function tweetdeckWalkThrough(context: BrowserContext, shooter: (p: Page) => Shot) {
  const page = await context.newPage();
  await page.goto('https://x.com/i/tweetdeck?selected=KingsfordGov,janedoe_fun&docked=open');
  const text = page.locator('.js-docked-compose textarea.js-compose-text');
  await text.click();
  await page.keyboard.type('What a sunset over the river tonight');
  await page.locator('.js-docked-compose button.js-send-button').click();
  await page.getByRole('alertdialog').waitFor();
  await shooter(page)(
    '10-tweetdeck-two-accounts.png',
    'TweetDeck: one tweet from @KingsfordGov and @janedoe_fun at once is blocked',
  );
  await page.keyboard.press('Escape');
}

/** Mastodon: Ctrl+Enter submits with no click in the app; from the council's account it asks first. */
export async function mastodonWalkThrough(context: BrowserContext, shooter: (p: Page) => Shot) {
  const page = await context.newPage();
  await page.goto('https://social.kingsford.gov.uk/home?me=press&cw=1');
  await page.locator('form.compose-form input.spoiler-input__input').fill('Road works');
  const text = page.locator('form.compose-form textarea.autosuggest-textarea__textarea');
  await text.click();
  await page.keyboard.type('The high street is closed to traffic on Sunday.');
  await page.keyboard.press('Control+Enter');
  await page.getByRole('alertdialog').waitFor();
  await shooter(page)(
    '11-mastodon-confirm.png',
    'Mastodon: Ctrl+Enter from @press@social.kingsford.gov.uk asks first',
  );
  await page.keyboard.press('Escape');
}

/** The tone check: a charity-style beer post from the council's X account reads personal. */
export async function toneWalkThrough(context: BrowserContext, shooter: (p: Page) => Shot) {
  const page = await context.newPage();
  await page.goto('https://x.com/home?accounts=KingsfordGov,janedoe_fun&active=KingsfordGov');
  await page.locator('[contenteditable="true"][data-testid="tweetTextarea_0"]').click();
  await page.keyboard.type('Found two more packs of beer.... when we drink we do it right lol');
  await page.keyboard.press('Control+Enter');
  await page.getByRole('alertdialog').waitFor();
  await shooter(page)(
    '12-tone-check.png',
    'the tone check: a beer post on the council\'s account "reads like a personal post"',
  );
  await page.keyboard.press('Escape');
}
