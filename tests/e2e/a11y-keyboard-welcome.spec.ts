// The welcome page and the popup with no rules, with the keyboard alone (the guided form's
// own keyboard path, with a mistake and its correction, is in first-run-setup.spec.ts; the
// guard dialog and the options page are in a11y-keyboard.spec.ts).
import { expect, test } from './fixtures';

test('welcome page, keyboard only: each way in is a link to its section, and every control is reached', async ({
  context,
  extensionId,
}) => {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const ways = popup.getByRole('region', { name: 'Rules in force' }).getByRole('button');
  await expect(ways).toHaveCount(3);
  await ways.first().focus();
  for (const name of ['Set up my own accounts', 'My organisation manages this']) {
    await popup.keyboard.press('Tab');
    await expect(popup.getByRole('button', { name })).toBeFocused();
  }
  const [welcome] = await Promise.all([
    context.waitForEvent('page'),
    popup.keyboard.press('Enter'),
  ]);
  // In front, as the browser shows it to a person: in one busy run, Tab pressed before the
  // new tab had come to the front did not move the focus.
  await welcome.bringToFront();
  const managed = welcome.getByRole('heading', { name: 'My organisation manages this' });
  await expect(managed).toBeFocused();
  await welcome.keyboard.press('Tab');
  await expect(welcome.getByRole('button', { name: 'Check again' })).toBeFocused();
  await welcome.keyboard.press('Enter');
  await expect(welcome.getByRole('status').filter({ hasText: 'Checked at' })).toBeVisible();

  // From the top of the page, Tab reaches each way's link, then every control in order.
  await welcome.goto(`chrome-extension://${extensionId}/welcome.html`);
  await expect(welcome.getByRole('button', { name: 'Save my accounts' })).toBeVisible();
  const reached: string[] = [];
  for (let i = 0; i < 11; i++) {
    await welcome.keyboard.press('Tab');
    reached.push(
      await welcome.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        const label =
          (el?.id ? document.querySelector(`label[for="${el.id}"]`) : null) ?? el?.closest('label');
        return (
          label?.textContent ??
          el?.textContent ??
          el?.getAttribute('aria-label') ??
          ''
        ).trim();
      }),
    );
  }
  expect(reached).toEqual([
    'Import my organisation’s rule file',
    'Set up my own accounts',
    'My organisation manages this',
    'Import rule file',
    'Site',
    'Handle or name',
    'Work',
    'Add another account',
    'Save my accounts',
    'Check again',
    'Open Postguard’s options',
  ]);
  await welcome.getByRole('link', { name: 'Set up my own accounts' }).focus();
  await welcome.keyboard.press('Enter');
  await expect(welcome.getByRole('heading', { name: 'Set up my own accounts' })).toBeFocused();
});
