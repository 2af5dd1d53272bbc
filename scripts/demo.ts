// npm run demo: builds Postguard and shows it guarding posts on the fixture sites
// (served at their real addresses, no network), with a sample rule file imported. It runs
// the council's own build, which lists its Mastodon servers (granted at install, as an
// organisation's build does: docs/admin/README.md#mastodon-servers); `npm run build`'s
// dist/chrome is built too.
// With a display it opens Chromium for you to try; without one (or with
// --headless) it runs a scripted walk-through and saves screenshots.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { createBuilder } from 'vite';
import { buildSites } from '../tests/fixtures/build-sites.mjs';
import {
  extensionIdOf,
  launchChromium,
  ORGANISATION_EXTENSION_DIR,
  ORGANISATION_SERVERS,
  serveFixtureSites,
} from '../tests/e2e/browser';
import { ensureChromium } from '../tests/support/chromium';
import {
  blueskyWalkThrough,
  mastodonWalkThrough,
  toneWalkThrough,
  tweetdeckWalkThrough,
} from './lib/demo-more-sites';

const SAMPLE_RULES = resolve('docs/examples/kingsford-council.json');
const OUT = resolve('demo-output');
const EDITOR = '[contenteditable="true"][data-testid="tweetTextarea_0"]';
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
  await shot('1-indicator.png', 'the compose indicator: Posting as @KingsfordGov · corporate');

  await compose(page, 'Bin collections move to Tuesday next week.');
  await page.getByTestId('tweetButtonInline').click();
  const dialog = page.getByRole('alertdialog');
  await dialog.waitFor();
  await shot('2-confirm-dialog.png', 'a corporate post waits for "Post as @KingsfordGov"');
  await dialog.getByRole('button', { name: 'Post as @KingsfordGov' }).click();
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
  // Postguard reads the identity from the account menu: a glance at it is enough.
  await page.getByRole('banner').getByRole('button', { name: 'Your profile' }).click();
  await page.getByRole('radio', { name: 'Kingsford Council', checked: true }).waitFor();
  await page.waitForTimeout(300);
  await page.keyboard.press('Escape');
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
  await page.locator('.ql-editor').filter({ visible: true }).click();
  await page.keyboard.type('Great turnout at the council meeting, shit weather though');
  await page.locator('button.share-actions__primary-action').filter({ visible: true }).click();
  await page.getByRole('alertdialog').waitFor();
  await shot('6-linkedin-profanity.png', 'LinkedIn: profanity from the company page is caught');
  await page.keyboard.press('Escape');
}

/** The X tab's id, as the worker sees it (the popup describes the tab named by ?tab=). */
async function xTabId(context: BrowserContext): Promise<number | undefined> {
  const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  return worker?.evaluate(async () => {
    const tabs = await (
      globalThis as unknown as {
        chrome: { tabs: { query(q: { url: string }): Promise<{ id?: number }[]> } };
      }
    ).chrome.tabs.query({ url: 'https://x.com/*' });
    return tabs[0]?.id;
  });
}

/**
 * A personal post confirmed from the council's account by mistake, then the way back: the
 * popup's "I posted to the wrong account" opens the incident guide, prefilled from the audit
 * log; the first step is ticked (and stamped) and the report is exported for the team.
 */
async function incidentWalkThrough(context: BrowserContext, id: string, page: Page) {
  await page.bringToFront();
  // The cancelled post is still in the box (screenshot 4): clear it first.
  await page.locator(EDITOR).click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type('Who fancies the pub after work?');
  await page.getByTestId('tweetButtonInline').click();
  await page
    .getByRole('alertdialog')
    .getByRole('button', { name: 'Post as @KingsfordGov' })
    .click();
  await page.getByTestId('sent-log').getByText('Who fancies the pub').waitFor();

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${id}/popup.html?tab=${(await xTabId(context)) ?? ''}`);
  const [guide] = await Promise.all([
    context.waitForEvent('page'),
    popup.getByRole('button', { name: 'I posted to the wrong account' }).click(),
  ]);
  await guide.setViewportSize({ width: 1000, height: 1250 });
  const shot = shooter(guide);
  const account = guide.getByLabel('Account', { exact: true });
  await account.waitFor();
  await guide.waitForFunction(() =>
    Boolean((document.getElementById('incident-account') as HTMLInputElement | null)?.value),
  );
  await guide.getByRole('checkbox', { name: 'Delete the post now' }).check();
  await guide.getByText(/^Done at /u).waitFor();
  await shot('7-incident-guide.png', 'the incident guide, prefilled from the log; a step ticked');

  await guide
    .getByLabel('Notes for the review')
    .fill('Deleted within two minutes; comms lead told.');
  const [report] = await Promise.all([
    guide.waitForEvent('download'),
    guide.getByRole('button', { name: 'Export report as Markdown' }).click(),
  ]);
  await report.saveAs(`${OUT}/incident-report.md`); // one name, however often the demo runs
  await guide.getByRole('status').filter({ hasText: 'Exported' }).waitFor();
  await guide.evaluate(() =>
    document.getElementById('incident-report')?.scrollIntoView({ block: 'start' }),
  );
  await shot('8-incident-report.png', `the report exported (saved as ${OUT}/incident-report.md)`);
}

ensureChromium();
console.log('Building the extension and the fixture sites…');
// The same build as `npm run build`: vite.config.ts; then the council's, with its servers.
await (
  await createBuilder({ configFile: resolve('vite.config.ts'), configLoader: 'runner' })
).buildApp();
process.env.POSTGUARD_DIST_DIR = resolve(ORGANISATION_EXTENSION_DIR, '..');
process.env.POSTGUARD_MASTODON_SERVERS = ORGANISATION_SERVERS.join(',');
await (
  await createBuilder({ configFile: resolve('vite.config.ts'), configLoader: 'runner' })
).buildApp();
await buildSites();
const { context } = await launchChromium({ headless, extensionDir: ORGANISATION_EXTENSION_DIR });
await serveFixtureSites(context);
const id = await extensionIdOf(context);
console.log(`Postguard ${id} loaded in Chromium (${headless ? 'headless' : 'with a window'}).`);
const options = await importSampleRules(context, id);
const page = await context.newPage();
await page.goto('https://x.com/home?accounts=KingsfordGov,janedoe_fun&active=KingsfordGov');

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
  await incidentWalkThrough(context, id, page);
  await blueskyWalkThrough(context, shooter);
  await tweetdeckWalkThrough(context, shooter);
  await mastodonWalkThrough(context, shooter);
  await toneWalkThrough(context, shooter);
  await context.close();
  console.log('Done.');
} else {
  for (const url of [
    'https://bsky.app/?active=kingsford.gov.uk',
    'https://x.com/i/tweetdeck?selected=KingsfordGov',
    'https://social.kingsford.gov.uk/home?me=press',
  ]) {
    await (await context.newPage()).goto(url);
  }
  await page.bringToFront();
  console.log(
    'Tabs of x.com, facebook.com, linkedin.com, bsky.app and x.com/i/tweetdeck\n' +
      '(local stand-ins, no network).\n' +
      'Try it: post from @KingsfordGov (asks first), write "bomb" (blocked), switch to\n' +
      '@janedoe_fun with the account button (lower left) and post freely. Close the browser to end.',
  );
  await new Promise((done) => context.on('close', done));
}
