// "Allow on <server>" (ui-contract.md): in the build as it ships, no Mastodon server is
// guarded until a person allows it. The options page lists the servers the rules name, each
// with its button; the browser asks; refused, the server stays unguarded; accepted, the
// worker runs the Mastodon script there and a corporate post is held. A server a person
// adds is asked for the same way, and removed, is no longer guarded. A headed browser on a
// virtual screen answers the browser's own prompt (headed.ts): the one real permission flow.
import type { Page } from '@playwright/test';
import { extensionIdOf } from './browser';
import { registeredServers, untilGuarded } from './mastodon-helpers';
import { useKingsford } from './rules';
import { expect, test } from './fixtures';
import { launchHeaded } from './headed';
import { composeForm, mastodonPage, ORG_SERVER, OTHER_SERVER, typePost } from './mastodon-helpers';

const row = (options: Page, host: string) => options.locator(`li[data-server="${host}"]`);
/** The prompt is the browser's, drawn a moment after the click. */
const promptShown = (page: Page) => page.waitForTimeout(1_000);

test('Allow on <server>: refused, nothing is guarded; accepted, posts there are checked', async () => {
  test.setTimeout(60_000);
  const browser = await launchHeaded();
  try {
    const { context } = browser;
    await useKingsford(context);
    const options = await context.newPage();
    await options.goto(`chrome-extension://${await extensionIdOf(context)}/options.html`);
    const allow = options.getByRole('button', { name: `Allow on ${ORG_SERVER}` });
    await expect(row(options, ORG_SERVER)).toContainText('named in the rules');

    await allow.click();
    await promptShown(options);
    browser.press('Return'); // focus is on the refusing button
    await options.waitForTimeout(500);
    await expect(allow).toBeVisible();
    expect(await registeredServers(context)).toEqual([]);

    await allow.click();
    await promptShown(options);
    browser.press('Tab', 'Return');
    await expect(row(options, ORG_SERVER)).toContainText('Guarded');
    await untilGuarded(context, ORG_SERVER);

    const page = await mastodonPage(context, { host: ORG_SERVER });
    await typePost(page, 'Bin collections move to Tuesday.');
    await composeForm(page).submit.click();
    await expect(page.getByRole('alertdialog')).toHaveAccessibleName(
      /posting as @press@social\.kingsford\.gov\.uk · corporate/,
    );
  } finally {
    expect(await browser.close(), 'requests of its own').toEqual([]);
  }
});

test('a server a person adds is asked for, guarded, and no longer once removed', async () => {
  test.setTimeout(60_000);
  const browser = await launchHeaded();
  try {
    const { context } = browser;
    const options = await context.newPage();
    await options.goto(`chrome-extension://${await extensionIdOf(context)}/options.html`);
    const field = options.getByLabel('Add a Mastodon server');
    await field.fill('not a server');
    await options.getByRole('button', { name: 'Add and allow' }).click();
    await expect(options.getByRole('alert')).toContainText('“not a server” is not a server’s name');
    await expect(field).toHaveValue('not a server');
    await field.fill('x.com');
    await options.getByRole('button', { name: 'Add and allow' }).click();
    await expect(options.getByRole('alert')).toContainText(
      'x.com is not a Mastodon server: Postguard guards it already, as X.',
    );

    await field.fill(`https://${OTHER_SERVER}/home`);
    await options.getByRole('button', { name: 'Add and allow' }).click();
    await promptShown(options);
    browser.press('Tab', 'Return');
    await expect(row(options, OTHER_SERVER)).toContainText('added by you');
    await expect(row(options, OTHER_SERVER)).toContainText('Guarded');
    await untilGuarded(context, OTHER_SERVER);

    await row(options, OTHER_SERVER)
      .getByRole('button', { name: `Remove ${OTHER_SERVER}` })
      .click();
    await expect(row(options, OTHER_SERVER)).toHaveCount(0);
    await expect.poll(() => registeredServers(context)).toEqual([]);
  } finally {
    expect(await browser.close(), 'requests of its own').toEqual([]);
  }
});
