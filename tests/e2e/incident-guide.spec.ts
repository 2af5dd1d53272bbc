// The incident guide end to end: a real post on the fixture X goes out through the guard
// (released, so the audit log has it); the popup's "I posted to the wrong account" opens the
// guide, prefilled from that post; ticked steps are stamped and survive a reload; the report
// downloads as Markdown and JSON with what happened; the guide's own events reach the log.
import { readFileSync } from 'node:fs';
import type { BrowserContext, Download, Page } from '@playwright/test';
import { expect, test, type PostguardFixtures } from './fixtures';
import { setRules } from './rules';
import {
  CORPORATE,
  PERSONAL,
  kingsfordRules,
  openComposer,
  postAsButton,
  sentPosts,
} from './x-helpers';
import { clickWhenArmed } from './release';

declare const chrome: {
  tabs: { query(query: { url: string }): Promise<{ id?: number }[]> };
  storage: {
    local: {
      get(key: string): Promise<Record<string, unknown>>;
      set(items: object): Promise<void>;
    };
  };
};

function worker(context: BrowserContext) {
  const found = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  if (!found) throw new Error('the extension has no service worker');
  return found;
}

/** Sends `text` from the X home box as `handle`; a corporate post is confirmed with "Post as". */
async function postOnX(xPage: PostguardFixtures['xPage'], handle: string, text: string) {
  const composer = await openComposer(xPage, 'home', { active: handle });
  await composer.write([text]);
  await composer.send('button');
  if (handle === CORPORATE) await clickWhenArmed(postAsButton(composer.page));
  await expect
    .poll(() => sentPosts(composer.page))
    .toEqual([expect.objectContaining(composer.record([text], handle))]);
  return composer.page;
}

/** The popup page for the X tab (as popup-status.spec.ts does), then its incident button. */
async function openGuideFromPopup(context: BrowserContext, extensionId: string): Promise<Page> {
  const ids = await worker(context).evaluate(async () =>
    (await chrome.tabs.query({ url: 'https://x.com/*' })).map((tab) => tab.id),
  );
  expect(ids).toHaveLength(1);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${ids[0]}`);
  const [guide] = await Promise.all([
    context.waitForEvent('page'),
    popup.getByRole('button', { name: 'I posted to the wrong account' }).click(),
  ]);
  await expect(guide.getByRole('heading', { level: 1 })).toHaveText(
    'Posted from the wrong account?',
  );
  await expect(guide.getByRole('checkbox')).toHaveCount(6);
  return guide;
}

async function downloaded(
  guide: Page,
  button: string,
): Promise<{ download: Download; text: string }> {
  const [download] = await Promise.all([
    guide.waitForEvent('download'),
    guide.getByRole('button', { name: button }).click(),
  ]);
  const path = await download.path();
  return { download, text: readFileSync(path, 'utf8') };
}

async function auditKinds(context: BrowserContext): Promise<unknown[]> {
  return worker(context).evaluate(async () => {
    const { audit } = await chrome.storage.local.get('audit');
    return ((audit as { entries?: { kind: string }[] } | undefined)?.entries ?? []).map(
      (e) => e.kind,
    );
  });
}

const TEXT = 'Off to the match tonight, who is coming?';

test('a confirmed corporate post: prefilled guide, stamped steps kept across a reload, report exported', async ({
  context,
  extensionId,
  xPage,
}) => {
  await setRules(context, kingsfordRules({ policy: { auditContent: 'full' } }));
  await postOnX(xPage, CORPORATE, TEXT);
  const guide = await openGuideFromPopup(context, extensionId);

  // What went out, from the log: the account, the site, the role, the post, the page.
  await expect(
    guide.getByText('Filled in from Postguard’s log of the last post it let through'),
  ).toBeVisible();
  await expect(guide.getByLabel('Account', { exact: true })).toHaveValue(`@${CORPORATE}`);
  await expect(guide.getByLabel('Site')).toHaveValue('x');
  await expect(guide.getByLabel('Kind of account')).toHaveValue('corporate');
  await expect(guide.getByLabel('Organisation', { exact: true })).toHaveValue('Kingsford Council');
  await expect(guide.locator('.post-text')).toHaveText(TEXT);
  await expect(guide.getByRole('link', { name: `Open @${CORPORATE} on X` })).toHaveAttribute(
    'href',
    `https://x.com/${CORPORATE}`,
  );
  await expect(guide.getByLabel('Apology from the organisation’s account (“we”)')).toHaveValue(
    /^We have deleted a post from @KingsfordGov .* Kingsford Council\./u,
  );

  // Tick two steps: each shows when it was done.
  const remove = guide.getByRole('checkbox', { name: 'Delete the post now' });
  await expect(remove).toHaveAccessibleDescription('Not done yet');
  await remove.check();
  await expect(remove).toHaveAccessibleDescription(/^Done at \d{1,2}:\d{2}/u);
  await guide.getByRole('checkbox', { name: 'Own it and apologise' }).check();
  await expect(guide.getByText('2 of 6 steps done.')).toBeVisible();
  await guide.getByLabel('Notes for the review').fill('Told the head of comms at once.');

  // Closed by accident and opened again: nothing is lost.
  await guide.reload();
  await expect(guide.getByText('You are continuing the incident noticed on')).toBeVisible();
  await expect(remove).toBeChecked();
  await expect(remove).toHaveAccessibleDescription(/^Done at \d{1,2}:\d{2}/u);
  await expect(guide.getByRole('checkbox', { name: 'Set the record straight' })).not.toBeChecked();
  await expect(guide.getByLabel('Notes for the review')).toHaveValue(
    'Told the head of comms at once.',
  );

  // Unticking clears the time.
  const apologise = guide.getByRole('checkbox', { name: 'Own it and apologise' });
  await apologise.uncheck();
  await expect(apologise).toHaveAccessibleDescription('Not done yet');

  const markdown = await downloaded(guide, 'Export report as Markdown');
  expect(markdown.download.suggestedFilename()).toMatch(
    /^postguard-incident-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}\.md$/u,
  );
  await expect(guide.getByRole('status').filter({ hasText: 'Exported' })).toHaveText(
    `Exported ${markdown.download.suggestedFilename()}.`,
  );
  const md = markdown.text;
  expect(md).toContain('# Postguard incident report');
  expect(md).toContain('- Site: X');
  expect(md).toContain(`- Account: \`@${CORPORATE}\` (corporate)`);
  expect(md).toContain(`- Page: \`https://x.com/home?active=${CORPORATE}\``);
  expect(md).toContain(`\`\`\`text\n${TEXT}\n\`\`\``);
  expect(md).toMatch(/- \[x\] Delete the post now: done \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC/u);
  expect(md).toContain('- [ ] Own it and apologise: not done');
  expect(md).toContain('when the incident guide was opened');
  expect(md).toContain('Told the head of comms at once.');

  const json = await downloaded(guide, 'Export report as JSON');
  expect(json.download.suggestedFilename()).toBe(
    markdown.download.suggestedFilename().replace(/\.md$/u, '.json'),
  );
  const report = JSON.parse(json.text);
  expect(report).toMatchObject({
    format: 'postguard-incident-report',
    organization: 'Kingsford Council',
    post: {
      source: 'audit-log',
      platform: 'x',
      account: `@${CORPORATE}`,
      role: 'corporate',
      text: TEXT,
    },
    notes: 'Told the head of comms at once.',
  });
  expect(report.steps[0]).toMatchObject({ step: 'delete', done: true });
  expect(Date.parse(report.steps[0].doneAt)).toBeGreaterThanOrEqual(Date.parse(report.noticedAt));
  expect(Date.parse(report.noticedAt)).toBeGreaterThanOrEqual(Date.parse(report.post.postedAt));

  // The guide's own events are in the audit log, after the post.
  await expect
    .poll(() => auditKinds(context))
    .toEqual(
      expect.arrayContaining([
        'post-released',
        'incident-opened',
        'incident-step',
        'incident-exported',
      ]),
    );
  const kinds = await auditKinds(context);
  expect(kinds.lastIndexOf('post-released')).toBeLessThan(kinds.indexOf('incident-opened'));
  expect(kinds.filter((k) => k === 'incident-step')).toHaveLength(3);
  expect(kinds.filter((k) => k === 'incident-exported')).toHaveLength(2);
});

test('an allowed personal post: prefilled with the masked text; Copy puts a draft on the clipboard', async ({
  context,
  extensionId,
  xPage,
}) => {
  await setRules(context, kingsfordRules());
  await postOnX(xPage, PERSONAL, 'Lovely morning for a run');
  const guide = await openGuideFromPopup(context, extensionId);

  await expect(guide.getByLabel('Account', { exact: true })).toHaveValue(`@${PERSONAL}`);
  await expect(guide.getByLabel('Kind of account')).toHaveValue('personal');
  // The default audit policy keeps the shape, not the words.
  await expect(guide.locator('.post-text')).toHaveText('•••••• ••••••• ••• • •••');

  const draft = guide.getByLabel('Apology from your own professional account (“I”)');
  await draft.fill('I posted that from the wrong account. Sorry, it is deleted.');
  await guide.getByRole('button', { name: 'Copy your own apology' }).click();
  await expect(guide.getByRole('status').filter({ hasText: 'Copied' })).toHaveText(
    'Copied your own apology.',
  );
  // What a person pastes is the draft as edited.
  const notes = guide.getByLabel('Notes for the review');
  await notes.focus();
  await guide.keyboard.press('Control+V');
  await expect(notes).toHaveValue('I posted that from the wrong account. Sorry, it is deleted.');
});

test('with no post in the log it says so and starts empty; a damaged saved state is reported', async ({
  context,
  extensionId,
}) => {
  await setRules(context, kingsfordRules());
  const guide = await context.newPage();
  await guide.goto(`chrome-extension://${extensionId}/incident.html`);
  await expect(
    guide.getByText('Postguard has no record of a post it let through in this browser.'),
  ).toBeVisible();
  await expect(guide.getByLabel('Account', { exact: true })).toHaveValue('');
  await expect(guide.getByText('Fill in the site and the account above')).toBeVisible();

  // The person fills in a Facebook Page: the link is the site's search, and the page says why.
  await guide.getByLabel('Site').selectOption('facebook');
  await guide.getByLabel('Account', { exact: true }).fill('Kingsford Council');
  await expect(
    guide.getByRole('link', { name: 'Search Facebook for “Kingsford Council”' }),
  ).toHaveAttribute('href', 'https://www.facebook.com/search/top/?q=Kingsford%20Council');
  await expect(guide.getByText('Facebook shows only the account’s name')).toBeVisible();

  await worker(context).evaluate(() =>
    chrome.storage.local.set({ incident: { steps: 'garbage' } }),
  );
  await guide.reload();
  await expect(
    guide.getByText(
      'The saved progress of an earlier incident could not be read, so the guide starts afresh.',
    ),
  ).toBeVisible();
  await expect(guide.getByRole('checkbox', { name: 'Delete the post now' })).not.toBeChecked();
});

test('"Start a new incident" asks first, then clears the ticked steps', async ({
  context,
  extensionId,
}) => {
  const guide = await context.newPage();
  await guide.goto(`chrome-extension://${extensionId}/incident.html`);
  const remove = guide.getByRole('checkbox', { name: 'Delete the post now' });
  await remove.check();
  await guide.getByRole('button', { name: 'Start a new incident' }).click();
  await expect(guide.getByRole('button', { name: 'Keep this incident' })).toBeFocused();
  await guide.getByRole('button', { name: 'Keep this incident' }).click();
  await expect(remove).toBeChecked();
  await guide.getByRole('button', { name: 'Start a new incident' }).click();
  await guide.getByRole('button', { name: 'Clear this incident and begin again' }).click();
  await expect(remove).not.toBeChecked();
  await guide.reload();
  await expect(remove).not.toBeChecked();
  await expect(guide.getByText('You are continuing the incident')).toBeVisible();
});
