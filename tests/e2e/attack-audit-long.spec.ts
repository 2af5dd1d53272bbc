// Attack 7, long posts leave no entry: a thread whose posts joined come to more than 70,000
// characters was refused whole by the worker's message schema, so its confirmation and its
// release were not logged. The post is now cut (in the page, and by the worker's schema) and
// every event is logged.
import { expect, test } from './fixtures';
import { auditEntries } from './extension-storage';
import { importRules } from './rules';
import { builtThreadBox } from './attack-audit-helpers';
import { CORPORATE, kingsfordRules, postAsButton } from './x-helpers';
import { clickWhenArmed } from './release';

const MAX = 5_000; // src/core/audit/truncate.ts MAX_AUDIT_POST_CHARS
const FIRST = `Budget consultation, part one. ${'Residents asked about the library. '.repeat(1_100)}`;
const SECOND = `Part two. ${'The council answered every question. '.repeat(1_000)}`;

test('long posts: the confirmation and release of a thread over 70,000 characters are logged, the post cut with a marker', async ({
  context,
  extensionId,
  xPage,
}) => {
  expect(FIRST.length + SECOND.length + 2).toBeGreaterThan(70_000);
  await importRules(context, extensionId, kingsfordRules({ policy: { auditContent: 'full' } }));
  const page = await xPage({ active: CORPORATE });
  // Typing 80,000 characters takes minutes; the guard reads the box the same either way.
  const send = await builtThreadBox(page, [FIRST, SECOND]);
  await send.click();
  await clickWhenArmed(postAsButton(page));

  const logged = async () =>
    (await auditEntries(context)).filter((entry) => entry.kind !== 'rules-imported');
  await expect
    .poll(async () => (await logged()).map((entry) => entry.kind))
    .toEqual(['dialog-shown', 'confirmed', 'post-released']);
  const cut = FIRST.length + SECOND.length + 2 - (MAX - 40);
  for (const entry of await logged()) {
    const post = entry.post as string;
    expect(post.length).toBeLessThanOrEqual(MAX);
    expect(post.startsWith(FIRST.slice(0, 4_000))).toBe(true);
    expect(post).toMatch(/… \[truncated, \d{2},\d{3} characters\]$/u);
    expect(Number(/([\d,]+) characters\]$/u.exec(post)?.[1]?.replaceAll(',', ''))).toBeGreaterThan(
      cut - 100,
    );
  }
});
