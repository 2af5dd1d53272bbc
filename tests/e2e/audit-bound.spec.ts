// The audit log's bound in the real browser: with the log full, a new event drops the oldest
// entry and counts it, so the log never grows past its limit however long Postguard runs.
import { expect, test } from './fixtures';
import { readStored, writeStored, type StoredAudit } from './extension-storage';
import { setRules } from './rules';
import { CORPORATE, kingsfordRules, openComposer, postAsButton, sentPosts } from './x-helpers';
import { clickWhenArmed } from './release';

const LIMIT = 2000; // src/background/audit-log.ts AUDIT_LIMIT

test('a full audit log drops its oldest entry for each new one, and counts them', async ({
  context,
  xPage,
}) => {
  await setRules(context, kingsfordRules());
  const old = { at: '2026-11-01T09:00:00.000Z', kind: 'rules-edited', organization: null };
  const entries = Array.from({ length: LIMIT }, (_, accounts) => ({ ...old, accounts }));
  await writeStored(context, { audit: { entries, dropped: 7 } });

  const composer = await openComposer(xPage, 'home', { active: CORPORATE });
  await composer.write(['Park run on Saturday']);
  await composer.send('button');
  await clickWhenArmed(postAsButton(composer.page));
  await expect.poll(() => sentPosts(composer.page)).toHaveLength(1);

  const kinds = ['dialog-shown', 'confirmed', 'post-released'];
  const log = async () => {
    const { entries, dropped } = (await readStored(context, 'audit')) as StoredAudit;
    const first = entries[0]?.accounts;
    return { length: entries.length, dropped, first, last: entries.slice(-3).map((e) => e.kind) };
  };
  await expect.poll(log).toEqual({ length: LIMIT, dropped: 7 + 3, first: 3, last: kinds });
});
