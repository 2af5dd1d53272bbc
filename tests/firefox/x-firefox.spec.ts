// Postguard in Firefox ESR (a first slice of the Firefox layer): the Firefox build, installed
// as a temporary add-on, guards the X fixture served at x.com. A post from the council's
// corporate account is held in the dialog (in its shadow root); Cancel sends nothing and
// keeps the text; "Post as" sends it once. A personal post goes out at once. The install
// opened the welcome page (no managed policy here).
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { launchFirefox, type FirefoxHarness } from './firefox-browser';

test.describe.configure({ mode: 'serial' });

const EDITOR = '[contenteditable="true"][data-testid="tweetTextarea_0"]';
const POST = '[data-testid="tweetButtonInline"]';
const DIALOG = 'pierce/[role="alertdialog"]';
const TEXT = 'Bin collections move to Tuesday.';

declare const browser: { runtime: { sendMessage(message: unknown): Promise<{ ok: boolean }> } };

let firefox: FirefoxHarness;

test.beforeAll(async () => {
  test.setTimeout(60_000);
  firefox = await launchFirefox();
  // The sample rules, imported as the options page imports a file.
  const options = await firefox.extensionPage('options.html');
  const text = readFileSync('docs/examples/kingsford-council.json', 'utf8');
  const imported = await options.evaluate(
    (rules) => browser.runtime.sendMessage({ type: 'rules/import', text: rules }),
    text,
  );
  expect(imported.ok).toBe(true);
  await options.close();
});

test.afterAll(async () => {
  await firefox?.close();
});

test('the install opened the welcome page: with no policy, Firefox refuses managed storage, so not managed', () => {
  expect(firefox.welcomeOpened).toBe(true);
});

const sent = (page: Page) =>
  page.evaluate(() => (window as unknown as { __sent?: { account: string }[] }).__sent ?? []);

async function xAs(active: string) {
  const page = await firefox.sitePage(
    `https://x.com/home?accounts=KingsfordGov,janedoe_fun&active=${active}`,
    EDITOR,
  );
  await page.click(EDITOR);
  await page.keyboard.type(TEXT);
  return page;
}

/** The dialog's button named `name`, clicked once its input protection is over. */
async function clickWhenArmed(page: Page, name: string) {
  const dialog = await page.waitForSelector(DIALOG);
  const button = await dialog!.waitForSelector(`::-p-text(${name})`);
  await page.waitForFunction(
    (el) => el?.closest('button')?.getAttribute('aria-disabled') !== 'true',
    { polling: 'mutation' },
    button,
  );
  await button!.click();
}

test('a corporate post on X is held; Cancel keeps the text; "Post as" sends it once', async () => {
  const page = await xAs('KingsfordGov');
  await page.click(POST);
  const dialog = await page.waitForSelector(DIALOG);
  expect(await dialog!.evaluate((d) => d.textContent)).toContain(TEXT);
  await clickWhenArmed(page, 'Cancel');
  await page.waitForSelector(DIALOG, { hidden: true });
  expect(await sent(page)).toEqual([]);
  expect(await page.$eval(EDITOR, (e) => e.textContent)).toBe(TEXT);

  await page.click(POST);
  await clickWhenArmed(page, 'Post as @KingsfordGov');
  await expect.poll(() => sent(page)).toHaveLength(1);
  await new Promise((done) => setTimeout(done, 300));
  expect(await sent(page)).toMatchObject([{ account: 'KingsfordGov' }]);
  await page.close();
});

test('a personal post on X goes out at once, with no dialog', async () => {
  const page = await xAs('janedoe_fun');
  await page.click(POST);
  await expect.poll(() => sent(page)).toMatchObject([{ account: 'janedoe_fun' }]);
  expect(await page.$(DIALOG)).toBeNull();
  await page.close();
});
