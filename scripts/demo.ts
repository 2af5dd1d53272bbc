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

async function walkThrough(page: Page) {
  mkdirSync(OUT, { recursive: true });
  const shot = async (name: string, what: string) => {
    await page.screenshot({ path: `${OUT}/${name}` });
    console.log(`  ${name.padEnd(22)} ${what}`);
  };
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

if (headless) {
  await options.close();
  console.log(`No display: a scripted walk-through, screenshots in ${OUT}/`);
  await walkThrough(page);
  await context.close();
  console.log('Done.');
} else {
  console.log(
    'Try it: post from @KingsfordCouncil (asks first), write "bomb" (blocked), switch to\n' +
      '@janedoe_fun with the account button (lower left) and post freely. Close the browser to end.',
  );
  await new Promise((done) => context.on('close', done));
}
