// Scenario 10 on X: the guard acts only on a person's input. A page script can reach the
// dialog (its shadow root is open, for assistive tools) but clicking its buttons, dispatching
// Escape or unlocking "Post anyway" achieves nothing; and a script that clicks Post or
// presses Ctrl+Enter for a corporate post is held like a person would be.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { setRules } from './rules';
import {
  CORPORATE,
  expectSentExactly,
  guardDialog,
  kingsfordRules,
  openComposer,
  postAsButton,
  sentPosts,
} from './x-helpers';
import { clickWhenArmed } from './release';

/** Runs in the page's own world, as a site script (or another extension's) would. */
function pageScript(page: Page, action: 'click' | 'escape' | 'unlock', name = '') {
  return page.evaluate(
    ({ action, name, handle }) => {
      const host = document.querySelector('[data-postguard="dialog"]');
      const root = host?.shadowRoot;
      if (!root) throw new Error('the guard dialog is not open');
      const buttons = [...root.querySelectorAll('button')];
      if (action === 'escape') {
        const init = { key: 'Escape', bubbles: true, composed: true, cancelable: true };
        root
          .querySelector('[role="alertdialog"]')
          ?.dispatchEvent(new KeyboardEvent('keydown', init));
        document.dispatchEvent(new KeyboardEvent('keydown', init));
        return;
      }
      if (action === 'unlock') {
        const field = root.querySelector('input');
        if (!field) throw new Error('no override field');
        field.value = handle;
        field.dispatchEvent(new Event('input', { bubbles: true }));
        buttons.forEach((b) => (b.disabled = false));
      }
      const button = buttons.find((b) => b.textContent === name);
      if (!button) throw new Error(`no button "${name}"`);
      button.click();
    },
    { action, name, handle: `@${CORPORATE}` },
  );
}

test('home · a click on the label span: a script clicking "Post as", Cancel or pressing Escape changes nothing', async ({
  context,
  xPage,
}) => {
  await setRules(context, kingsfordRules());
  const composer = await openComposer(xPage, 'home', { active: CORPORATE });
  const { page } = composer;
  const text = 'Leisure centre pool reopens on Monday';
  await composer.write([text]);
  await composer.send('span');
  const dialog = guardDialog(page);
  await expect(dialog).toBeVisible();

  await pageScript(page, 'click', `Post as @${CORPORATE}`);
  await pageScript(page, 'click', 'Cancel');
  await pageScript(page, 'escape');
  await expect(dialog).toBeVisible();
  expect(await sentPosts(page)).toEqual([]);

  // The person's own click still works, once.
  await clickWhenArmed(postAsButton(page));
  await expectSentExactly(composer, [expect.objectContaining(composer.record([text], CORPORATE))]);
});

test('modal · a script pressing Ctrl+Enter or clicking Post on a corporate post is held', async ({
  context,
  xPage,
}) => {
  await setRules(context, kingsfordRules());
  const composer = await openComposer(xPage, 'modal', { active: CORPORATE });
  const { page } = composer;
  const text = 'Posted by a script, not a person';
  await composer.write([text]);

  await composer.editor().evaluate((editor) =>
    editor.dispatchEvent(
      new KeyboardEvent('keydown', {
        key: 'Enter',
        ctrlKey: true,
        bubbles: true,
        cancelable: true,
      }),
    ),
  );
  const dialog = guardDialog(page);
  await expect(dialog).toHaveAccessibleName(/@KingsfordGov · corporate/);
  await composer.sendButton.evaluate((button: HTMLElement) => button.click());
  await composer.sendButton.locator('span span').evaluate((span: HTMLElement) => span.click());
  expect(await sentPosts(page)).toEqual([]);

  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await composer.sendButton.evaluate((button: HTMLElement) => button.click());
  await expect(dialog).toBeVisible(); // held again, with nobody there to confirm
  expect(await sentPosts(page)).toEqual([]);
  await expect(composer.editor()).toHaveText(text);
});

test('reply · Cmd+Enter: a script unlocking "Post anyway" does not stand in for typing the handle', async ({
  context,
  xPage,
}) => {
  await setRules(context, kingsfordRules({ policy: { allowOverride: true } }));
  const composer = await openComposer(xPage, 'reply', { active: CORPORATE });
  const { page } = composer;
  const text = 'They called it the bomb squad';
  await composer.write([text]);
  await composer.send('meta');
  const dialog = guardDialog(page);
  const anyway = dialog.getByRole('button', { name: 'Post anyway' });
  await expect(anyway).toBeDisabled();

  await pageScript(page, 'unlock', 'Post anyway');
  await expect(dialog).toBeVisible();
  expect(await sentPosts(page)).toEqual([]);
  // The dialog is rendered afresh, the button disabled again: the person's click on it
  // does not count as confirmation either.
  await expect(anyway).toBeDisabled();
  await anyway.click({ force: true });
  await expect(dialog).toBeVisible();
  expect(await sentPosts(page)).toEqual([]);

  const field = dialog.getByLabel('Type the account name to confirm');
  await field.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(CORPORATE);
  await clickWhenArmed(anyway);
  await expectSentExactly(composer, [expect.objectContaining(composer.record([text], CORPORATE))]);
});
