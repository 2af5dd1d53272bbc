// Attack 6, forged or flushed entries: a page script's sends on a hidden box were logged as a
// person's posts, and ~2,000 scripted clicks pushed every real entry out of the log. A tab's
// events are now rate-limited and held to a share of the log, the rest counted in one summary
// entry; each send says whether a person made it (`trusted`), shown on the options page and
// in the exports (docs/audit-log.md#limits-per-tab).
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { auditEntries, writeStored } from './extension-storage';
import { importRules } from './rules';
import { hiddenBoxSends } from './attack-audit-helpers';
import {
  CORPORATE,
  PERSONAL,
  kingsfordRules,
  openComposer,
  postAsButton,
  sentPosts,
} from './x-helpers';
import { clickWhenArmed } from './release';

const RATE = 30; // src/core/audit/limits.ts AUDIT_TAB_RATE
const BURST = 2000;

test('flushed entries: ~2,000 scripted clicks keep every real entry, and one summary counts what was not logged', async ({
  context,
  extensionId,
  xPage,
}) => {
  test.setTimeout(120_000);
  await importRules(context, extensionId, kingsfordRules());
  const composer = await openComposer(xPage, 'home', { active: CORPORATE });
  await composer.write(['Bins go out on Tuesday']);
  await composer.send('button');
  await clickWhenArmed(postAsButton(composer.page));
  await expect.poll(() => sentPosts(composer.page)).toHaveLength(1);
  const real = ['rules-imported', 'dialog-shown', 'confirmed', 'post-released'];
  await expect.poll(async () => (await auditEntries(context)).map((e) => e.kind)).toEqual(real);

  const page = await xPage({ active: PERSONAL });
  await hiddenBoxSends(page, { count: BURST, chars: 40 });
  const burst = async () => {
    const entries = (await auditEntries(context)).slice(real.length);
    const counted = entries
      .filter((entry) => entry.kind === 'not-logged')
      .reduce((sum, entry) => sum + Number(entry.count), 0);
    return { logged: entries.filter((entry) => entry.kind !== 'not-logged').length, counted };
  };
  // Every scripted send reached the worker: logged or counted.
  await expect
    .poll(
      async () => {
        const { logged, counted } = await burst();
        return logged + counted;
      },
      { timeout: 90_000 },
    )
    .toBe(BURST);
  expect((await auditEntries(context)).slice(0, real.length).map((e) => e.kind)).toEqual(real);
  expect((await burst()).logged).toBeLessThanOrEqual(RATE);
});

test('forged entries: the options page and the CSV export say whether a person or a page script sent it', async ({
  context,
  extensionId,
  openOptions,
}) => {
  await importRules(context, extensionId, kingsfordRules());
  const post = { kind: 'post-released', platform: 'x', account: '@janedoe_fun', role: 'personal' };
  const entries = [
    { at: '2026-11-20T09:00:00.000Z', ...post, action: 'allow', codes: [], trusted: false },
    { at: '2026-11-20T09:01:00.000Z', ...post, action: 'allow', codes: [], trusted: true },
  ];
  await writeStored(context, { audit: { entries, dropped: 0 } });
  const options = await openOptions();
  const rows = options.getByRole('region', { name: 'Audit log' }).locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText('Sent by a person’s click or key');
  await expect(rows.nth(1)).toContainText('Sent by a page script, not by a person’s click or key');

  const [file] = await Promise.all([
    options.waitForEvent('download'),
    options.getByRole('button', { name: 'Export audit log as CSV' }).click(),
  ]);
  const lines = readFileSync(await file.path(), 'utf8')
    .replace(/^\uFEFF/u, '')
    .split('\r\n');
  const column = lines[0]!.split(',').indexOf('"trusted"');
  expect(lines.slice(1, 3).map((line) => line.split(',')[column])).toEqual(['"true"', '"false"']);
});

test('forged entries: a page script’s sends on a hidden box are counted as such, never logged as posts', async ({
  context,
  extensionId,
  xPage,
}) => {
  await importRules(context, extensionId, kingsfordRules());
  const page = await xPage({ active: PERSONAL });
  await hiddenBoxSends(page, { count: 3, chars: 40 });
  await expect
    .poll(async () => (await auditEntries(context)).slice(1))
    .toEqual([
      expect.objectContaining({ kind: 'not-logged', count: 3, reasons: { 'no-layout': 3 } }),
    ]);
  await hiddenBoxSends(page, { count: 1, chars: 40, hidden: false });
  await expect
    .poll(async () => (await auditEntries(context)).at(-1))
    .toMatchObject({ kind: 'post-released', trusted: false, hasLayout: true });
});
