// axe-core on every page and piece of UI Postguard shows: the options page (rules imported,
// and an import refused), the popup (with rules, and with none), the welcome page, the
// incident page, and, on the fixture X, the guard dialog and the compose indicator inside
// their open shadow roots. Each: no violations.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { AxeResults } from 'axe-core';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures';
import { setRules } from './rules';
import { CORPORATE, guardDialog, kingsfordRules, openComposer } from './x-helpers';

const KINGSFORD = fileURLToPath(
  new URL('../../docs/examples/kingsford-council.json', import.meta.url),
);

// Our hosts are plain divs (ui/shadow-host.ts): axe names them by tag and attribute.
const DIALOG_HOST = 'div[data-postguard="dialog"]';
const INDICATOR_HOST = 'div[data-postguard="indicator"]';

/** Every violation, one line per node, so a failure says what to fix and where. */
function describe(results: AxeResults): string[] {
  return results.violations.flatMap((v) =>
    v.nodes.map(
      (n) => `${v.id} (${v.impact}): ${v.help} at ${JSON.stringify(n.target)}: ${n.failureSummary}`,
    ),
  );
}

async function expectNoViolations(page: Page, build?: (axe: AxeBuilder) => AxeBuilder) {
  const axe = new AxeBuilder({ page });
  const results = await (build ? build(axe) : axe).analyze();
  expect(describe(results)).toEqual([]);
  return results;
}

/**
 * Nodes axe looked at inside our shadow roots: such a target is a list of selectors, the
 * host's first, then the node's inside the root.
 */
function shadowTargets(results: AxeResults): string[][] {
  return [...results.passes, ...results.violations, ...results.incomplete]
    .flatMap((rule) => rule.nodes.map((n): unknown => n.target[0]))
    .filter((t): t is string[] => Array.isArray(t) && String(t[0]).includes('[data-postguard='));
}

function refusedFile(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'postguard-a11y-')), 'typo.json');
  writeFileSync(
    file,
    JSON.stringify({
      format: 'postguard-rules',
      version: 1,
      accounts: [{ platform: 'x', handle: 'a', role: 'boss' }],
      bannedterms: [],
    }),
  );
  return file;
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`options page (${scheme})`, () => {
    test.use({ colorScheme: scheme });

    test('with rules imported: no violations', async ({ openOptions }) => {
      const page = await openOptions();
      await page.emulateMedia({ colorScheme: scheme });
      await page.getByLabel('Import rule file').setInputFiles(KINGSFORD);
      await expect(page.getByRole('status')).toContainText('Imported');
      await expect(page.getByRole('button', { name: 'Save rules' })).toBeVisible();
      await expectNoViolations(page);
    });

    test('"Try a post" showing a blocked post in a sombre window: no violations', async ({
      context,
      openOptions,
    }) => {
      await setRules(context, KINGSFORD);
      const page = await openOptions();
      await page.emulateMedia({ colorScheme: scheme });
      const panel = page.getByRole('region', { name: 'Try a post' });
      // Every part of the dialog's picture: the sombre line, marks, a note, every reason.
      // 11:00 UTC on 2026-11-11, inside the example's window, as the page's local time.
      const sombre = await page.evaluate(() => {
        const at = new Date(
          Date.UTC(2026, 10, 11, 11) - new Date(2026, 10, 11).getTimezoneOffset() * 60_000,
        );
        return at.toISOString().slice(0, 16);
      });
      await panel.getByLabel(/^Time of posting/).fill(sombre);
      await panel.getByLabel('Post to try').fill('An old bomb lol 🎉 #nomorecuts');
      await expect(panel.locator('.sombre')).toBeVisible();
      await expect(panel.locator('.note')).toBeVisible();
      await expectNoViolations(page);
    });

    test('with an import refused: no violations', async ({ openOptions }) => {
      const page = await openOptions();
      await page.emulateMedia({ colorScheme: scheme });
      await page.getByLabel('Import rule file').setInputFiles(KINGSFORD);
      await expect(page.getByRole('status')).toContainText('Imported');
      await page.getByLabel('Import rule file').setInputFiles(refusedFile());
      await expect(page.getByRole('alert')).toContainText('bannedterms: unknown key');
      // And an invalid edit in an account's dialog, so field errors and the dialog are
      // checked too.
      await page.getByRole('button', { name: 'Edit Account 1: KingsfordGov' }).click();
      await page.getByRole('dialog').getByLabel('Handle or shown name').fill('');
      await expect(page.getByRole('dialog').locator('.field-error').first()).toBeVisible();
      await expectNoViolations(page);
    });
  });
}

test('popup: no violations', async ({ context, extensionId }) => {
  await setRules(context, KINGSFORD);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoViolations(page);
});

test('popup with no rules (the three ways in): no violations', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(page.getByRole('button', { name: 'Set up my own accounts' })).toBeVisible();
  await expectNoViolations(page);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`welcome page (${scheme}), empty, with the guided form's problems, and after an import: no violations`, async ({
    context,
    extensionId,
  }) => {
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`chrome-extension://${extensionId}/welcome.html`);
    await expect(page.getByRole('button', { name: 'Save my accounts' })).toBeVisible();
    await expectNoViolations(page);

    // Every kind of problem at once: a bad handle, no choice, and a second account removable.
    await page.getByLabel('Handle or name').fill('@Kings ford');
    await page.getByRole('button', { name: 'Add another account' }).click();
    await page
      .getByRole('group', { name: 'Account 2' })
      .getByRole('radio', { name: 'Work' })
      .check();
    await page.getByRole('button', { name: 'Save my accounts' }).click();
    await expect(page.locator('.field-error')).toHaveCount(3);
    await page.getByRole('button', { name: 'Check again' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Checked at' })).toBeVisible();
    await expectNoViolations(page);

    await page.getByLabel('Import rule file').setInputFiles(refusedFile());
    await expect(page.getByRole('alert').filter({ hasText: 'not imported' })).toBeVisible();
    await page.getByLabel('Import rule file').setInputFiles(KINGSFORD);
    await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();
    await expect(page.getByText('Postguard is ready.')).toBeVisible();
    await expectNoViolations(page);
  });
}

declare const chrome: { storage: { local: { set(items: object): Promise<void> } } };

/** A released post in the audit log, as the guard records it (the incident guide starts from it). */
const RELEASED = {
  kind: 'post-released',
  at: '2026-11-21T10:30:00.000Z',
  platform: 'x',
  account: '@KingsfordGov',
  role: 'corporate',
  action: 'confirm',
  codes: ['corporate-account'],
  post: '••• ••••••••••• •••• •• bomb',
  page: 'https://x.com/home',
};

for (const scheme of ['light', 'dark'] as const) {
  test(`incident page (${scheme}), empty and then filled in, with a step ticked: no violations`, async ({
    context,
    extensionId,
  }) => {
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`chrome-extension://${extensionId}/incident.html`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('checkbox')).toHaveCount(6);
    await expectNoViolations(page);

    // Prefilled from a released post, sombre-event mode on, a step ticked, a draft copied,
    // the report exported, and "Start a new incident" asking first.
    await setRules(
      context,
      kingsfordRules({ sombre: { active: true, reason: 'Remembrance service' } }),
    );
    await page.evaluate(
      (entry) => chrome.storage.local.set({ audit: { entries: [entry], dropped: 0 } }),
      RELEASED,
    );
    await page.getByRole('button', { name: 'Start a new incident' }).click();
    await page.getByRole('button', { name: 'Clear this incident and begin again' }).click();
    await expect(page.getByLabel('Account', { exact: true })).toHaveValue('@KingsfordGov');
    await page.getByRole('checkbox', { name: 'Delete the post now' }).check();
    await page.getByRole('button', { name: 'Copy the organisation’s apology' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
    await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export report as Markdown' }).click(),
    ]);
    await page.getByRole('button', { name: 'Start a new incident' }).click();
    await expect(page.getByText('Sombre-event mode is on (Remembrance service).')).toBeVisible();
    await expectNoViolations(page);
  });
}

test.describe('on the fixture X', () => {
  test('axe looks inside an open shadow root (the way our UI is attached)', async ({ xPage }) => {
    const page = await xPage();
    await page.evaluate(() => {
      const host = document.createElement('a11y-probe');
      host.attachShadow({ mode: 'open' }).innerHTML = '<button type="button"></button>';
      document.body.append(host);
    });
    const results = await new AxeBuilder({ page }).include('a11y-probe').analyze();
    const names = results.violations.find((v) => v.id === 'button-name');
    expect(names?.nodes.map((n) => n.target)).toEqual([[['a11y-probe', 'button']]]);
  });

  test('the guard dialog and the indicator: no violations', async ({ context, xPage }) => {
    await setRules(context, kingsfordRules({ policy: { allowOverride: true } }));
    const composer = await openComposer(xPage, 'home', { active: CORPORATE });
    const { page } = composer;
    await expect(page.locator(INDICATOR_HOST)).toHaveCount(1);
    const indicator = await expectNoViolations(page, (axe) => axe.include(INDICATOR_HOST));
    expect(shadowTargets(indicator).map((t) => t.join(' >> '))).toContain(
      `${INDICATOR_HOST} >> .corporate`,
    );

    // A confirm: Cancel and "Post as …".
    await composer.write(['Road works on the high street']);
    await composer.send('ctrl');
    await expect(guardDialog(page)).toBeVisible();
    const confirm = await expectNoViolations(page, (axe) => axe.include(DIALOG_HOST));
    // axe really went inside the shadow root: it checked the dialog's buttons there.
    const inDialog = shadowTargets(confirm).map((t) => t.join(' >> '));
    expect(inDialog).toContain(`${DIALOG_HOST} >> .release`);
    expect(inDialog).toContain(`${DIALOG_HOST} >> #pg-title`);
    await page.keyboard.press('Escape');
    await expect(guardDialog(page)).toHaveCount(0);

    // A block with override: the text field and the disabled "Post anyway".
    await composer.editor().click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('That went down a bomb, 12 characters of fun');
    await composer.send('ctrl');
    const dialog = guardDialog(page);
    await expect(dialog.getByRole('button', { name: 'Post anyway' })).toBeDisabled();
    const block = await expectNoViolations(page, (axe) => axe.include(DIALOG_HOST));
    expect(shadowTargets(block).map((t) => t.join(' >> '))).toContain(
      `${DIALOG_HOST} >> #pg-override`,
    );
  });
});
