// Attack 5, storage exhaustion: a page script sends long posts from a hidden compose box
// until the audit log fills the browser's storage quota (10 MB in Chrome). The log keeps a
// byte budget, cuts each post short with a visible marker, and an admin's rule import still
// saves. See docs/audit-log.md#bound.
import { expect, test } from './fixtures';
import {
  auditEntries,
  readStored,
  removeStored,
  writeStored,
  type StoredAudit,
} from './extension-storage';
import { importRules } from './rules';
import { bytesInUse, hiddenBoxSends } from './attack-audit-helpers';
import { kingsfordRules, PERSONAL } from './x-helpers';

// A worker that storage refused remembers it until it restarts: a browser of its own.
test.use({ freshBrowser: true });

/** src/background/audit-bounds.ts AUDIT_BYTE_BUDGET */
const BUDGET = 2 * 1024 * 1024;

test('storage exhaustion: 70 scripted sends of a 65,000-character hidden box stay within the byte budget, and rules still import', async ({
  context,
  extensionId,
  xPage,
}) => {
  test.setTimeout(120_000);
  await importRules(context, extensionId, kingsfordRules());
  const page = await xPage({ active: PERSONAL });
  await hiddenBoxSends(page, { count: 70, chars: 65_000 });
  // A box with no layout keeps no post text at all; the same burst on a laid-out box
  // stores its posts, cut down.
  await hiddenBoxSends(page, { count: 70, chars: 65_000, hidden: false });

  // Every send the worker was given has been written (or refused) once the log stops growing.
  let last = -1;
  await expect
    .poll(
      async () => {
        const now = await bytesInUse(context, 'audit');
        const settled = now === last;
        last = now;
        return settled;
      },
      { timeout: 60_000, intervals: [1000] },
    )
    .toBe(true);
  expect(await bytesInUse(context, 'audit')).toBeLessThanOrEqual(BUDGET);

  const audit = (await readStored(context, 'audit')) as StoredAudit & {
    posts?: Record<string, string>;
  };
  const posts = Object.values(audit.posts ?? {});
  expect(posts.length).toBeGreaterThan(0);
  for (const post of posts) expect(post).toMatch(/… \[truncated, [\d,]+ characters\]$/u);

  // The admin's import is not refused for want of room.
  await importRules(context, extensionId, kingsfordRules({ organization: 'Kingsford Borough' }));
});

test('storage exhaustion: when storage refuses the log, the options page says what was lost, and the log keeps the gap', async ({
  context,
  extensionId,
  openOptions,
  xPage,
}) => {
  await importRules(context, extensionId, kingsfordRules());
  // Something else filled the browser's storage: no room for even one more entry.
  const quota = 10 * 1024 * 1024;
  const used = await bytesInUse(context);
  await writeStored(context, { filler: 'x'.repeat(quota - used - 120) });
  const page = await xPage({ active: PERSONAL });
  await hiddenBoxSends(page, { count: 2, chars: 200, hidden: false });

  const options = await openOptions();
  const section = options.getByRole('region', { name: 'Audit log' });
  await expect(
    section.getByText(/^Postguard could not save 2 events to the audit log/),
  ).toBeVisible();
  await expect(section).toContainText('Post let through ×2');
  await expect(section).toContainText('The browser said:');

  await removeStored(context, 'filler');
  await importRules(context, extensionId, kingsfordRules({ organization: 'Kingsford Borough' }));
  await expect(section.getByText(/^Postguard could not save/)).toHaveCount(0);
  const kinds = (await auditEntries(context)).map((entry) => entry.kind);
  expect(kinds.slice(-2)).toEqual(['audit-write-failed', 'rules-imported']);
  await expect(section.getByRole('table')).toContainText('2 events could not be saved');
});
