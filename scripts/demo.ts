// npm run demo: builds Postguard and shows it guarding posts on the fixture X
// (served at https://x.com, no network), with a sample rule file imported.
// With a display it opens Chromium for you to try; without one (or with
// --headless) it runs a scripted walk-through and saves screenshots.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { buildExtension } from './build.mjs';
import { buildSites } from '../tests/fixtures/build-sites.mjs';
import { extensionIdOf, launchChromium, serveFixtureSites } from '../tests/e2e/browser';

const SAMPLE_RULES = resolve('docs/examples/kingsford-council.json');
const OUT = resolve('demo-output');
const EDITOR = '[data-testid="tweetTextarea_0"] .public-DraftEditor-content';
const headless = process.argv.includes('--headless') || !process.env.DISPLAY || !!process.env.CI;

async function importSampleRules(context: BrowserContext, id: string) {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${id}/options.html`);
  await options.getByLabel('Import rule file').setInputFiles(SAMPLE_RULES);
  await options.getByRole('status').filter({ hasText: 'Imported' }).waitFor();
  console.log(`  imported ${SAMPLE_RULES}`);
  return options;
}

async function compose(page: Page, text: string) {
  await page.locator(EDITOR).click();
  await page.keyboard.type(text);
}

const shooter = (page: Page) => async (name: string, what: string) => {
  await page.screenshot({ path: `${OUT}/${name}` });
  console.log(`  ${name.padEnd(24)} ${what}`);
};

async function walkThrough(page: Page) {
  mkdirSync(OUT, { recursive: true });
  const shot = shooter(page);
  await page.getByRole('status').filter({ hasText: 'Posting as' }).first().waitFor();
  await shot('1-indicator.png', 'the compose indicator: Posting as @KingsfordCouncil · corporate');

  await compose(page, 'Bin collections move to Tuesday next week.');
  await page.getByTestId('tweetButtonInline').click();
  const dialog = page.getByRole('alertdialog');
  await dialog.waitFor();
  await shot('2-confirm-dialog.png', 'a corporate post waits for "Post as @KingsfordCouncil"');
  await dialog.getByRole('button', { name: 'Post as @KingsfordCouncil' }).click();
  await page.getByTestId('sent-log').getByText('Bin collections').waitFor();

  await compose(page, "Stick a bomb under the lot of them and there'll be #nomorecuts");
  await page.keyboard.press('Control+Enter');
  await dialog.waitFor();
  await shot('3-block-dialog.png', 'a banned term blocks the post (Ctrl+Enter was caught too)');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await shot('4-after-cancel.png', 'Cancel: nothing sent, the text is still in the box');
}

/** Facebook: a post from the council's Page waits for confirmation. */
async function facebookWalkThrough(page: Page) {
  const shot = shooter(page);
  await page.getByRole('region', { name: 'Create a post' }).getByRole('button').click();
  const editor = page.getByRole('dialog').locator('[data-lexical-editor="true"]');
  await editor.click();
  await page.keyboard.type('Our libraries open late on Thursdays 🎉');
  await page.getByRole('dialog').getByRole('button', { name: 'Post', exact: true }).click();
  await page.getByRole('alertdialog').waitFor();
  await shot(
    '5-facebook-confirm.png',
    'Facebook: posting as the Kingsford Council Page asks first',
  );
  await page.keyboard.press('Escape');
}

/** LinkedIn: swearing from the company page is caught (the built-in profanity list). */
async function linkedinWalkThrough(page: Page) {
  const shot = shooter(page);
  await page.getByRole('button', { name: 'Start a post' }).click();
  await page.locator('.ql-editor').click();
  await page.keyboard.type('Great turnout at the council meeting, shit weather though');
  await page.locator('button.share-actions__primary-action').click();
  await page.getByRole('alertdialog').waitFor();
  await shot('6-linkedin-profanity.png', 'LinkedIn: profanity from the company page is caught');
  await page.keyboard.press('Escape');
}

console.log('Building the extension and the fixture sites…');
await buildExtension();
await buildSites();
const { context } = await launchChromium({ headless });
await serveFixtureSites(context);
const id = await extensionIdOf(context);
console.log(`Postguard ${id} loaded in Chromium (${headless ? 'headless' : 'with a window'}).`);
const options = await importSampleRules(context, id);
const page = await context.newPage();
await page.goto('https://x.com/home?accounts=KingsfordCouncil,janedoe_fun&active=KingsfordCouncil');

const facebook = await context.newPage();
await facebook.goto('https://www.facebook.com/?active=Kingsford%20Council');
const linkedin = await context.newPage();
await linkedin.goto('https://www.linkedin.com/feed/?author=Kingsford%20Council');

if (headless) {
  await options.close();
  console.log(`No display: a scripted walk-through, screenshots in ${OUT}/`);
  await walkThrough(page);
  await facebookWalkThrough(facebook);
  await linkedinWalkThrough(linkedin);
  await context.close();
  console.log('Done.');
} else {
  await page.bringToFront();
  console.log(
    'Three tabs: x.com, facebook.com and linkedin.com (local stand-ins, no network).\n' +
      'Try it: post from @KingsfordCouncil (asks first), write "bomb" (blocked), switch to\n' +
      '@janedoe_fun with the account button (lower left) and post freely. Close the browser to end.',
  );
  await new Promise((done) => context.on('close', done));
}
